using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace OpenApiClientGenerator.Runtime;

/// <summary>
/// Converters for the JSON shapes generated models are built from, and helpers that run a converter
/// without going through <see cref="JsonSerializer"/>'s reflection-based paths (trim- and AOT-safe).
/// Reference-typed converters read JSON <c>null</c> as <c>null</c>; generated code decides whether that is allowed.
/// </summary>
public static class JsonCodecs
{
    private static readonly JsonSerializerOptions DefaultOptions = new();
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary><c>string</c>.</summary>
    public static JsonConverter<string> String { get; } = new StringCodec();

    /// <summary><c>integer/int32</c>.</summary>
    public static JsonConverter<int> Int32 { get; } = new Int32Codec();

    /// <summary><c>integer/int64</c> and <c>integer</c> without format.</summary>
    public static JsonConverter<long> Int64 { get; } = new Int64Codec();

    /// <summary><c>number/double</c> and <c>number</c> without format.</summary>
    public static JsonConverter<double> Double { get; } = new DoubleCodec();

    /// <summary><c>number/float</c>.</summary>
    public static JsonConverter<float> Single { get; } = new SingleCodec();

    /// <summary><c>number/decimal</c>.</summary>
    public static JsonConverter<decimal> Decimal { get; } = new DecimalCodec();

    /// <summary><c>boolean</c>.</summary>
    public static JsonConverter<bool> Boolean { get; } = new BooleanCodec();

    /// <summary><c>string/date-time</c>.</summary>
    public static JsonConverter<DateTimeOffset> DateTimeOffset { get; } = new DateTimeOffsetCodec();

    /// <summary><c>string/uuid</c>.</summary>
    public static JsonConverter<Guid> Guid { get; } = new GuidCodec();

    /// <summary><c>string/uri</c>.</summary>
    public static JsonConverter<Uri> Uri { get; } = new UriCodec();

    /// <summary><c>string/duration</c> (ISO 8601).</summary>
    public static JsonConverter<TimeSpan> Duration { get; } = new DurationCodec();

    /// <summary><c>string/byte</c> (base64).</summary>
    public static JsonConverter<byte[]> Bytes { get; } = new BytesCodec();

    /// <summary><c>string/binary</c> inside JSON (base64).</summary>
    public static JsonConverter<FileParameter> File { get; } = new FileCodec();

#if NET6_0_OR_GREATER
    /// <summary><c>string/date</c>.</summary>
    public static JsonConverter<DateOnly> Date { get; } = new DateOnlyCodec();

    /// <summary><c>string/time</c> without an offset.</summary>
    public static JsonConverter<TimeOnly> Time { get; } = new TimeOnlyCodec();
#endif

    /// <summary>Any JSON value, kept as a mutable node (free-form schemas).</summary>
    public static JsonConverter<JsonNode> Node { get; } = new JsonNodeCodec();

    /// <summary>Any JSON value, kept as an immutable element.</summary>
    public static JsonConverter<JsonElement> Element { get; } = new JsonElementCodec();

    /// <summary>A JSON array.</summary>
    public static JsonConverter<IReadOnlyList<T>> ListOf<T>(JsonConverter<T> item) => new ListCodec<T>(item);

    /// <summary>A JSON object used as a string-keyed map.</summary>
    public static JsonConverter<IReadOnlyDictionary<string, T>> MapOf<T>(JsonConverter<T> value) => new MapCodec<T>(value);

    /// <summary>A JSON array whose items may be <c>null</c>.</summary>
    public static JsonConverter<IReadOnlyList<T?>> ListOfNullable<T>(JsonConverter<T> item)
        where T : class => (JsonConverter<IReadOnlyList<T?>>)(object)new ListCodec<T>(item);

    /// <summary>A string-keyed map whose values may be <c>null</c>.</summary>
    public static JsonConverter<IReadOnlyDictionary<string, T?>> MapOfNullable<T>(JsonConverter<T> value)
        where T : class => (JsonConverter<IReadOnlyDictionary<string, T?>>)(object)new MapCodec<T>(value);

