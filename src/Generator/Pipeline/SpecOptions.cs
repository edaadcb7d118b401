namespace OpenApiClientGenerator.Pipeline;

/// <summary>
/// The settings of one <c>OpenApiSpec</c> item, as raw text from MSBuild (item metadata, falling back to the
/// project-wide properties). Validated when the spec is read, so bad values become located diagnostics.
/// </summary>
internal sealed record SpecOptions(
    string? Namespace,
    string? ClientName,
    string? Visibility,
    string? GenerateMock,
    string? IncludeTags,
    string? ExcludeTags,
    string? IncludeOperations,
    string? ExcludeOperations,
    string? UrlParameters,
    string? RootNamespace);
