using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OpenApiClientGenerator.Pipeline;

/// <summary>Reads an AdditionalFiles item into a <see cref="SpecInput"/> when it is marked as an OpenAPI spec.</summary>
internal static class SpecInputReader
{
    private const string Metadata = "build_metadata.AdditionalFiles.";
    private const string Property = "build_property.";

    public static SpecInput? Read(AdditionalText file, AnalyzerConfigOptionsProvider provider, CancellationToken cancellationToken)
    {
        var options = provider.GetOptions(file);
        if (!options.TryGetValue(Metadata + "OpenApiSpec", out var marker) || !string.Equals(marker, "true", System.StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var global = provider.GlobalOptions;
        var settings = new SpecOptions(
            Namespace: Get(options, "OpenApiNamespace"),
            ClientName: Get(options, "OpenApiClientName"),
            Visibility: Get(options, "OpenApiVisibility") ?? GetGlobal(global, "OpenApiClientVisibility"),
            GenerateMock: Get(options, "OpenApiGenerateMock") ?? GetGlobal(global, "OpenApiGenerateMock"),
            IncludeTags: Get(options, "OpenApiIncludeTags"),
            ExcludeTags: Get(options, "OpenApiExcludeTags"),
            IncludeOperations: Get(options, "OpenApiIncludeOperations"),
            ExcludeOperations: Get(options, "OpenApiExcludeOperations"),
            UrlParameters: Get(options, "OpenApiUrlParameters"),
            RootNamespace: GetGlobal(global, "OpenApiNamespacePrefix") ?? GetGlobal(global, "RootNamespace"));

        var text = file.GetText(cancellationToken)?.ToString();
        return new SpecInput(file.Path, text, settings);
    }

    private static string? Get(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue(Metadata + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static string? GetGlobal(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue(Property + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
