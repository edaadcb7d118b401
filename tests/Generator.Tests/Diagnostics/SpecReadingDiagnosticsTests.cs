using Microsoft.CodeAnalysis;
using OpenApiClientGenerator.Tests.Infrastructure;

namespace OpenApiClientGenerator.Tests.Diagnostics;

/// <summary>Diagnostics about reading a spec file: OACG001 (unreadable), 002 (invalid), 003 (version), 010 (extension), 011 (reader warning).</summary>
public sealed class SpecReadingDiagnosticsTests
{
    [Fact]
    public void OACG001_unreadable_file_is_reported_at_the_file_start()
    {
        var spec = SpecFile.Create("missing.json", text: null);

        var run = GeneratorHarness.Run(spec);

        var diagnostic = run.Single("OACG001");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(spec.Path, diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(new(0, 0), diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void OACG002_json_syntax_error_points_at_the_unexpected_token()
    {
        var spec = SpecFile.Create("broken.json", """
            {
              "openapi": "3.0.3",
              "info": { "title": "Pets", "version": "1.0" },
              "paths": {
                "/pets": {
                  "get": { "operationId": "listPets" "responses": {} }
                }
              }
            }
            """);

        var run = GeneratorHarness.Run(spec);

        var diagnostic = DiagnosticAssert.ReportedAt(run, "OACG002", spec, line: 5, column: 41, "\"responses\"");
        Assert.Contains("JSON syntax error", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void OACG002_json_syntax_error_column_counts_characters_not_utf8_bytes()
    {
        var spec = SpecFile.Create("unicode.json", """
            {
              "openapi": "3.0.3",
              "info": { "title": "Café für Hunde — 🐕", "version": "1.0" "x": 1 },
              "paths": {}
            }
            """);

        var run = GeneratorHarness.Run(spec);

        DiagnosticAssert.ReportedAt(run, "OACG002", spec, line: 2, column: 61, "\"x\"");
    }

    [Fact]
    public void OACG002_yaml_syntax_error_points_at_the_unterminated_scalar()
    {
        var spec = SpecFile.Create("broken.yaml", """
            openapi: 3.0.3
            info:
              title: "Pets
              version: '1.0'
            paths: {}
            """);

        var run = GeneratorHarness.Run(spec);

        var diagnostic = DiagnosticAssert.ReportedAt(run, "OACG002", spec, line: 2, column: 9, "\"Pets");
        Assert.Contains("YAML syntax error", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void OACG002_yaml_bad_indentation_points_at_the_misplaced_key()
    {
        var spec = SpecFile.Create("indent.yaml", """
            openapi: 3.0.3
            info:
              title: Pets
              version: '1.0'
            paths:
              /pets:
                get:
                  operationId: listPets
                 responses: {}
            """);

        var run = GeneratorHarness.Run(spec);

        DiagnosticAssert.ReportedAt(run, "OACG002", spec, line: 8, column: 5, "responses:");
    }

    [Fact]
    public void OACG002_json_duplicate_key_points_at_the_second_occurrence()
    {
        var spec = SpecFile.Create("duplicate.json", """
            {
              "openapi": "3.0.3",
              "info": { "title": "Pets", "version": "1.0" },
              "info": { "title": "Pets", "version": "2.0" },
              "paths": {}
            }
            """);

        var run = GeneratorHarness.Run(spec);

        var diagnostic = DiagnosticAssert.ReportedAt(run, "OACG002", spec, line: 3, column: 2, "\"info\"");
        Assert.Contains("'info' appears twice", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void OACG002_yaml_duplicate_key_points_at_the_second_occurrence()
    {
        var spec = SpecFile.Create("duplicate.yaml", """
            openapi: 3.0.3
            info:
              title: Pets
              version: '1.0'
            paths:
              /pets:
                get:
                  operationId: listPets
                  responses:
                    '204':
                      description: ok
              /pets:
                get:
                  operationId: listPetsAgain
                  responses:
                    '204':
                      description: ok
            """);

        var run = GeneratorHarness.Run(spec);

        var diagnostic = DiagnosticAssert.ReportedAt(run, "OACG002", spec, line: 11, column: 2, "/pets:");
        Assert.Contains("'/pets' appears twice", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void OACG003_unsupported_openapi_version_points_at_the_version_key_in_json()
    {
        var spec = SpecFile.Create("future.json", """
            {
              "openapi": "4.0.0",
              "info": { "title": "Pets", "version": "1.0" },
              "paths": {}
            }
            """);

        var run = GeneratorHarness.Run(spec);

        var diagnostic = DiagnosticAssert.ReportedAt(run, "OACG003", spec, line: 1, column: 2, "\"openapi\"");
        Assert.Contains("'4.0.0'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void OACG003_unsupported_swagger_version_points_at_the_version_key_in_yaml()
    {
        var spec = SpecFile.Create("ancient.yaml", """
            info:
              title: Pets
              version: '1.0'
            swagger: '1.2'
            paths: {}
            """);

        var run = GeneratorHarness.Run(spec);

        var diagnostic = DiagnosticAssert.ReportedAt(run, "OACG003", spec, line: 3, column: 0, "swagger:");
        Assert.Contains("'1.2'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void OACG010_unknown_extension_is_reported_at_the_file_start_and_the_spec_still_generates()
    {
        var spec = SpecFile.Create("pets.openapi", SmallSpecs.PetsYaml);

        var run = GeneratorHarness.Run(spec);

        var diagnostic = DiagnosticAssert.ReportedAt(run, "OACG010", spec, line: 0, column: 0, "openapi:");
        Assert.Contains("read as YAML", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains(run.Sources, source => source.HintName.EndsWith(".PetsClient.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void OACG011_unknown_property_points_at_that_property_in_yaml()
    {
        var spec = SpecFile.Create("extra.yaml", """
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
                  unknownField: 1
            """);

        var run = GeneratorHarness.Run(spec);

        DiagnosticAssert.ReportedAt(run, "OACG011", spec, line: 13, column: 6, "unknownField:");
    }

    [Fact]
    public void OACG011_unknown_root_property_points_at_that_property_in_json()
    {
        var spec = SpecFile.Create("extra.json", """
            {
              "openapi": "3.0.3",
              "info": { "title": "Pets", "version": "1.0" },
              "servers": [ { "url": "https://api.example.com" } ],
              "paths": {},
              "colour": "blue"
            }
            """);

        var run = GeneratorHarness.Run(spec);

        DiagnosticAssert.ReportedAt(run, "OACG011", spec, line: 5, column: 2, "\"colour\"");
    }
}
