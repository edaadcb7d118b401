using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace OpenApiClientGenerator.Parsing;

/// <summary>
/// Finds the example the spec documents for a body or parameter, checks that it fits the schema the way the
/// generated readers will, and otherwise synthesizes a valid value from the schema.
/// </summary>
internal sealed class ExampleBuilder
{
    private const int MaxDepth = 8;

    /// <summary>The documented example of a media type, if it fits; null when there is none or it does not fit.</summary>
    public static JsonNode? Documented(IOpenApiMediaType media)
    {
        if (!JsonNodes.IsNull(media.Example))
        {
            return media.Example;
        }

        var first = media.Examples?.Values.FirstOrDefault(example => example is not null && !JsonNodes.IsNull(example.Value));
        if (first?.Value is { } value)
        {
            return value;
        }

        var example = SchemaFacts.ExampleOf(media.Schema) ?? SchemaFacts.ExampleOf(SchemaFacts.Resolve(media.Schema));
        return JsonNodes.IsNull(example) ? null : example;
    }

    /// <summary>Why <paramref name="value"/> would not be read as <paramref name="schema"/>; null when it would.</summary>
    public static string? Mismatch(JsonNode? value, IOpenApiSchema? schema, string path = "$", int depth = 0)
    {
        var resolved = SchemaFacts.Resolve(schema);
        if (resolved is null || depth > 32)
        {
            return null;
        }

        var shape = SchemaShape.Classify(resolved, new DiagnosticCollector(), "#");
        if (JsonNodes.IsNull(value))
        {
            return shape.Nullable || shape.Kind is ShapeKind.Any or ShapeKind.Union or ShapeKind.Alias ? null : path + " is null";
        }

        switch (shape.Kind)
        {
            case ShapeKind.Alias:
                return Mismatch(value, shape.Member, path, depth + 1);
            case ShapeKind.Any:
            case ShapeKind.Union:
                return null;
            case ShapeKind.Enum:
                return value is JsonValue && JsonNodes.Kind(value) == JsonValueKind.String ? null : path + " is not a string";
            case ShapeKind.Primitive:
                return PrimitiveMismatch(value!, resolved, path);
            case ShapeKind.List:
                if (value is not JsonArray array)
                {
                    return path + " is not an array";
                }

                for (var i = 0; i < array.Count; i++)
                {
                    var inner = Mismatch(array[i], resolved.Items, path + "[" + i + "]", depth + 1);
                    if (inner is not null)
                    {
                        return inner;
                    }
                }

                return null;
            case ShapeKind.Map:
                if (value is not JsonObject map)
                {
                    return path + " is not an object";
                }

                foreach (var pair in map)
                {
                    var inner = Mismatch(pair.Value, resolved.AdditionalProperties, path + "." + pair.Key, depth + 1);
                    if (inner is not null)
                    {
                        return inner;
                    }
                }

                return null;
            default:
                return ObjectMismatch(value!, resolved, path, depth);
        }
    }

    /// <summary>A value valid for <paramref name="schema"/>, preferring examples and defaults written in the spec.</summary>
    public static JsonNode? Synthesize(IOpenApiSchema? schema, bool forResponse) =>
        Synthesize(schema, forResponse, 0, new HashSet<IOpenApiSchema>());

