using System.Collections.Generic;

namespace OpenApiClientGenerator.Parsing;

/// <summary>The validated settings of one spec (names, visibility, filters).</summary>
internal sealed class SpecSettings
{
    public string Namespace { get; set; } = "OpenApiClients";

    public string ClientName { get; set; } = "ApiClient";

    public bool IsPublic { get; set; } = true;

    public bool GenerateMock { get; set; } = true;

    public HashSet<string> IncludeTags { get; } = new(System.StringComparer.OrdinalIgnoreCase);

    public HashSet<string> ExcludeTags { get; } = new(System.StringComparer.OrdinalIgnoreCase);

    public HashSet<string> IncludeOperations { get; } = new(System.StringComparer.OrdinalIgnoreCase);

    public HashSet<string> ExcludeOperations { get; } = new(System.StringComparer.OrdinalIgnoreCase);

    /// <summary>Path parameters that also accept a full URL; value: the one allowed origin (null: the spec's server).</summary>
    public Dictionary<string, string?> UrlParameters { get; } = new(System.StringComparer.Ordinal);

    public bool HasFilters => IncludeTags.Count > 0 || ExcludeTags.Count > 0 || IncludeOperations.Count > 0 || ExcludeOperations.Count > 0;
}
