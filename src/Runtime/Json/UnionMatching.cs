using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenApiClientGenerator.Runtime;

/// <summary>Picks the variant of a oneOf/anyOf union that a JSON value fits, when there is no discriminator.</summary>
public static class UnionMatching
{
    /// <summary>
    /// The indexes of the variants <paramref name="element"/> fits, best first: for objects, variants that
    /// declare more of its properties (and fewer unknown ones) rank higher; ties keep the spec's order.
    /// </summary>
    public static int[] Rank(JsonElement element, IReadOnlyList<UnionVariantShape> variants)
    {
        var scored = new List<KeyValuePair<int, int>>();
        for (var i = 0; i < variants.Count; i++)
        {
            var variant = variants[i];
            if (!Fits(element, variant.Shape, variant.RequiredProperties) || !ConstantsMatch(element, variant))
            {
                continue;
            }

            var score = 0;
            if (element.ValueKind == JsonValueKind.Object && variant.KnownProperties.Count > 0)
            {
                foreach (var property in element.EnumerateObject())
                {
                    score += variant.Knows(property.Name) ? 2 : -1;
                }
            }

            scored.Add(new KeyValuePair<int, int>(i, score));
        }

        // A stable sort: equal scores keep the spec's order.
        var ordered = new int[scored.Count];
        var index = 0;
        foreach (var pair in System.Linq.Enumerable.OrderByDescending(scored, entry => entry.Value))
        {
            ordered[index++] = pair.Key;
        }

        return ordered;
    }

    private static bool ConstantsMatch(JsonElement element, UnionVariantShape variant)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return true;
        }

        foreach (var constant in variant.Constants)
        {
            if (element.TryGetProperty(constant.Key, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() != constant.Value)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="element"/> has the shape and, for objects, all the required properties.</summary>
    public static bool Fits(JsonElement element, JsonShape shape, IReadOnlyList<string> requiredProperties)
    {
        switch (shape)
        {
            case JsonShape.Any:
                return true;
            case JsonShape.Object:
                if (element.ValueKind != JsonValueKind.Object)
                {
                    return false;
                }

                foreach (var name in requiredProperties)
                {
                    if (!element.TryGetProperty(name, out _))
                    {
                        return false;
                    }
                }

                return true;
            case JsonShape.Array:
                return element.ValueKind == JsonValueKind.Array;
            case JsonShape.String:
                return element.ValueKind == JsonValueKind.String;
            case JsonShape.Number:
                return element.ValueKind == JsonValueKind.Number;
            case JsonShape.Integer:
                return element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out _);
            case JsonShape.Boolean:
                return element.ValueKind is JsonValueKind.True or JsonValueKind.False;
            default:
                return false;
        }
    }

    /// <summary>Reads the variant, or returns false when the value does not fit it after all.</summary>
    public static bool TryRead<T>(JsonElement element, JsonConverter<T> converter, JsonSerializerOptions options, out T value)
    {
        try
        {
            value = JsonCodecs.FromElement(element, converter, options);
            return value is not null;
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException or OverflowException or ArgumentException)
        {
            value = default!;
            return false;
        }
    }
}
