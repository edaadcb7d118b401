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
        // Different client and type names, so no generated file name clashes (see the skipped test below).
        var first = SpecFile.Create("a.yaml", SmallSpecs.PetsYaml, ("Namespace", "Shared.Api"));
        var second = SpecFile.Create("b.json", SmallSpecs.StoreJson, ("Namespace", "Shared.Api"));

        var run = GeneratorHarness.Run(first, second);

        var diagnostic = run.Single("OACG015");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("'Shared.Api'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("'b.json'", diagnostic.GetMessage(), StringComparison.Ordinal);

        // Reported today without a location (OpenApiClientGenerator.cs uses Location.None); see the report.
        Assert.Equal(Location.None, diagnostic.Location);
        Assert.Null(run.Result.Exception);
    }

    [Fact(Skip = "Generator bug: two specs in one namespace with a common type name crash the generator (CS8785, duplicate hint name) instead of reporting OACG015 - OpenApiClientGenerator.cs catches ArgumentException around AddSource, but Roslyn throws it later, when the outputs are merged.")]
    public void OACG015_second_spec_with_clashing_type_names_is_reported_without_crashing()
    {
        var first = SpecFile.Create("a.yaml", SmallSpecs.PetsYaml, ("Namespace", "Shared.Api"));
        var second = SpecFile.Create("b.yaml", SmallSpecs.PetsYaml.Replace("listPets", "getPets", StringComparison.Ordinal), ("Namespace", "Shared.Api"));

        var run = GeneratorHarness.Run(first, second);

        Assert.Null(run.Result.Exception);
        Assert.Contains("'b.yaml'", run.Single("OACG015").GetMessage(), StringComparison.Ordinal);
        Assert.Contains("Shared.Api.PetsClient.g.cs", run.Sources.Select(source => source.HintName));
    }
}
