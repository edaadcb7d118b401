using System;
using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Xml;

namespace OpenApiClientGenerator.Runtime;

// Readers are lenient where real servers commonly drift from their spec (numbers and booleans sent
// as strings); writers always produce the type the spec declares.

internal sealed class StringCodec : JsonConverter<string>
{
    public override bool HandleNull => true;

    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString()!,
        JsonTokenType.Null => null!,
        JsonTokenType.Number => Encoding.UTF8.GetString(ScalarText.Raw(ref reader)),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => throw new JsonException($"Expected a string but found {reader.TokenType}."),
    };

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }
}

internal sealed class Int32Codec : JsonConverter<int>
{
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? int.Parse(reader.GetString()!, NumberStyles.Integer, CultureInfo.InvariantCulture)
            : reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) ? value
            : checked((int)ScalarText.ReadIntegralDouble(ref reader));

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}

internal sealed class Int64Codec : JsonConverter<long>
{
    public override long Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? long.Parse(reader.GetString()!, NumberStyles.Integer, CultureInfo.InvariantCulture)
            : reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value) ? value
            : checked((long)ScalarText.ReadIntegralDouble(ref reader));

    public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}

internal sealed class DoubleCodec : JsonConverter<double>
{
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? double.Parse(reader.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture)
            : ScalarText.ExpectNumber(ref reader).GetDouble();

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}

internal sealed class SingleCodec : JsonConverter<float>
{
    public override float Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? float.Parse(reader.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture)
            : ScalarText.ExpectNumber(ref reader).GetSingle();

    public override void Write(Utf8JsonWriter writer, float value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}

internal sealed class DecimalCodec : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? decimal.Parse(reader.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture)
            : ScalarText.ExpectNumber(ref reader).GetDecimal();

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}

internal sealed class BooleanCodec : JsonConverter<bool>
{
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.String when bool.TryParse(reader.GetString(), out var parsed) => parsed,
        _ => throw new JsonException($"Expected a boolean but found {reader.TokenType}."),
    };

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);
}

internal sealed class DateTimeOffsetCodec : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var value))
        {
            return value;
        }

        var text = ScalarText.ExpectString(ref reader);
        return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

internal sealed class GuidCodec : JsonConverter<Guid>
{
    public override Guid Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Guid.Parse(ScalarText.ExpectString(ref reader));

    public override void Write(Utf8JsonWriter writer, Guid value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

internal sealed class UriCodec : JsonConverter<Uri>
{
    public override bool HandleNull => true;

    public override Uri Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null! : new Uri(ScalarText.ExpectString(ref reader), UriKind.RelativeOrAbsolute);

    public override void Write(Utf8JsonWriter writer, Uri value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value.OriginalString);
        }
    }
}

internal sealed class DurationCodec : JsonConverter<TimeSpan>
{
    public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = ScalarText.ExpectString(ref reader);
        return text.Length > 0 && (text[0] == 'P' || text[0] == '-')
            ? XmlConvert.ToTimeSpan(text)
            : TimeSpan.Parse(text, CultureInfo.InvariantCulture);
    }

    public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options) => writer.WriteStringValue(XmlConvert.ToString(value));
}

internal sealed class BytesCodec : JsonConverter<byte[]>
{
    public override bool HandleNull => true;

    public override byte[] Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null! : reader.GetBytesFromBase64();

    public override void Write(Utf8JsonWriter writer, byte[] value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteBase64StringValue(value);
        }
    }
}

internal sealed class FileCodec : JsonConverter<FileParameter>
{
    public override bool HandleNull => true;

    public override FileParameter Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null! : new FileParameter(reader.TryGetBytesFromBase64(out var bytes) ? bytes : Encoding.UTF8.GetBytes(reader.GetString()!));

    public override void Write(Utf8JsonWriter writer, FileParameter value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteBase64StringValue(value.ToArray());
        }
    }
}

#if NET6_0_OR_GREATER
internal sealed class DateOnlyCodec : JsonConverter<DateOnly>
{
    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = ScalarText.ExpectString(ref reader);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : DateOnly.FromDateTime(DateTimeOffset.Parse(text, CultureInfo.InvariantCulture).Date);
    }

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}

internal sealed class TimeOnlyCodec : JsonConverter<TimeOnly>
{
    public override TimeOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TimeOnly.Parse(ScalarText.ExpectString(ref reader), CultureInfo.InvariantCulture);

    public override void Write(Utf8JsonWriter writer, TimeOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture));
}
#endif

internal static class ScalarText
{
    public static string ExpectString(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : throw new JsonException($"Expected a string but found {reader.TokenType}.");

    public static ref Utf8JsonReader ExpectNumber(ref Utf8JsonReader reader) =>
        ref reader.TokenType == JsonTokenType.Number
            ? ref reader
            : ref Throw(ref reader);

    // Integers written as 1.0 or 1e3 by some servers.
    public static double ReadIntegralDouble(ref Utf8JsonReader reader)
    {
        var value = ExpectNumber(ref reader).GetDouble();
        if (Math.Floor(value) != value)
        {
            throw new JsonException($"Expected an integer but found {value.ToString(CultureInfo.InvariantCulture)}.");
        }

        return value;
    }

    public static byte[] Raw(ref Utf8JsonReader reader) =>
        reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray();

    private static ref Utf8JsonReader Throw(ref Utf8JsonReader reader) =>
        throw new JsonException($"Expected a number but found {reader.TokenType}.");
}
