using Microsoft.CodeAnalysis;

namespace OpenApiClientGenerator.Tests.Infrastructure;

/// <summary>The outcome of one generator run: its inputs, what the generator produced, and the compilation with its output.</summary>
internal sealed record GeneratorRun(IReadOnlyList<SpecFile> Specs, GeneratorRunResult Result, Compilation Output)
{
    public IReadOnlyList<Diagnostic> Diagnostics => Result.Diagnostics;

    public IReadOnlyList<GeneratedSourceResult> Sources => Result.GeneratedSources;

    /// <summary>The one diagnostic with <paramref name="id"/>; fails listing all diagnostics otherwise.</summary>
    public Diagnostic Single(string id)
    {
        var found = Diagnostics.Where(diagnostic => diagnostic.Id == id).ToList();
        Assert.True(found.Count == 1, $"Expected exactly one {id}, found {found.Count}. All diagnostics:\n{Describe()}");
        return found[0];
    }

    /// <summary>The hint names generated in <paramref name="ns"/> (hint names start with the namespace).</summary>
    public IReadOnlyList<string> HintNamesIn(string ns) =>
        Sources.Select(source => source.HintName).Where(hint => hint.StartsWith(ns + ".", StringComparison.Ordinal)).ToList();

    public string Describe() => Diagnostics.Count == 0
        ? "(none)"
        : string.Join("\n", Diagnostics.Select(diagnostic => "  " + diagnostic));
}
