using OpenApiClientGenerator.Tests.Infrastructure;

namespace OpenApiClientGenerator.Tests.Diagnostics;

/// <summary>
/// Swagger 2.0 files are read into an OpenAPI 3 model, whose pointers name places the 2.0 file does not have
/// (components, requestBody, content, parameter indexes without the body). Diagnostics must still point into the 2.0 text.
/// </summary>
public sealed class Swagger2LocationTests
{
    private static readonly SpecFile Json = SpecFile.Create("swagger2.json", """
        {
          "swagger": "2.0",
          "info": { "title": "Pets", "version": "1.0" },
          "host": "api.example.com",
          "schemes": ["https"],
          "consumes": ["application/json"],
          "produces": ["application/json"],
          "paths": {
            "/pets": {
              "post": {
                "operationId": "createPet",
                "parameters": [
                  { "name": "q", "in": "query", "type": "string" },
                  { "name": "body", "in": "body", "schema": { "$ref": "#/definitions/Missing" } }
                ],
                "responses": {
                  "200": { "description": "ok", "schema": { "$ref": "#/definitions/Gone" } }
                }
              }
            }
          },
          "definitions": {
            "Pet": {
              "type": "object",
              "properties": {
                "born": { "type": "string", "format": "datetime" }
              }
            }
          }
        }
        """);

    private static readonly SpecFile Yaml = SpecFile.Create("swagger2.yaml", """
        swagger: '2.0'
        info:
          title: Pets
          version: '1.0'
        host: api.example.com
        schemes: [https]
        paths:
          /pets:
            post:
              operationId: createPet
              consumes: [application/json]
              produces: [application/json]
              parameters:
                - name: body
                  in: body
                  schema:
                    type: object
                    properties:
                      name:
                        type: string
                - name: q
                  in: query
                  type: string
                  format: weird
              responses:
                '200':
                  description: ok
                  schema:
                    type: integer
                  examples:
                    application/json: "not a number"
        """);

    [Fact]
    public void Unresolved_reference_in_the_body_parameter_points_at_its_schema_key()
    {
        var run = GeneratorHarness.Run(Json);

        var atBody = run.Diagnostics.Single(d => d.Id == "OACG004" && d.GetMessage().Contains("Missing", StringComparison.Ordinal));
        DiagnosticAssert.AssertLocation(atBody, Json, line: 13, column: 42, "\"schema\"");
    }

    [Fact]
    public void Unresolved_reference_in_a_response_points_at_its_schema_key()
    {
        var run = GeneratorHarness.Run(Json);

        var atResponse = run.Diagnostics.Single(d => d.Id == "OACG004" && d.GetMessage().Contains("Gone", StringComparison.Ordinal));
        DiagnosticAssert.AssertLocation(atResponse, Json, line: 16, column: 40, "\"schema\"");
    }

    [Fact]
    public void Unknown_format_in_definitions_points_at_the_format_key()
    {
        var run = GeneratorHarness.Run(Json);

        DiagnosticAssert.ReportedAt(run, "OACG017", Json, line: 25, column: 36, "\"format\"");
    }

    [Fact]
    public void Unknown_format_of_a_parameter_after_the_body_points_at_that_parameter()
    {
        var run = GeneratorHarness.Run(Yaml);

        DiagnosticAssert.ReportedAt(run, "OACG017", Yaml, line: 23, column: 10, "format: weird");
    }

    [Fact]
    public void Example_mismatch_points_at_the_media_type_under_examples()
    {
        var run = GeneratorHarness.Run(Yaml);

        DiagnosticAssert.ReportedAt(run, "OACG014", Yaml, line: 30, column: 12, "application/json:");
    }

    [Fact]
    public void Missing_host_is_reported_at_the_document_start()
    {
        var withoutHost = Yaml with { Path = SpecFile.ProjectFolder + "nohost.yaml", Text = Yaml.Text!.Replace("host: api.example.com\n", string.Empty, StringComparison.Ordinal) };

        var run = GeneratorHarness.Run(withoutHost);

        DiagnosticAssert.ReportedAt(run, "OACG008", withoutHost, line: 0, column: 0, "swagger:");
    }
}
