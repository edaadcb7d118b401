using System.Globalization;
using System.Text.Json;
using Xunit;

namespace Clients.Tests.Infrastructure;

/// <summary>
/// Compares JSON by meaning: property order is ignored, a null property equals a missing one, numbers
/// compare by value, and strings that are the same instant in two date-time spellings are equal.
/// </summary>
internal static class JsonAssert
{
    public static void Equivalent(string expected, string actual)
    {
        using var left = JsonDocument.Parse(expected);
        using var right = JsonDocument.Parse(actual);
        var difference = Compare(left.RootElement, right.RootElement, "$");
        Assert.True(difference is null, difference + Environment.NewLine + "expected: " + expected + Environment.NewLine + "actual:   " + actual);
    }

    private static string? Compare(JsonElement expected, JsonElement actual, string path)
    {
        if (expected.ValueKind == JsonValueKind.Object && actual.ValueKind == JsonValueKind.Object)
        {
            var names = expected.EnumerateObject().Select(property => property.Name)
                .Union(actual.EnumerateObject().Select(property => property.Name));
            foreach (var name in names)
            {
                var hasLeft = expected.TryGetProperty(name, out var leftValue) && leftValue.ValueKind != JsonValueKind.Null;
                var hasRight = actual.TryGetProperty(name, out var rightValue) && rightValue.ValueKind != JsonValueKind.Null;
                if (hasLeft != hasRight)
                {
                    return path + "." + name + (hasLeft ? " is missing" : " is unexpected");
                }

                if (hasLeft && Compare(leftValue, rightValue, path + "." + name) is { } inner)
                {
                    return inner;
                }
            }

            return null;
        }

        if (expected.ValueKind == JsonValueKind.Array && actual.ValueKind == JsonValueKind.Array)
        {
            var left = expected.EnumerateArray().ToList();
            var right = actual.EnumerateArray().ToList();
            if (left.Count != right.Count)
            {
                return path + " has " + right.Count + " items, expected " + left.Count;
            }

            for (var i = 0; i < left.Count; i++)
            {
                if (Compare(left[i], right[i], path + "[" + i + "]") is { } inner)
                {
                    return inner;
                }
            }

            return null;
        }

        if (expected.ValueKind == JsonValueKind.Number && actual.ValueKind == JsonValueKind.Number)
        {
            return expected.GetDecimal() == actual.GetDecimal() ? null : path + ": " + actual.GetRawText() + " != " + expected.GetRawText();
        }

        if (expected.ValueKind == JsonValueKind.String && actual.ValueKind == JsonValueKind.String)
        {
            var a = expected.GetString()!;
            var b = actual.GetString()!;
            if (a == b || (IsInstant(a, out var x) && IsInstant(b, out var y) && x == y))
            {
                return null;
            }

            return path + ": \"" + b + "\" != \"" + a + "\"";
        }

        return expected.ValueKind == actual.ValueKind && expected.GetRawText() == actual.GetRawText()
            ? null
            : path + ": " + actual.GetRawText() + " != " + expected.GetRawText();
    }

    private static bool IsInstant(string text, out DateTimeOffset value)
    {
        value = default;
        return text.Length >= 20 && text[4] == '-' && text[10] == 'T'
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }
}
