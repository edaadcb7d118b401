using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Clients.Tests.Infrastructure;

/// <summary>The four bundled ActiveProspect specs and their operations, read with Microsoft.OpenApi.</summary>
internal static class BundledSpecs
{
    public static readonly string[] Files = { "leadconduit_api.json", "claims_api-v4.yaml", "trustedform_v3.json", "trustedform_v2.yaml" };

    private static readonly Lazy<IReadOnlyList<SpecOperation>> Cache = new(Load);

    public static IReadOnlyList<SpecOperation> Operations => Cache.Value;

    private static IReadOnlyList<SpecOperation> Load()
    {
        var result = new List<SpecOperation>();
        foreach (var file in Files)
        {
            var settings = new OpenApiReaderSettings { RuleSet = new ValidationRuleSet() };
            settings.AddYamlReader();
            var text = File.ReadAllText(RepoPaths.Spec(file));
            var document = OpenApiDocument.Parse(text, file.EndsWith(".json", StringComparison.Ordinal) ? "json" : "yaml", settings).Document
                ?? throw new InvalidOperationException(file + " does not parse");
            foreach (var path in document.Paths)
            {
                foreach (var (method, operation) in path.Value.Operations ?? new())
                {
                    var security = operation.Security ?? document.Security;
                    var requiresAuth = security is { Count: > 0 } && security.Any(requirement => requirement.Count > 0);
                    var parameters = (path.Value.Parameters ?? new List<IOpenApiParameter>())
                        .Concat(operation.Parameters ?? new List<IOpenApiParameter>())
                        .Where(parameter => parameter.Name is not null && parameter.In is not null)
                        .Select(parameter => new SpecParameter(
                            parameter.Name!,
                            parameter.In!.Value.ToString(),
                            parameter.Style?.ToString(),
                            parameter.Explode,
                            (parameter.Schema?.Type & JsonSchemaType.Array) == JsonSchemaType.Array,
                            parameter.Content is { Count: > 0 }))
                        .ToList();
                    result.Add(new SpecOperation(file, operation.OperationId ?? string.Empty, method.Method.ToUpperInvariant(), path.Key, requiresAuth, parameters));
                }
            }
        }

        return result;
    }
}
