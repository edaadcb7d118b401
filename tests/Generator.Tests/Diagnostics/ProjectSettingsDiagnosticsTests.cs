using Microsoft.CodeAnalysis;
using OpenApiClientGenerator.Tests.Infrastructure;

namespace OpenApiClientGenerator.Tests.Diagnostics;

/// <summary>Diagnostics about the project's settings of a spec: OACG009 (invalid metadata) and OACG015 (namespace taken).</summary>
public sealed class ProjectSettingsDiagnosticsTests
{
    [Fact]
    public void OACG009_namespace_that_is_not_an_identifier_falls_back_to_the_default()
    {
        var spec = SpecFile.Create("pets.yaml", SmallSpecs.PetsYaml, ("Namespace", "My.2Pets"));

        var run = GeneratorHarness.Run(spec);

        var diagnostic = DiagnosticAssert.ReportedAt(run, "OACG009", spec, line: 0, column: 0, "openapi:");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("Namespace='My.2Pets'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("TestProject.Pets.PetsClient.g.cs", run.Sources.Select(source => source.HintName));
    }

    [Fact]
    public void OACG009_client_name_that_is_a_keyword_falls_back_to_the_default()
    {
        var spec = SpecFile.Create("pets.yaml", SmallSpecs.PetsYaml, ("ClientName", "class"));

        var run = GeneratorHarness.Run(spec);

        var diagnostic = DiagnosticAssert.ReportedAt(run, "OACG009", spec, line: 0, column: 0, "openapi:");
        Assert.Contains("ClientName='class'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("TestProject.Pets.PetsClient.g.cs", run.Sources.Select(source => source.HintName));
    }

    [Fact]
    public void OACG015_second_spec_in_the_same_namespace_is_reported()
    {
        // Different client and type names: only the namespace is shared.
        var first = SpecFile.Create("a.yaml", SmallSpecs.PetsYaml, ("Namespace", "Shared.Api"));
        var second = SpecFile.Create("b.json", SmallSpecs.StoreJson, ("Namespace", "Shared.Api"));

        var run = GeneratorHarness.Run(first, second);

        var diagnostic = run.Single("OACG015");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("'Shared.Api'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("'b.json'", diagnostic.GetMessage(), StringComparison.Ordinal);

        var span = diagnostic.Location.GetLineSpan();
        Assert.EndsWith("b.json", span.Path, StringComparison.Ordinal);
        Assert.Equal(0, span.StartLinePosition.Line);
        Assert.Equal(0, span.StartLinePosition.Character);
        Assert.Null(run.Result.Exception);

        // The first spec by path owns the namespace; the second generates nothing, as the message says.
        Assert.Contains(run.Sources, source => source.HintName.StartsWith("Shared.Api.", StringComparison.Ordinal));
        Assert.DoesNotContain(run.Sources, source => source.SourceText.ToString().Contains("from b.json", StringComparison.Ordinal));
    }

    [Fact]
    public void OACG015_second_spec_with_clashing_type_names_is_reported_without_crashing()
    {
        var first = SpecFile.Create("a.yaml", SmallSpecs.PetsYaml, ("Namespace", "Shared.Api"));
        var second = SpecFile.Create("b.yaml", SmallSpecs.PetsYaml.Replace("listPets", "getPets", StringComparison.Ordinal), ("Namespace", "Shared.Api"));

        var run = GeneratorHarness.Run(first, second);

        Assert.Null(run.Result.Exception);
        Assert.DoesNotContain(run.Result.Diagnostics, diagnostic => diagnostic.Id == "CS8785");
        Assert.Contains("'b.yaml'", run.Single("OACG015").GetMessage(), StringComparison.Ordinal);
        Assert.Contains("Shared.Api.PetsClient.g.cs", run.Sources.Select(source => source.HintName));
        Assert.All(run.Sources.Where(source => source.HintName.StartsWith("Shared.Api.", StringComparison.Ordinal)), source =>
            Assert.Contains("from a.yaml", source.SourceText.ToString(), StringComparison.Ordinal));
    }
}