    private static JsonNode? Synthesize(IOpenApiSchema? schema, bool forResponse, int depth, HashSet<IOpenApiSchema> stack)
    {
        var resolved = SchemaFacts.Resolve(schema);
        if (resolved is null)
        {
            return new JsonObject();
        }

        foreach (var candidate in new[] { SchemaFacts.ExampleOf(schema), SchemaFacts.ExampleOf(resolved), schema?.Default, resolved.Default })
        {
            if (!JsonNodes.IsNull(candidate) && Mismatch(candidate, resolved) is null)
            {
                return JsonNodes.Clean(candidate);
            }
        }

        var shape = SchemaShape.Classify(resolved, new DiagnosticCollector(), "#");
        if (depth > MaxDepth || !stack.Add(resolved))
        {
            return shape.Kind switch
            {
                ShapeKind.List => new JsonArray(),
                ShapeKind.Map or ShapeKind.Any => new JsonObject(),
                _ when shape.Nullable => null,
                ShapeKind.Object => MinimalObject(resolved, forResponse),
                _ => Scalar(resolved),
            };
        }

        try
        {
            switch (shape.Kind)
            {
                case ShapeKind.Alias:
                    return Synthesize(shape.Member, forResponse, depth + 1, stack);
                case ShapeKind.Any:
                    return new JsonObject();
                case ShapeKind.Enum:
                    return JsonValue.Create(resolved.Enum!.Select(JsonNodes.AsString).First(value => value is not null));
                case ShapeKind.Primitive:
                    return Scalar(resolved);
                case ShapeKind.List:
                    return new JsonArray(Synthesize(resolved.Items, forResponse, depth + 1, stack));
                case ShapeKind.Map:
                    return new JsonObject { ["key"] = Synthesize(resolved.AdditionalProperties, forResponse, depth + 1, stack) };
                case ShapeKind.Union:
                    return SynthesizeUnion(resolved, forResponse, depth, stack);
                default:
                    return SynthesizeObject(resolved, forResponse, depth, stack);
            }
        }
        finally
        {
            stack.Remove(resolved);
        }
    }

    private static JsonNode? SynthesizeUnion(IOpenApiSchema schema, bool forResponse, int depth, HashSet<IOpenApiSchema> stack)
    {
        var members = SchemaFacts.NonNullMembers(schema.OneOf is { Count: > 0 } ? schema.OneOf : schema.AnyOf);
        var first = members.FirstOrDefault();
        var value = Synthesize(first, forResponse, depth + 1, stack);
        var property = schema.Discriminator?.PropertyName;
        if (property is not null && value is JsonObject obj && first is not null && SchemaFacts.ComponentKey(first) is { } key)
        {
            var mapped = schema.Discriminator!.Mapping?.FirstOrDefault(pair => SchemaFacts.ComponentKey(pair.Value) == key).Key;
            obj[property] = mapped ?? (JsonNodes.AsString(obj[property]) is { Length: > 0 } existing ? existing : key);
        }

        return value;
    }

    private static JsonObject SynthesizeObject(IOpenApiSchema schema, bool forResponse, int depth, HashSet<IOpenApiSchema> stack)
    {
        var result = new JsonObject();
        foreach (var property in AllProperties(schema))
        {
            var resolved = SchemaFacts.Resolve(property.Value);
            if (resolved is null || (forResponse ? resolved.WriteOnly || property.Value.WriteOnly : resolved.ReadOnly || property.Value.ReadOnly))
            {
                continue;
            }

            var required = RequiredNames(schema).Contains(property.Key);
            if (!required && depth > 2)
            {
                continue;
            }

            if (!required && stack.Contains(resolved))
            {
                continue;
            }

            result[property.Key] = Synthesize(property.Value, forResponse, depth + 1, stack);
        }

        return result;
    }

    private static JsonObject MinimalObject(IOpenApiSchema schema, bool forResponse)
    {
        var result = new JsonObject();
        var required = RequiredNames(schema);
        foreach (var property in AllProperties(schema).Where(pair => required.Contains(pair.Key)))
        {
            var resolved = SchemaFacts.Resolve(property.Value);
            result[property.Key] = resolved is null ? null : SchemaShape.Classify(resolved, new DiagnosticCollector(), "#").Kind switch
            {
                ShapeKind.List => new JsonArray(),
                ShapeKind.Primitive or ShapeKind.Enum => Scalar(resolved),
                _ => new JsonObject(),
            };
        }

        return result;
    }

