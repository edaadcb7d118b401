using Microsoft.CodeAnalysis;
using OpenApiClientGenerator.Tests.Infrastructure;

namespace OpenApiClientGenerator.Tests.Diagnostics;

/// <summary>
/// Diagnostics about paths, operations and servers: OACG007 (no operationId), 008 (no server), 012 (media type),
/// 013 (webhooks/callbacks), 014 (example mismatch), 018 (no operations).
/// </summary>
public sealed class OperationDiagnosticsTests
{
    [Fact]
    public void OACG007_missing_operation_id_points_at_the_method_key_in_json()
    {
        var spec = SpecFile.Create("noid.json", """
            {
              "openapi": "3.0.3",
              "info": { "title": "Pets", "version": "1.0" },
              "servers": [ { "url": "https://api.example.com" } ],
              "paths": {
                "/pets/{petId}": {
                  "get": {
                    "parameters": [
                      { "name": "petId", "in": "path", "required": true, "schema": { "type": "string" } }
                    ],
                    "responses": { "204": { "description": "ok" } }
                  }
                }
              }
            }
            """);

        var run = GeneratorHarness.Run(spec);

        var diagnostic = DiagnosticAssert.ReportedAt(run, "OACG007", spec, line: 6, column: 6, "\"get\"");
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Contains("'GetPetsByPetIdAsync'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void OACG007_missing_operation_id_points_at_the_method_key_in_yaml()
    {
        var spec = SpecFile.Create("noid.yaml", """
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
                delete:
                  responses:
                    '204':
                      description: ok
            """);

        var run = GeneratorHarness.Run(spec);

        var diagnostic = DiagnosticAssert.ReportedAt(run, "OACG007", spec, line: 13, column: 4, "delete:");
        Assert.Contains("DELETE /pets", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void OACG008_relative_server_url_points_at_the_url_key()
    {
        var spec = SpecFile.Create("relative.yaml", """
            openapi: 3.0.3
            info:
              title: Pets
              version: '1.0'
            servers:
              - url: /v1
            paths:
              /pets:
                get:
                  operationId: listPets
                  responses:
                    '204':
                      description: ok
            """);

        var run = GeneratorHarness.Run(spec);

        var diagnostic = DiagnosticAssert.ReportedAt(run, "OACG008", spec, line: 5, column: 4, "url:");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("PetsClientOptions", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void OACG008_absent_servers_is_reported_at_the_document_start()
    {
        var spec = SpecFile.Create("noserver.json", """
            {
              "openapi": "3.0.3",
              "info": { "title": "Pets", "version": "1.0" },
              "paths": {
                "/pets": { "get": { "operationId": "listPets", "responses": { "204": { "description": "ok" } } } }
              }
            }
            """);

        var run = GeneratorHarness.Run(spec);

        DiagnosticAssert.ReportedAt(run, "OACG008", spec, line: 0, column: 0, "{");
    }

    [Fact]
    public void OACG012_malformed_request_media_type_points_at_the_media_type_key_in_json()
    {
        var spec = SpecFile.Create("media.json", """
            {
              "openapi": "3.0.3",
              "info": { "title": "Pets", "version": "1.0" },
              "servers": [ { "url": "https://api.example.com" } ],
              "paths": {
                "/pets": {
                  "post": {
                    "operationId": "createPet",
                    "requestBody": {
                      "content": {
                        "application/json": { "schema": { "type": "object" } },
                        "application/vnd.com/pets+json": { "schema": { "type": "object" } }
                      }
                    },
                    "responses": { "204": { "description": "ok" } }
                  }
                }
              }
            }
            """);

        var run = GeneratorHarness.Run(spec);

        var diagnostic = DiagnosticAssert.ReportedAt(run, "OACG012", spec, line: 11, column: 12, "\"application/vnd.com/pets+json\"");
        Assert.Contains("request body of createPet", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void OACG012_malformed_response_media_type_points_at_the_media_type_key_in_yaml()
    {
        var spec = SpecFile.Create("media.yaml", """
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
                    '200':
                      description: ok
                      content:
                        application/vnd.com/pets+json:
                          schema:
                            type: object
            """);

        var run = GeneratorHarness.Run(spec);

        var diagnostic = DiagnosticAssert.ReportedAt(run, "OACG012", spec, line: 14, column: 12, "application/vnd.com/pets+json:");
        Assert.Contains("response 200 of listPets", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void OACG013_webhooks_are_reported_at_the_webhooks_key()
    {
        var spec = SpecFile.Create("webhooks.yaml", """
            openapi: 3.1.0
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
            webhooks:
              newPet:
                post:
                  responses:
                    '200':
                      description: ok
            """);

        var run = GeneratorHarness.Run(spec);

        var diagnostic = DiagnosticAssert.ReportedAt(run, "OACG013", spec, line: 13, column: 0, "webhooks:");
        Assert.Contains("newPet", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void OACG013_callbacks_are_reported_at_the_callbacks_key()
    {
        var spec = SpecFile.Create("callbacks.json", """
            {
              "openapi": "3.0.3",
              "info": { "title": "Pets", "version": "1.0" },
              "servers": [ { "url": "https://api.example.com" } ],
              "paths": {
                "/subscriptions": {
                  "post": {
                    "operationId": "subscribe",
                    "responses": { "204": { "description": "ok" } },
                    "callbacks": {
                      "onEvent": {
                        "{$request.body#/url}": {
                          "post": { "responses": { "200": { "description": "ok" } } }
                        }
                      }
                    }
                  }
                }
              }
            }
            """);

        var run = GeneratorHarness.Run(spec);

        var diagnostic = DiagnosticAssert.ReportedAt(run, "OACG013", spec, line: 9, column: 8, "\"callbacks\"");
        Assert.StartsWith("Callbacks", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void OACG014_example_that_does_not_match_points_at_the_example_key()
    {
        var spec = SpecFile.Create("example.yaml", """
            openapi: 3.0.3
            info:
              title: Pets
              version: '1.0'
            servers:
              - url: https://api.example.com
            paths:
              /pets/count:
                get:
                  operationId: countPets
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: integer
                          example: "not a number"
            """);

        var run = GeneratorHarness.Run(spec);

        var diagnostic = DiagnosticAssert.ReportedAt(run, "OACG014", spec, line: 17, column: 14, "example:");
        Assert.Contains("response 200 of countPets", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void OACG018_document_without_operations_points_at_the_paths_key()
    {
        var spec = SpecFile.Create("models.json", """
            {
              "openapi": "3.0.3",
              "info": { "title": "Pets", "version": "1.0" },
              "servers": [ { "url": "https://api.example.com" } ],
              "paths": {},
              "components": { "schemas": { "Pet": { "type": "object", "properties": { "name": { "type": "string" } } } } }
            }
            """);

        var run = GeneratorHarness.Run(spec);

        DiagnosticAssert.ReportedAt(run, "OACG018", spec, line: 4, column: 2, "\"paths\"");
        Assert.Contains(run.Sources, source => source.HintName == "TestProject.Pets.Pet.g.cs");
    }
}
