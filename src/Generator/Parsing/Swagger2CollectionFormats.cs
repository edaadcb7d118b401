using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi.YamlReader;
using SharpYaml.Serialization;

namespace OpenApiClientGenerator.Parsing;

/// <summary>
/// The <c>collectionFormat</c> of Swagger 2.0 array parameters, read from the raw document: Microsoft.OpenApi
/// turns both <c>csv</c> (the default) and <c>multi</c> into an exploded form style, so the difference is lost there.
/// </summary>
internal sealed class Swagger2CollectionFormats
{
    private readonly Dictionary<string, string> _formats = new(StringComparer.Ordinal);

    private Swagger2CollectionFormats()
    {
    }

    /// <summary>Reads a 2.0 document's array parameters; null for other versions or unreadable text.</summary>
    public static Swagger2CollectionFormats? Read(string text, bool isYaml)
    {
        JsonNode? root;
        try
        {
            if (isYaml)
            {
                var stream = new YamlStream();
                stream.Load(new StringReader(text));
                root = stream.Documents.Count == 0 ? null : YamlConverter.ToJsonNode(stream.Documents[0]);
            }
            else
            {
                root = JsonNode.Parse(text);
            }
        }
        catch (Exception exception) when (exception is JsonException or SharpYaml.YamlException or InvalidOperationException)
        {
            return null;
        }

        if (root is not JsonObject document || JsonNodes.AsString(document["swagger"]) is not { } version || !version.StartsWith("2", StringComparison.Ordinal))
        {
            return null;
        }

        var result = new Swagger2CollectionFormats();
        var shared = document["parameters"] as JsonObject;
        if (document["paths"] is JsonObject paths)
        {
            foreach (var path in paths)
            {
                if (path.Value is not JsonObject item)
                {
                    continue;
                }

                var pathLevel = item["parameters"] as JsonArray;
                foreach (var operation in item)
                {
                    if (operation.Value is JsonObject body && operation.Key != "parameters")
                    {
                        result.Add(path.Key, operation.Key, pathLevel, shared);
                        result.Add(path.Key, operation.Key, body["parameters"] as JsonArray, shared);
                    }
                }
            }
        }

        return result;
    }

    /// <summary>True for <c>multi</c>, false for the joined formats; null when the parameter is not a known array.</summary>
    public bool? Explode(string path, string method, string name, string location) =>
        _formats.TryGetValue(Key(path, method, name, location), out var format) ? format == "multi" : null;

    private void Add(string path, string method, JsonArray? parameters, JsonObject? shared)
    {
        foreach (var entry in parameters ?? new JsonArray())
        {
            var parameter = entry as JsonObject;
            if (JsonNodes.AsString(parameter?["$ref"]) is { } reference && reference.StartsWith("#/parameters/", StringComparison.Ordinal))
            {
                parameter = shared?[reference.Substring("#/parameters/".Length)] as JsonObject;
            }

            if (parameter is null || JsonNodes.AsString(parameter["type"]) != "array"
                || JsonNodes.AsString(parameter["name"]) is not { } name || JsonNodes.AsString(parameter["in"]) is not { } location)
            {
                continue;
            }

            _formats[Key(path, method, name, location)] = JsonNodes.AsString(parameter["collectionFormat"]) ?? "csv";
        }
    }

    private static string Key(string path, string method, string name, string location) =>
        path + "\n" + method.ToLowerInvariant() + "\n" + name + "\n" + location.ToLowerInvariant();
}
