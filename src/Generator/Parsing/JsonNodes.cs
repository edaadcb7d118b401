using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace OpenApiClientGenerator.Parsing;

/// <summary>
/// Helpers for the <see cref="JsonNode"/> values Microsoft.OpenApi hands out (examples, defaults, enums),
/// where JSON null is a sentinel string rather than a C# null.
/// </summary>
internal static class JsonNodes
{
    public static bool IsNull(JsonNode? node) => node is null || JsonNullSentinel.IsJsonNullSentinel(node);

    /// <summary>A deep copy with the null sentinel turned back into real JSON nulls.</summary>
    public static JsonNode? Clean(JsonNode? node)
    {
        if (IsNull(node))
        {
            return null;
        }

        switch (node)
        {
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var pair in obj)
                {
                    copy[pair.Key] = Clean(pair.Value);
                }

                return copy;
            case JsonArray array:
                var items = new JsonArray();
                foreach (var item in array)
                {
                    items.Add(Clean(item));
                }

                return items;
            default:
                return JsonNode.Parse(node!.ToJsonString());
        }
    }

    /// <summary>Compact JSON text with nulls restored.</summary>
    public static string ToJson(JsonNode? node) => Clean(node)?.ToJsonString() ?? "null";

    public static JsonValueKind Kind(JsonNode? node) => IsNull(node) ? JsonValueKind.Null : node!.GetValueKind();

    /// <summary>The number a JSON number node holds, whatever CLR type backs it.</summary>
    public static bool TryGetNumber(JsonNode? node, out double value)
    {
        value = 0;
        return Kind(node) == JsonValueKind.Number
            && double.TryParse(node!.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The node's string value, or null when it is not a JSON string.</summary>
    public static string? AsString(JsonNode? node) =>
        !IsNull(node) && node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
