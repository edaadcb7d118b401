using Microsoft.CodeAnalysis;
using OpenApiClientGenerator.Tests.Infrastructure;

namespace OpenApiClientGenerator.Tests.Naming;

/// <summary>Names that differ only by case (or only after sanitizing) end to end: the output compiles.</summary>
public sealed class CaseCollisionCompileTests
{
    [Fact]
    public void Schemas_properties_and_operations_that_differ_by_case_generate_compilable_code()
    {
        var spec = SpecFile.Create("cases.yaml", """
            openapi: 3.0.3
            info:
              title: Cases
              version: '1.0'
            servers:
              - url: https://api.example.com
            paths:
              /pets:
                get:
                  operationId: getPet
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            $ref: '#/components/schemas/pet'
                post:
                  operationId: GetPet
                  requestBody:
                    content:
                      application/json:
                        schema:
                          $ref: '#/components/schemas/Pet'
                  responses:
                    '204':
                      description: ok
            components:
              schemas:
                pet:
                  type: object
                  properties:
                    id:
                      type: string
                    ID:
                      type: integer
                    class:
                      type: string
                Pet:
                  type: object
                  properties:
                    Etc/GMT+0:
                      type: string
                    Etc/GMT0:
                      type: string
            """);

        var run = GeneratorHarness.Run(spec);

        Assert.Null(run.Result.Exception);
        var errors = run.Output.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
        var hints = run.Sources.Select(source => source.HintName).ToList();
        Assert.Contains("TestProject.Cases.Pet.g.cs", hints);
        Assert.Contains("TestProject.Cases.PetModel.g.cs", hints);
        Assert.Equal(hints.Count, hints.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }
}
