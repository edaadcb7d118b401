using OpenApiClientGenerator.Tests.Infrastructure;

namespace OpenApiClientGenerator.Tests.Naming;

/// <summary>Identical inline schemas become one type, named after what all their places have in common.</summary>
public sealed class SharedInlineTypeTests
{
    [Fact]
    public void Identical_inline_objects_share_one_type_named_by_their_common_suffix()
    {
        const string spec = """
            openapi: 3.0.3
            info: { title: Geo, version: '1' }
            servers: [{ url: 'https://geo.example.test' }]
            paths:
              /web:
                get:
                  operationId: getWeb
                  responses:
                    '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/WebVisit' } } } }
              /mobile:
                get:
                  operationId: getMobile
                  responses:
                    '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/MobileVisit' } } } }
            components:
              schemas:
                WebVisit:
                  type: object
                  properties:
                    ipGeo: { type: object, properties: { city: { type: string }, lat: { type: number } } }
                MobileVisit:
                  type: object
                  properties:
                    ipGeo: { type: object, properties: { city: { type: string }, lat: { type: number } } }
            """;

        var run = GeneratorHarness.Run(SpecFile.Create("geo.yaml", spec));

        var hints = run.HintNamesIn("TestProject.Geo");
        Assert.Contains("TestProject.Geo.VisitIpGeo.g.cs", hints);
        Assert.DoesNotContain(hints, hint => hint.Contains("WebVisitIpGeo", StringComparison.Ordinal) || hint.Contains("MobileVisitIpGeo", StringComparison.Ordinal));
        var web = run.Sources.Single(source => source.HintName == "TestProject.Geo.WebVisit.g.cs").SourceText.ToString();
        var mobile = run.Sources.Single(source => source.HintName == "TestProject.Geo.MobileVisit.g.cs").SourceText.ToString();
        Assert.Contains("global::TestProject.Geo.VisitIpGeo? IpGeo", web, StringComparison.Ordinal);
        Assert.Contains("global::TestProject.Geo.VisitIpGeo? IpGeo", mobile, StringComparison.Ordinal);
        Assert.Empty(run.Output.GetDiagnostics(TestContext.Current.CancellationToken).Where(diagnostic => diagnostic.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
    }
}
