using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Tests.Diagnostics;
using OpenApiClientGenerator.Tests.Infrastructure;

namespace OpenApiClientGenerator.Tests.Caching;

/// <summary>
/// No tracked step output holds a compiler object (Compilation, ISymbol, SyntaxNode, SyntaxTree, SourceText,
/// AdditionalText, Location) or a Microsoft.OpenApi type: those would pin memory and defeat caching.
/// </summary>
public sealed class StepOutputPurityTests
{
    [Fact]
    public void Tracked_step_outputs_hold_only_plain_values()
    {
        var specs = BundledSpecs.LoadAll()
            .Append(SpecFile.Create("diagnostics.yaml", SmallSpecs.PetsYaml.Replace("type: string", "type: string\n              format: datetime", StringComparison.Ordinal)))
            .Append(SpecFile.Create("broken.json", "{ \"openapi\": "))
            .ToList();
        var driver = GeneratorHarness.CreateDriver(specs, trackSteps: true)
            .RunGenerators(GeneratorHarness.CreateCompilation(), TestContext.Current.CancellationToken);
        var result = driver.GetRunResult().Results.Single();

        // Roslyn's own steps (AdditionalTexts, Compilation, SourceOutput...) hold such objects by design; ours must not.
        var ours = result.TrackedSteps.Where(pair => TrackedSteps.Order.Contains(pair.Key)).ToList();
        Assert.Equal(TrackedSteps.Order.Order(StringComparer.Ordinal), ours.Select(pair => pair.Key).Order(StringComparer.Ordinal));

        var walker = new ForbiddenValueWalker();
        foreach (var pair in ours)
        {
            foreach (var step in pair.Value)
            {
                foreach (var (value, _) in step.Outputs)
                {
                    walker.Walk(value, pair.Key);
                }
            }
        }

        Assert.True(walker.Problems.Count == 0, "Step outputs hold:\n" + string.Join("\n", walker.Problems.Distinct().Take(20)));

        // The walk must have reached the models and the located diagnostics, or it proves nothing.
        Assert.Contains(typeof(SpecModel), walker.VisitedTypes);
        Assert.Contains(typeof(OperationModel), walker.VisitedTypes);
        Assert.Contains(typeof(global::OpenApiClientGenerator.Diagnostics.LocationInfo), walker.VisitedTypes);
        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.Id == "OACG017");
        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.Id == "OACG002");
    }

    [Fact]
    public void The_walker_finds_forbidden_values_deep_inside_collections_and_records()
    {
        var walker = new ForbiddenValueWalker();
        var nested = new Holder("outer", [new Holder("inner", [], SourceText.From("x"))], null);

        walker.Walk(nested, "root");
        walker.Walk(new Holder("api", [], new Microsoft.OpenApi.OpenApiDocument()), "document");
        walker.Walk(new Holder("location", [], Location.None), "location");

        Assert.Equal(3, walker.Problems.Count);
        Assert.Contains(walker.Problems, problem => problem.Contains("SourceText", StringComparison.Ordinal));
        Assert.Contains(walker.Problems, problem => problem.Contains("Microsoft.OpenApi", StringComparison.Ordinal));
        Assert.Contains(walker.Problems, problem => problem.Contains("Location", StringComparison.Ordinal));
    }

    private sealed record Holder(string Name, Holder[] Children, object? Payload);
}
