using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OpenApiClientGenerator.Tests.Infrastructure;

/// <summary>Analyzer config as the SDK writes it: global <c>build_property.*</c> and per-file <c>build_metadata.AdditionalFiles.*</c>.</summary>
internal sealed class TestAnalyzerConfigOptionsProvider(
    IReadOnlyDictionary<string, string> globalOptions,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> fileOptions) : AnalyzerConfigOptionsProvider
{
    private static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(globalOptions);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        fileOptions.TryGetValue(textFile.Path, out var options) ? new DictionaryOptions(options) : Empty;

    /// <summary>Builds the options of a set of specs: every spec is marked <c>OpenApiSpec=true</c> plus its own metadata.</summary>
    public static TestAnalyzerConfigOptionsProvider For(IEnumerable<SpecFile> specs, string rootNamespace = "TestProject")
    {
        var files = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var spec in specs)
        {
            var options = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["build_metadata.AdditionalFiles.OpenApiSpec"] = "true",
            };
            foreach (var pair in spec.Metadata)
            {
                options["build_metadata.AdditionalFiles.OpenApi" + pair.Key] = pair.Value;
            }

            files[spec.Path] = options;
        }

        return new TestAnalyzerConfigOptionsProvider(new Dictionary<string, string> { ["build_property.RootNamespace"] = rootNamespace }, files);
    }

    private sealed class DictionaryOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value)
        {
            if (values.TryGetValue(key, out var found))
            {
                value = found;
                return true;
            }

            value = string.Empty;
            return false;
        }
    }
}