    /// <summary>A value type that may be JSON <c>null</c>.</summary>
    public static JsonConverter<T?> Nullable<T>(JsonConverter<T> inner)
        where T : struct => new NullableCodec<T>(inner);

    /// <summary>Reads one value with <paramref name="converter"/>, treating JSON null as <c>default</c>.</summary>
    public static T Read<T>(ref Utf8JsonReader reader, JsonConverter<T> converter, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null && default(T) is null)
        {
            return default!;
        }

        return converter.Read(ref reader, typeof(T), options)!;
    }

    /// <summary>Writes one value with <paramref name="converter"/>; null becomes JSON null.</summary>
    public static void Write<T>(Utf8JsonWriter writer, T value, JsonConverter<T> converter, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        converter.Write(writer, value, options);
    }

    /// <summary>Writes a property name and its value (null becomes JSON null).</summary>
    public static void WriteProperty<T>(Utf8JsonWriter writer, string name, T value, JsonConverter<T> converter, JsonSerializerOptions options)
    {
        writer.WritePropertyName(name);
        Write(writer, value, converter, options);
    }

    /// <summary>Writes a property name and its value, or nothing when the value is null.</summary>
    public static void WriteOptionalProperty<T>(Utf8JsonWriter writer, string name, T value, JsonConverter<T> converter, JsonSerializerOptions options)
    {
        if (value is not null)
        {
            writer.WritePropertyName(name);
            converter.Write(writer, value, options);
        }
    }

    /// <summary>Writes the properties a model keeps outside its declared ones (nothing when null).</summary>
    public static void WriteAdditionalProperties<T>(Utf8JsonWriter writer, IReadOnlyDictionary<string, T>? properties, JsonConverter<T> converter, JsonSerializerOptions options)
    {
        if (properties is null)
        {
            return;
        }

        foreach (var pair in properties)
        {
            writer.WritePropertyName(pair.Key);
            Write(writer, pair.Value, converter, options);
        }
    }

    /// <summary>Serializes to UTF-8 JSON bytes.</summary>
    public static byte[] ToUtf8Bytes<T>(T value, JsonConverter<T> converter)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            Write(writer, value, converter, DefaultOptions);
        }

        return stream.ToArray();
    }

    /// <summary>Serializes to a JSON string.</summary>
    public static string ToJsonString<T>(T value, JsonConverter<T> converter) =>
        Encoding.UTF8.GetString(ToUtf8Bytes(value, converter));

    /// <summary>Serializes to a <see cref="JsonElement"/>.</summary>
    public static JsonElement ToElement<T>(T value, JsonConverter<T> converter)
    {
        using var document = JsonDocument.Parse(ToUtf8Bytes(value, converter));
        return document.RootElement.Clone();
    }

    /// <summary>Deserializes UTF-8 JSON bytes.</summary>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8Json, JsonConverter<T> converter)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (!reader.Read())
        {
            throw new JsonException("The JSON text is empty.");
        }

        var value = Read(ref reader, converter, DefaultOptions);
        if (reader.Read())
        {
            throw new JsonException("Unexpected JSON after the value, at byte " + reader.TokenStartIndex + ".");
        }

        return value;
    }

    /// <summary>Deserializes a JSON string.</summary>
    public static T Deserialize<T>(string json, JsonConverter<T> converter) =>
        Deserialize(Encoding.UTF8.GetBytes(json).AsSpan(), converter);

    /// <summary>Deserializes a value held in a <see cref="JsonElement"/>.</summary>
    public static T FromElement<T>(JsonElement element, JsonConverter<T> converter, JsonSerializerOptions options)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(element.GetRawText()));
        reader.Read();
        return Read(ref reader, converter, options);
    }

    /// <summary>The parameter text of a structured value: strings unquoted, other scalars as written, objects/arrays as JSON.</summary>
    public static string? ToParameterText<T>(T? value, JsonConverter<T> converter) =>
        value is null ? null : ScalarText(ToElement(value, converter));

    /// <summary>The text of a JSON scalar as it goes into a query string or form field; objects and arrays stay JSON.</summary>
    public static string ScalarText(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => string.Empty,
        _ => element.GetRawText(),
    };
}
