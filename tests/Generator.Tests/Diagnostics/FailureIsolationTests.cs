using Microsoft.CodeAnalysis;
using OpenApiClientGenerator.Tests.Infrastructure;

namespace OpenApiClientGenerator.Tests.Diagnostics;

/// <summary>A bad spec becomes diagnostics, never an exception, and the other specs of the project still generate.</summary>
public sealed class FailureIsolationTests
{
    public static TheoryData<string, string?, string> BadSpecs => new()
    {
        { "unreadable.json", null, "OACG001" },
        { "syntax.json", "{ \"openapi\": \"3.0.3\", \"info\": { \"title\": \"Bad\" \"version\": \"1\" }, \"paths\": {} }", "OACG002" },
        { "syntax.yaml", "openapi: 3.0.3\ninfo:\n  title: 'Bad\n", "OACG002" },
        { "notopenapi.yaml", "name: just some yaml\nitems: [1, 2]\n", "OACG002" },
        { "version.json", "{ \"openapi\": \"9.9.9\", \"info\": { \"title\": \"Bad\", \"version\": \"1\" }, \"paths\": {} }", "OACG003" },
        { "empty.json", "", "" },
        { "empty.yaml", "   \n", "" },
    };

    [Theory]
    [MemberData(nameof(BadSpecs))]
    public void Bad_spec_does_not_throw_and_a_good_spec_in_the_same_run_still_generates(string fileName, string? text, string expectedId)
    {
        var bad = SpecFile.Create(fileName, text);
        var good = SpecFile.Create("pets.yaml", SmallSpecs.PetsYaml);

        var run = GeneratorHarness.Run(bad, good);

        Assert.Null(run.Result.Exception);
        var errors = run.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, error => Assert.Equal(bad.Path, error.Location.GetLineSpan().Path));
        if (expectedId.Length > 0)
        {
            Assert.Contains(errors, error => error.Id == expectedId);
        }

        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "CS8785");
        Assert.Contains("TestProject.Pets.PetsClient.g.cs", run.Sources.Select(source => source.HintName));
        Assert.DoesNotContain(run.Sources, source => !source.HintName.StartsWith("TestProject.Pets.", StringComparison.Ordinal));
    }
}
