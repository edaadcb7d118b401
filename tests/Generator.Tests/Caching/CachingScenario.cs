using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OpenApiClientGenerator.Tests.Infrastructure;

namespace OpenApiClientGenerator.Tests.Caching;

/// <summary>
/// A driver with step tracking over a few specs, run once; then one change and a second run whose tracked
/// steps say what was recomputed.
/// </summary>
internal sealed class CachingScenario
{
    private readonly Dictionary<string, AdditionalText> _texts;
    private GeneratorDriver _driver;

    public CachingScenario(params SpecFile[] specs)
    {
        Specs = specs;
        _texts = specs.ToDictionary(spec => spec.FileName, GeneratorHarness.ToAdditionalText, StringComparer.Ordinal);
        Compilation = GeneratorHarness.CreateCompilation("namespace App; public static class Program { public static int Main() => 0; }");
        _driver = CSharpGeneratorDriver.Create(
            [new global::OpenApiClientGenerator.OpenApiClientGenerator().AsSourceGenerator()],
            _texts.Values,
            GeneratorHarness.ParseOptions,
            TestAnalyzerConfigOptionsProvider.For(specs),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        _driver = _driver.RunGenerators(Compilation, TestContext.Current.CancellationToken);
        FirstRun = _driver.GetRunResult().Results.Single();
    }

    public IReadOnlyList<SpecFile> Specs { get; }

    public CSharpCompilation Compilation { get; private set; }

    public GeneratorRunResult FirstRun { get; }

    public SpecFile Spec(string fileName) => Specs.Single(spec => spec.FileName == fileName);

    /// <summary>Gives the spec <paramref name="fileName"/> new text (same path, so the same item metadata).</summary>
    public void ReplaceText(string fileName, string newText)
    {
        var old = _texts[fileName];
        var replacement = new InMemoryAdditionalText(old.Path, newText);
        _driver = _driver.ReplaceAdditionalText(old, replacement);
        _texts[fileName] = replacement;
    }

    public void AddSyntaxTree(string source) =>
        Compilation = Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions, path: $"/project/Added{Compilation.SyntaxTrees.Count()}.cs", cancellationToken: TestContext.Current.CancellationToken));

    /// <summary>Runs the driver again and returns the tracked step outcomes of that run.</summary>
    public IReadOnlyList<StepOutcome> RunAgain()
    {
        _driver = _driver.RunGenerators(Compilation, TestContext.Current.CancellationToken);
        var result = _driver.GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        return TrackedSteps.Outcomes(result);
    }
}
