using System.Reflection;
using System.Text;
using System.Text.Json;
using OpenApiClientGenerator.Runtime;

namespace Clients.Tests.Infrastructure;

/// <summary>
/// Builds the arguments of a generated method from the example values its mock route carries (the spec's
/// examples, or values synthesized from the schema), using the types' own [JsonConverter]s.
/// </summary>
internal static class ArgumentFactory
{
    public static object?[] Build(MethodInfo method, MockRoute route, out Dictionary<string, string> usedExamples)
    {
        usedExamples = new Dictionary<string, string>(StringComparer.Ordinal);
        var arguments = new List<object?>();
        foreach (var parameter in method.GetParameters())
        {
            if (parameter.ParameterType == typeof(CancellationToken))
            {
                arguments.Add(CancellationToken.None);
                continue;
            }

            var wire = parameter.GetCustomAttribute<OpenApiParameterAttribute>()
                ?? throw new InvalidOperationException(method.Name + "(" + parameter.Name + ") has no [OpenApiParameter]");
            string? json;
            if (wire.Location == "body")
            {
                json = route.RequestBody;
            }
            else
            {
                route.ParameterExamples.TryGetValue(wire.Name, out json);
            }

            if (json is null)
            {
                arguments.Add(parameter.HasDefaultValue ? null : throw new InvalidOperationException("No example for " + wire.Name + " of " + route.OperationId));
                continue;
            }

            usedExamples[wire.Location + ":" + wire.Name] = json;
            arguments.Add(FromJson(json, parameter.ParameterType));
        }

        return arguments.ToArray();
    }

    public static object? FromJson(string json, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(FileParameter))
        {
            return new FileParameter(Encoding.UTF8.GetBytes(json));
        }

        // Test code may use reflection-based System.Text.Json; it honours the generated [JsonConverter] attributes.
        return JsonSerializer.Deserialize(json, target);
    }
}
