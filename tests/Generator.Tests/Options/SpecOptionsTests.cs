using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OpenApiClientGenerator.Tests.Infrastructure;

namespace OpenApiClientGenerator.Tests.Options;

/// <summary>The per-spec OpenApiSpec metadata and the project-wide MSBuild defaults change what is generated.</summary>
public sealed class SpecOptionsTests
{
    private const string Shop = """
        openapi: 3.0.3
        info: { title: Shop, version: '1.0' }
        servers: [{ url: 'https://shop.example.test' }]
        paths:
          /pets:
            get:
              operationId: listPets
              tags: [pets]
              responses:
                '200': { description: ok, content: { application/json: { schema: { type: array, items: { $ref: '#/components/schemas/Pet' } } } } }
          /pets/{id}:
            delete:
              operationId: deletePet
              tags: [pets]
              parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
              responses: { '204': { description: gone } }
          /orders:
            get:
              operationId: listOrders
              tags: [store]
              responses:
                '200': { description: ok, content: { application/json: { schema: { type: array, items: { $ref: '#/components/schemas/Order' } } } } }
        components:
          schemas:
            Pet: { type: object, properties: { name: { type: string } } }
            Order: { type: object, properties: { id: { type: string } } }
            Unused: { type: object, properties: { x: { type: string } } }
        """;

    [Fact]
    public void Namespace_and_client_name_come_from_metadata()
    {
        var run = GeneratorHarness.Run(SpecFile.Create("shop.yaml", Shop, ("Namespace", "Acme.Shop"), ("ClientName", "AcmeShop")));

        Assert.Contains("Acme.Shop.AcmeShop.g.cs", Hints(run));
        Assert.Contains("Acme.Shop.AcmeShopMockHandler.g.cs", Hints(run));
        AssertCompiles(run);
    }

    [Fact]
    public void Defaults_come_from_the_root_namespace_and_the_title()
    {
        var run = GeneratorHarness.Run(SpecFile.Create("shop.yaml", Shop));

        Assert.Contains("TestProject.Shop.ShopClient.g.cs", Hints(run));
    }

    [Fact]
    public void IncludeTags_keeps_only_those_operations_and_the_models_they_reach()
    {
        var run = GeneratorHarness.Run(SpecFile.Create("shop.yaml", Shop, ("IncludeTags", "store")));

        var hints = Hints(run);
        Assert.Contains(hints, hint => hint.EndsWith(".StoreClient.g.cs", StringComparison.Ordinal));
        Assert.DoesNotContain(hints, hint => hint.EndsWith(".PetsClient.g.cs", StringComparison.Ordinal));
        Assert.Contains(hints, hint => hint.EndsWith(".Order.g.cs", StringComparison.Ordinal));
        Assert.DoesNotContain(hints, hint => hint.EndsWith(".Pet.g.cs", StringComparison.Ordinal) || hint.EndsWith(".Unused.g.cs", StringComparison.Ordinal));
        AssertCompiles(run);
    }

    [Fact]
    public void ExcludeTags_and_operations_leave_them_out()
    {
        var run = GeneratorHarness.Run(SpecFile.Create("shop.yaml", Shop, ("ExcludeTags", "store"), ("ExcludeOperations", "deletePet")));

        var text = AllText(run);
        Assert.Contains("\"listPets\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"deletePet\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"listOrders\"", text, StringComparison.Ordinal);
        AssertCompiles(run);
    }

    [Fact]
    public void IncludeOperations_picks_single_operations()
    {
        var run = GeneratorHarness.Run(SpecFile.Create("shop.yaml", Shop, ("IncludeOperations", "deletePet;listOrders")));

        var text = AllText(run);
        Assert.Contains("\"deletePet\"", text, StringComparison.Ordinal);
        Assert.Contains("\"listOrders\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"listPets\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void GenerateMock_false_leaves_out_the_mock_handler()
    {
        var run = GeneratorHarness.Run(SpecFile.Create("shop.yaml", Shop, ("GenerateMock", "false")));

        Assert.DoesNotContain(Hints(run), hint => hint.Contains("MockHandler", StringComparison.Ordinal));
        AssertCompiles(run);
    }

    [Fact]
    public void Visibility_internal_makes_every_generated_type_internal()
    {
        var run = GeneratorHarness.Run(SpecFile.Create("shop.yaml", Shop, ("Visibility", "internal")));

        foreach (var source in run.Sources.Where(source => source.HintName.StartsWith("TestProject.Shop.", StringComparison.Ordinal)))
        {
            var text = source.SourceText.ToString();
            Assert.DoesNotContain("public sealed partial", text, StringComparison.Ordinal);
            Assert.DoesNotContain("public partial", text, StringComparison.Ordinal);
            Assert.DoesNotContain("public readonly partial", text, StringComparison.Ordinal);
            Assert.DoesNotContain("public sealed class", text, StringComparison.Ordinal);
        }

        AssertCompiles(run);
    }

    [Fact]
    public void Project_wide_properties_are_defaults_that_metadata_overrides()
    {
        var specs = new[]
        {
            SpecFile.Create("a.yaml", Shop, ("Namespace", "A")),
            SpecFile.Create("b.yaml", Shop, ("Namespace", "B"), ("Visibility", "public"), ("GenerateMock", "true")),
        };
        var files = TestAnalyzerConfigOptionsProvider.For(specs);
        var provider = new TestAnalyzerConfigOptionsProvider(
            new Dictionary<string, string>
            {
                ["build_property.RootNamespace"] = "TestProject",
                ["build_property.OpenApiClientVisibility"] = "internal",
                ["build_property.OpenApiGenerateMock"] = "false",
            },
            specs.ToDictionary(spec => spec.Path, spec => Metadata(files, spec)));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new global::OpenApiClientGenerator.OpenApiClientGenerator().AsSourceGenerator()],
            specs.Select(GeneratorHarness.ToAdditionalText),
            GeneratorHarness.ParseOptions,
            provider);

        var result = driver.RunGenerators(GeneratorHarness.CreateCompilation(), TestContext.Current.CancellationToken).GetRunResult().Results.Single();
        var hints = result.GeneratedSources.Select(source => source.HintName).ToList();

        Assert.Contains("internal sealed partial class ShopClient", result.GeneratedSources.Single(source => source.HintName == "A.ShopClient.g.cs").SourceText.ToString(), StringComparison.Ordinal);
        Assert.Contains("public sealed partial class ShopClient", result.GeneratedSources.Single(source => source.HintName == "B.ShopClient.g.cs").SourceText.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("A.ShopClientMockHandler.g.cs", hints);
        Assert.Contains("B.ShopClientMockHandler.g.cs", hints);
    }

    private static IReadOnlyDictionary<string, string> Metadata(TestAnalyzerConfigOptionsProvider files, SpecFile spec)
    {
        var options = files.GetOptions(GeneratorHarness.ToAdditionalText(spec));
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in new[] { "OpenApiSpec", "OpenApiNamespace", "OpenApiVisibility", "OpenApiGenerateMock" })
        {
            if (options.TryGetValue("build_metadata.AdditionalFiles." + key, out var value))
            {
                result["build_metadata.AdditionalFiles." + key] = value;
            }
        }

        return result;
    }

    private static List<string> Hints(GeneratorRun run) => run.Sources.Select(source => source.HintName).ToList();

    private static string AllText(GeneratorRun run) => string.Concat(run.Sources.Select(source => source.SourceText.ToString()));

    private static void AssertCompiles(GeneratorRun run)
    {
        var problems = run.Output.GetDiagnostics(TestContext.Current.CancellationToken).Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
