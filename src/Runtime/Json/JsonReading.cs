using System.Text.Json;

namespace OpenApiClientGenerator.Runtime;

/// <summary>Small steps that generated converters repeat for every model.</summary>
public static class JsonReading
{
    /// <summary>Checks that the reader stands on the start of an object.</summary>
    public static void ExpectStartObject(ref Utf8JsonReader reader, string typeName)
    {
        if (reader.TokenType == JsonTokenType.None)
        {
            reader.Read();
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a JSON object for {typeName} but found {reader.TokenType}.");
        }
    }

    /// <summary>
    /// Moves to the next property of the current object and onto its value. Returns false at the end of the object.
    /// </summary>
    public static bool NextProperty(ref Utf8JsonReader reader, out string name)
    {
        if (!reader.Read())
        {
            throw new JsonException("Unexpected end of JSON inside an object.");
        }

        if (reader.TokenType == JsonTokenType.EndObject)
        {
            name = string.Empty;
            return false;
        }

        name = reader.GetString()!;
        if (!reader.Read())
        {
            throw new JsonException($"Unexpected end of JSON after property '{name}'.");
        }

        return true;
    }

    /// <summary>Reads a property the model does not declare into its additional-properties map.</summary>
    public static void ReadAdditionalProperty<T>(ref Utf8JsonReader reader, string name, ref System.Collections.Generic.Dictionary<string, T>? properties, System.Text.Json.Serialization.JsonConverter<T> converter, JsonSerializerOptions options)
    {
        properties ??= new System.Collections.Generic.Dictionary<string, T>(System.StringComparer.Ordinal);
        properties[name] = JsonCodecs.Read(ref reader, converter, options);
    }

    /// <summary>The error for a required property that is missing or null.</summary>
    public static JsonException MissingRequired(string typeName, string jsonName) =>
        new($"Required property '{jsonName}' of {typeName} is missing or null.");

    /// <summary>Copies the current value (and its children) into a <see cref="JsonElement"/>.</summary>
    public static JsonElement CaptureValue(ref Utf8JsonReader reader)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.Clone();
    }

    /// <summary>Finds a string-valued top-level property of the object the reader stands on, without moving the reader.</summary>
    public static string? PeekStringProperty(Utf8JsonReader reader, string propertyName)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var depth = reader.CurrentDepth;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth)
            {
                return null;
            }

            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == depth + 1)
            {
                var matches = reader.ValueTextEquals(propertyName);
                reader.Read();
                if (matches)
                {
                    return reader.TokenType switch
                    {
                        JsonTokenType.String => reader.GetString(),
                        JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False => System.Text.Encoding.UTF8.GetString(reader.ValueSpan.ToArray()),
                        _ => null,
                    };
                }

                reader.Skip();
            }
        }

        return null;
    }
}
