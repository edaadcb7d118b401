using System;
using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;

namespace OpenApiClientGenerator.Runtime;

/// <summary>Turns parameter values into their wire text, culture-invariant.</summary>
public static class ApiValueFormatter
{
    /// <summary>Formats one scalar value; null becomes null.</summary>
    public static string? Format(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        DateTimeOffset d => d.Offset == TimeSpan.Zero
            ? d.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture)
            : d.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", CultureInfo.InvariantCulture),
#if NET6_0_OR_GREATER
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
#endif
        TimeSpan t => XmlConvert.ToString(t),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        Guid g => g.ToString("D"),
        Uri u => u.OriginalString,
        byte[] bytes => Convert.ToBase64String(bytes),
        JsonElement e => e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText(),
        JsonNode n => n is JsonValue v && v.TryGetValue<string>(out var text) ? text : n.ToJsonString(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>True when the value is a list of values rather than one scalar.</summary>
    public static bool IsSequence(object? value) =>
        value is IEnumerable && value is not string && value is not byte[];
}
