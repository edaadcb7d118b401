using System.Globalization;
using System.Text.Json;

namespace Clients.Tests.Infrastructure;

/// <summary>Computes, from the spec alone, the path and query a request must carry for the given example values.</summary>
internal static class ExpectedRequest
{
    public static string Path(SpecOperation operation, IReadOnlyDictionary<string, string> examples)
    {
        var path = operation.Path.Split('#')[0];
        foreach (var parameter in operation.Parameters.Where(parameter => parameter.In == "Path"))
        {
            if (examples.TryGetValue("path:" + parameter.Name, out var json))
            {
                path = path.Replace("{" + parameter.Name + "}", Uri.EscapeDataString(Scalar(json)));
            }
        }

        return path;
    }

    /// <summary>The query pairs (name, value) in spec order, before URL encoding.</summary>
    public static List<KeyValuePair<string, string>> Query(SpecOperation operation, IReadOnlyDictionary<string, string> examples)
    {
        var result = new List<KeyValuePair<string, string>>();
        foreach (var parameter in operation.Parameters.Where(parameter => parameter.In == "Query"))
        {
            if (!examples.TryGetValue("query:" + parameter.Name, out var json))
            {
                continue;
            }

            using var document = JsonDocument.Parse(json);
            var value = document.RootElement;
            if (parameter.IsJsonContent)
            {
                // content: application/json parameters carry the whole value as JSON text.
                result.Add(new KeyValuePair<string, string>(parameter.Name, value.GetRawText()));
            }
            else if (value.ValueKind == JsonValueKind.Array)
            {
                var items = value.EnumerateArray().Select(item => Scalar(item.GetRawText())).ToList();
                if (parameter.Explode)
                {
                    result.AddRange(items.Select(item => new KeyValuePair<string, string>(parameter.Name, item)));
                }
                else
                {
                    result.Add(new KeyValuePair<string, string>(parameter.Name, string.Join(",", items)));
                }
            }
            else
            {
                result.Add(new KeyValuePair<string, string>(parameter.Name, Scalar(json)));
            }
        }

        return result;
    }

    /// <summary>The wire text of a JSON scalar: strings unquoted, numbers and booleans as written; objects/arrays as JSON.</summary>
    public static string Scalar(string json)
    {
        using var document = JsonDocument.Parse(json);
        var value = document.RootElement;
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Number => value.GetDecimal().ToString(CultureInfo.InvariantCulture),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => value.GetRawText(),
        };
    }

    public static List<KeyValuePair<string, string>> ParseQuery(string query) =>
        query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(parts => new KeyValuePair<string, string>(Uri.UnescapeDataString(parts[0]), Uri.UnescapeDataString(parts.Length > 1 ? parts[1] : string.Empty)))
            .ToList();
}
