using Microsoft.CodeAnalysis;
using OpenApiClientGenerator.Tests.Infrastructure;

namespace OpenApiClientGenerator.Tests.Diagnostics;

/// <summary>Diagnostics about <c>$ref</c>: OACG004 (unresolved) and OACG016 (external, refused).</summary>
public sealed class ReferenceDiagnosticsTests
{
    [Fact]
    public void OACG004_unresolved_reference_points_at_the_schema_key_in_json()
    {
        var spec = SpecFile.Create("refs.json", """
            {
              "openapi": "3.0.3",
              "info": { "title": "Pets", "version": "1.0" },
              "servers": [ { "url": "https://api.example.com" } ],
              "paths": {
                "/pets": {
                  "get": {
                    "operationId": "listPets",
                    "responses": {
                      "200": {
                        "description": "ok",
                        "content": {
                          "application/json": {
                            "schema": { "$ref": "#/components/schemas/Missing" }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
            """);

        var run = GeneratorHarness.Run(spec);

        var diagnostic = DiagnosticAssert.ReportedAt(run, "OACG004", spec, line: 13, column: 16, "\"schema\"");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("'#/components/schemas/Missing'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void OACG004_unresolved_reference_points_at_the_property_key_in_yaml()
    {
        var spec = SpecFile.Create("refs.yaml", """
            openapi: 3.0.3
            info:
              title: Pets
              version: '1.0'
            servers:
              - url: https://api.example.com
            paths:
              /pets:
                get:
                  operationId: listPets
                  responses:
                    '204':
                      description: ok
            components:
              schemas:
                Pet:
                  type: object
                  properties:
                    owner:
                      $ref: '#/components/schemas/Owner'
            """);

        var run = GeneratorHarness.Run(spec);

        DiagnosticAssert.ReportedAt(run, "OACG004", spec, line: 18, column: 8, "owner:");
    }

    [Fact]
    public void OACG004_unresolved_reference_in_a_flow_mapping_points_at_the_schema_key()
    {
        var spec = SpecFile.Create("flow.yaml", """
            openapi: 3.0.3
            info: {title: Pets, version: '1.0'}
            servers: [{url: 'https://api.example.com'}]
            paths:
              "/pets":
                'get':
                  operationId: listPets
                  responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Nope'}}}}}
            """);

        var run = GeneratorHarness.Run(spec);

        DiagnosticAssert.ReportedAt(run, "OACG004", spec, line: 7, column: 72, "schema:");
    }

    [Fact]
    public void OACG016_external_reference_is_refused_at_the_property_key()
    {
        var spec = SpecFile.Create("external.yaml", """
            openapi: 3.0.3
            info:
              title: Pets
              version: '1.0'
            servers:
              - url: https://api.example.com
            paths:
              /pets:
                get:
                  operationId: listPets
                  responses:
                    '204':
                      description: ok
            components:
              schemas:
                Pet:
                  type: object
                  properties:
                    owner:
                      $ref: 'other.yaml#/components/schemas/Owner'
            """);

        var run = GeneratorHarness.Run(spec);

        var diagnostic = DiagnosticAssert.ReportedAt(run, "OACG016", spec, line: 18, column: 8, "owner:");
        Assert.Contains("other.yaml", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "OACG004");
    }
}
