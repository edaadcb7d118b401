using OpenApiClientGenerator.Tests.Infrastructure;

namespace OpenApiClientGenerator.Tests.Diagnostics;

/// <summary>Diagnostics about schemas and components: OACG005 (unsupported), 006 (name collision), 017 (unknown format).</summary>
public sealed class SchemaDiagnosticsTests
{
    private const string Header = """
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

        """;

    // Header is 14 lines (0-13); components content starts on line 14.
    private const int FirstComponentLine = 14;

    [Fact]
    public void OACG005_not_schema_points_at_the_not_key()
    {
        var spec = SpecFile.Create("not.yaml", Header + """
              schemas:
                Pet:
                  type: object
                  properties:
                    name:
                      not:
                        type: integer
            """);

        var run = GeneratorHarness.Run(spec);

        var diagnostic = DiagnosticAssert.ReportedAt(run, "OACG005", spec, line: FirstComponentLine + 5, column: 10, "not:");
        Assert.Contains("'not'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void OACG005_unsupported_security_scheme_points_at_its_name()
    {
        var spec = SpecFile.Create("mtls.yaml", Header.Replace("3.0.3", "3.1.0", StringComparison.Ordinal) + """
              securitySchemes:
                clientCertificate:
                  type: mutualTLS
            """);

        var run = GeneratorHarness.Run(spec);

        var diagnostic = DiagnosticAssert.ReportedAt(run, "OACG005", spec, line: FirstComponentLine + 1, column: 4, "clientCertificate:");
        Assert.Contains("'clientCertificate'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void OACG006_property_collision_points_at_the_renamed_property_in_yaml()
    {
        var spec = SpecFile.Create("clash.yaml", Header + """
              schemas:
                Pet:
                  type: object
                  properties:
                    first_name:
                      type: string
                    firstName:
                      type: string
            """);

        var run = GeneratorHarness.Run(spec);

        var diagnostic = DiagnosticAssert.ReportedAt(run, "OACG006", spec, line: FirstComponentLine + 6, column: 8, "firstName:");
        Assert.Contains("'FirstName2'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void OACG006_property_collision_points_at_the_renamed_property_in_json()
    {
        var spec = SpecFile.Create("clash.json", """
            {
              "openapi": "3.0.3",
              "info": { "title": "Pets", "version": "1.0" },
              "servers": [ { "url": "https://api.example.com" } ],
              "paths": {},
              "components": {
                "schemas": {
                  "Pet": {
                    "type": "object",
                    "properties": {
                      "first_name": { "type": "string" },
                      "firstName": { "type": "string" }
                    }
                  }
                }
              }
            }
            """);

        var run = GeneratorHarness.Run(spec);

        DiagnosticAssert.ReportedAt(run, "OACG006", spec, line: 11, column: 10, "\"firstName\"");
    }

    [Fact]
    public void OACG006_schema_collision_points_at_the_renamed_schema()
    {
        var spec = SpecFile.Create("schemas.yaml", Header + """
              schemas:
                pet_owner:
                  type: object
                  properties:
                    name:
                      type: string
                PetOwner:
                  type: object
                  properties:
                    id:
                      type: string
            """);

        var run = GeneratorHarness.Run(spec);

        var diagnostic = DiagnosticAssert.ReportedAt(run, "OACG006", spec, line: FirstComponentLine + 6, column: 4, "PetOwner:");
        Assert.Contains("'PetOwnerModel'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void OACG017_unknown_format_points_at_the_format_key_in_yaml()
    {
        var spec = SpecFile.Create("format.yaml", Header + """
              schemas:
                Pet:
                  type: object
                  properties:
                    born:
                      type: string
                      format: datetime
            """);

        var run = GeneratorHarness.Run(spec);

        var diagnostic = DiagnosticAssert.ReportedAt(run, "OACG017", spec, line: FirstComponentLine + 6, column: 10, "format:");
        Assert.Contains("'datetime'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void OACG017_unknown_format_points_at_the_format_key_in_json()
    {
        var spec = SpecFile.Create("format.json", """
            {
              "openapi": "3.1.0",
              "info": { "title": "Pets", "version": "1.0" },
              "servers": [ { "url": "https://api.example.com" } ],
              "paths": {
                "/pets": {
                  "get": {
                    "operationId": "listPets",
                    "parameters": [
                      { "name": "q", "in": "query", "schema": { "type": "string", "format": "weird" } }
                    ],
                    "responses": { "204": { "description": "ok" } }
                  }
                }
              }
            }
            """);

        var run = GeneratorHarness.Run(spec);

        DiagnosticAssert.ReportedAt(run, "OACG017", spec, line: 9, column: 70, "\"format\"");
    }
}