    private static JsonNode? Scalar(IOpenApiSchema schema)
    {
        if (schema.Const is { } constant)
        {
            return JsonValue.Create(constant);
        }

        var firstEnum = schema.Enum?.FirstOrDefault(value => !JsonNodes.IsNull(value));
        if (firstEnum is not null)
        {
            return JsonNodes.Clean(firstEnum);
        }

        var type = SchemaFacts.NonNullType(schema);
        var format = schema.Format?.ToLowerInvariant();
        switch (type)
        {
            case JsonSchemaType.Boolean:
                return JsonValue.Create(true);
            case JsonSchemaType.Integer:
                return JsonValue.Create(Bounded(schema, 1, integral: true));
            case JsonSchemaType.Number:
            case JsonSchemaType.Integer | JsonSchemaType.Number:
                return format is "int32" or "int64" ? JsonValue.Create(Bounded(schema, 1, true)) : JsonValue.Create(Bounded(schema, 1.5, integral: false));
            default:
                var text = format switch
                {
                    "date-time" => "2024-01-15T10:30:00Z",
                    "date" => "2024-01-15",
                    "time" => "10:30:00Z",
                    "duration" => "PT1H",
                    "uuid" or "guid" => "3fa85f64-5717-4562-b3fc-2c963f66afa6",
                    "uri" or "url" or "uri-reference" or "iri" or "iri-reference" => "https://example.com/",
                    "email" or "idn-email" => "user@example.com",
                    "byte" or "binary" or "base64" => "AAECAw==",
                    "hostname" => "example.com",
                    "ipv4" => "192.0.2.1",
                    "ipv6" => "2001:db8::1",
                    _ => "string",
                };
                if (schema.MinLength is { } min && text.Length < min)
                {
                    text = text.PadRight(min, 'x');
                }

                if (schema.MaxLength is { } max && text.Length > max)
                {
                    text = text.Substring(0, Math.Max(0, max));
                }

                return JsonValue.Create(text);
        }
    }

    private static double Bounded(IOpenApiSchema schema, double preferred, bool integral)
    {
        var value = preferred;
        if (TryParse(schema.Minimum, out var min) && value < min)
        {
            value = integral ? Math.Ceiling(min) : min;
        }

        if (TryParse(schema.ExclusiveMinimum, out var exclusiveMin) && value <= exclusiveMin)
        {
            value = integral ? Math.Floor(exclusiveMin) + 1 : exclusiveMin + 1;
        }

        if (TryParse(schema.Maximum, out var max) && value > max)
        {
            value = integral ? Math.Floor(max) : max;
        }

        if (TryParse(schema.ExclusiveMaximum, out var exclusiveMax) && value >= exclusiveMax)
        {
            value = integral ? Math.Ceiling(exclusiveMax) - 1 : exclusiveMax - 0.5;
        }

        return value;
    }

