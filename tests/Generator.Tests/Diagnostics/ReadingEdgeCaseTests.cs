using Microsoft.CodeAnalysis;
using OpenApiClientGenerator.Tests.Infrastructure;

namespace OpenApiClientGenerator.Tests.Diagnostics;

/// <summary>Inputs that once gave the wrong diagnostic or lost information.</summary>
public sealed class ReadingEdgeCaseTests
{
    [Theory]
    [InlineData("empty.yaml", "")]
    [InlineData("blank.json", "  \n\t\n")]
    public void An_empty_file_is_an_invalid_document_not_a_generator_failure(string fileName, string text)
    {
        var spec = SpecFile.Create(fileName, text);

        var run = GeneratorHarness.Run(spec);

        Assert.Contains("the file is empty", run.Single("OACG002").GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain(run.Diagnostics, diagnostic => diagnostic.Id == "OACG019");
    }

    [Fact]
    public void A_yaml_scalar_without_a_version_field_is_not_an_unsupported_version()
    {
        var run = GeneratorHarness.Run(SpecFile.Create("hello.yaml", "hello"));

        Assert.Contains("no 'openapi' or 'swagger' field", run.Single("OACG002").GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain(run.Diagnostics, diagnostic => diagnostic.Id == "OACG003");
    }

    [Fact]
    public void A_swagger2_response_schema_without_produces_stays_typed()
    {
        const string spec = """
            swagger: '2.0'
            info: { title: Plain, version: '1' }
            host: plain.example.test
            paths:
              /things:
                get:
                  operationId: listThings
                  responses:
                    '200':
                      description: ok
                      schema:
                        type: array
                        items: { $ref: '#/definitions/Thing' }
            definitions:
              Thing: { type: object, properties: { id: { type: string } } }
            """;

        var run = GeneratorHarness.Run(SpecFile.Create("plain.yaml", spec));

        var client = run.Sources.Single(source => source.HintName == "TestProject.Plain.PlainClient.g.cs").SourceText.ToString();
        Assert.Contains("Task<global::System.Collections.Generic.IReadOnlyList<global::TestProject.Plain.Thing>> ListThingsAsync", client, StringComparison.Ordinal);
        Assert.Empty(run.Output.GetDiagnostics(TestContext.Current.CancellationToken).Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
    }
}
