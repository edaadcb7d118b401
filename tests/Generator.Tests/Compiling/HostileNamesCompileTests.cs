using Microsoft.CodeAnalysis;
using OpenApiClientGenerator.Tests.Infrastructure;

namespace OpenApiClientGenerator.Tests.Compiling;

/// <summary>Spec names that collide with C# keywords, BCL types, generated members and locals still compile cleanly.</summary>
public sealed class HostileNamesCompileTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Hostile, version: '1' }
        servers: [{ url: 'https://hostile.example.test' }]
        tags: [{ name: Core }, { name: System }, { name: core }]
        paths:
          /things/{request}:
            post:
              operationId: post
              tags: [Core]
              parameters:
                - { name: request, in: path, required: true, schema: { type: string } }
                - { name: body, in: query, schema: { type: string } }
                - { name: cancellationToken, in: query, schema: { type: string } }
                - { name: _core, in: header, schema: { type: string } }
                - { name: options, in: query, schema: { type: string } }
                - { name: value, in: query, schema: { type: string } }
                - { name: namespace, in: query, schema: { type: string } }
              requestBody:
                content:
                  application/json:
                    schema: { $ref: '#/components/schemas/Task' }
              responses:
                '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Object' } } } }
          /system:
            get:
              operationId: ToString
              tags: [System]
              responses:
                '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Uri' } } } }
          /core:
            get:
              operationId: GetHashCode
              tags: [core]
              responses:
                '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/JsonNode' } } } }
        components:
          schemas:
            Task:
              type: object
              properties:
                Equals: { type: string }
                GetHashCode: { type: string }
                ToString: { type: string }
                EqualityContract: { type: string }
                Task: { type: string }
                string: { type: string }
                reader: { type: string }
                options: { type: string }
                v0: { type: string }
            Object: { type: object, properties: { object: { $ref: '#/components/schemas/Nullable' } } }
            Nullable: { type: string, enum: [Value, IsKnown, KnownValues, Equals, "null", "default"] }
            Uri: { type: object, properties: { guid: { $ref: '#/components/schemas/Guid' } } }
            Guid: { oneOf: [{ type: string }, { type: integer }, { $ref: '#/components/schemas/Object' }] }
            JsonNode: { type: object, additionalProperties: { $ref: '#/components/schemas/Task' } }
            HostileClient: { type: object, properties: { Raw: { type: string } } }
            CoreClient: { type: string }
        """;

    [Fact]
    public void Names_that_collide_with_csharp_and_generated_code_still_compile_without_warnings()
    {
        var run = GeneratorHarness.Run([SpecFile.Create("hostile.yaml", Spec)], GeneratorHarness.CreateCompilation(GeneratorHarness.StrictOptions));

        Assert.Null(run.Result.Exception);
        var problems = run.Output.GetDiagnostics(TestContext.Current.CancellationToken).Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
        Assert.NotEmpty(run.HintNamesIn("TestProject.Hostile"));
    }
}