    private static bool TryParse(string? text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    private static string? PrimitiveMismatch(JsonNode value, IOpenApiSchema schema, string path)
    {
        var kind = JsonNodes.Kind(value);
        var text = kind == JsonValueKind.String ? value.GetValue<string>() : null;
        var type = SchemaFacts.NonNullType(schema) ?? JsonSchemaType.String;
        var format = schema.Format?.ToLowerInvariant();
        // Stricter than the generated readers (which accept "1" for 1): a mock must answer with exactly the declared types.
        switch (type)
        {
            case JsonSchemaType.Boolean:
                return kind is JsonValueKind.True or JsonValueKind.False ? null : path + " is not a boolean";
            case JsonSchemaType.Integer:
                return JsonNodes.TryGetNumber(value, out var number) && Math.Floor(number) == number && !(format is "int32" && Math.Abs(number) > int.MaxValue)
                    ? null
                    : path + " is not an integer" + (format is null ? string.Empty : " of format " + format);
            case JsonSchemaType.Number:
            case JsonSchemaType.Integer | JsonSchemaType.Number:
                return kind == JsonValueKind.Number ? null : path + " is not a number";
            case JsonSchemaType.String:
                if (text is null)
                {
                    return path + " is not a string";
                }

                var fits = format switch
                {
                    "date-time" => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _),
                    "date" => DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                        || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _),
                    "uuid" or "guid" => Guid.TryParse(text, out _),
                    "uri" or "uri-reference" or "iri" or "iri-reference" => Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out _),
                    "byte" or "base64" => IsBase64(text),
                    "duration" => IsDuration(text),
                    _ => true,
                };
                return fits ? null : path + " is not a valid " + format;
            default:
                return null;
        }
    }

    private static string? ObjectMismatch(JsonNode value, IOpenApiSchema schema, string path, int depth)
    {
        if (value is not JsonObject obj)
        {
            return path + " is not an object";
        }

        var properties = AllProperties(schema).GroupBy(pair => pair.Key).ToDictionary(group => group.Key, group => group.First().Value, StringComparer.Ordinal);
        foreach (var name in RequiredNames(schema))
        {
            if (!properties.TryGetValue(name, out var propertySchema))
            {
                continue;
            }

            var resolved = SchemaFacts.Resolve(propertySchema);
            if (resolved is null || resolved.ReadOnly || resolved.WriteOnly || propertySchema.ReadOnly || propertySchema.WriteOnly)
            {
                continue;
            }

            if (!obj.ContainsKey(name))
            {
                return path + "." + name + " is required but missing";
            }
        }

        var required = RequiredNames(schema);
        foreach (var pair in obj)
        {
            // Optional properties are nullable in C#, so the readers take null for them whatever the schema says.
            if (JsonNodes.IsNull(pair.Value) && !required.Contains(pair.Key))
            {
                continue;
            }

            if (properties.TryGetValue(pair.Key, out var propertySchema))
            {
                var inner = Mismatch(pair.Value, propertySchema, path + "." + pair.Key, depth + 1);
                if (inner is not null)
                {
                    return inner;
                }
            }
        }

        return null;
    }

    /// <summary>Properties of an object schema including its allOf members (and, as optional, oneOf/anyOf members).</summary>
    public static List<KeyValuePair<string, IOpenApiSchema>> AllProperties(IOpenApiSchema schema)
    {
        var result = new List<KeyValuePair<string, IOpenApiSchema>>();
        VisitObject(schema, includeAlternatives: true, resolved =>
        {
            foreach (var pair in resolved.Properties ?? new Dictionary<string, IOpenApiSchema>())
            {
                if (!result.Any(existing => existing.Key == pair.Key))
                {
                    result.Add(pair);
                }
            }
        });
        return result;
    }

    /// <summary>Required property names of an object schema including its allOf members.</summary>
    public static HashSet<string> RequiredNames(IOpenApiSchema schema)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        VisitObject(schema, includeAlternatives: false, resolved => result.UnionWith(resolved.Required ?? new HashSet<string>()));
        return result;
    }

    /// <summary>Visits an object schema and its allOf members (allOf first, once each), optionally its object oneOf/anyOf members.</summary>
    private static void VisitObject(IOpenApiSchema schema, bool includeAlternatives, Action<IOpenApiSchema> visit)
    {
        var visited = new HashSet<IOpenApiSchema>();
        Visit(schema);

        void Visit(IOpenApiSchema? current)
        {
            var resolved = SchemaFacts.Resolve(current);
            if (resolved is null || !visited.Add(resolved))
            {
                return;
            }

            foreach (var member in resolved.AllOf ?? new List<IOpenApiSchema>())
            {
                Visit(member);
            }

            visit(resolved);
            if (!includeAlternatives)
            {
                return;
            }

            foreach (var member in (resolved.OneOf is { Count: > 0 } ? resolved.OneOf : resolved.AnyOf) ?? new List<IOpenApiSchema>())
            {
                if (SchemaFacts.IsObjectLike(member))
                {
                    Visit(member);
                }
            }
        }
    }

    private static bool IsBase64(string text)
    {
        try
        {
            Convert.FromBase64String(text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static bool IsDuration(string text)
    {
        try
        {
            System.Xml.XmlConvert.ToTimeSpan(text);
            return true;
        }
        catch (FormatException)
        {
            return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out _);
        }
        catch (OverflowException)
        {
            return false;
        }
    }
}
