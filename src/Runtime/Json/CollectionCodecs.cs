using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenApiClientGenerator.Runtime;

internal sealed class ListCodec<T> : JsonConverter<IReadOnlyList<T>>
{
    private readonly JsonConverter<T> _item;

    public ListCodec(JsonConverter<T> item) => _item = item;

    public override bool HandleNull => true;

    public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null!;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected a JSON array but found {reader.TokenType}.");
        }

        var list = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            list.Add(JsonCodecs.Read(ref reader, _item, options));
        }

        return list;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartArray();
        foreach (var item in value)
        {
            JsonCodecs.Write(writer, item, _item, options);
        }

        writer.WriteEndArray();
    }
}

internal sealed class MapCodec<T> : JsonConverter<IReadOnlyDictionary<string, T>>
{
    private readonly JsonConverter<T> _value;

    public MapCodec(JsonConverter<T> value) => _value = value;

    public override bool HandleNull => true;

    public override IReadOnlyDictionary<string, T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null!;
        }

        JsonReading.ExpectStartObject(ref reader, "a map");
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        while (JsonReading.NextProperty(ref reader, out var name))
        {
            map[name] = JsonCodecs.Read(ref reader, _value, options);
        }

        return map;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, T> value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        foreach (var pair in value)
        {
            writer.WritePropertyName(pair.Key);
            JsonCodecs.Write(writer, pair.Value, _value, options);
        }

        writer.WriteEndObject();
    }
}

internal sealed class NullableCodec<T> : JsonConverter<T?>
    where T : struct
{
    private readonly JsonConverter<T> _inner;

    public NullableCodec(JsonConverter<T> inner) => _inner = inner;

    public override bool HandleNull => true;

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null : _inner.Read(ref reader, typeof(T), options);

    public override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options)
    {
        if (value is { } present)
        {
            _inner.Write(writer, present, options);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
