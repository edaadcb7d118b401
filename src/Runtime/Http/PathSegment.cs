using System;
using System.Collections;
using System.Collections.Generic;

namespace OpenApiClientGenerator.Runtime;

/// <summary>Encodes path parameter values so that they stay inside their path segment.</summary>
public static class PathSegment
{
    /// <summary>
    /// Formats and percent-encodes a path parameter (<c>simple</c> style; lists are joined with commas).
    /// Refuses empty values and <c>.</c>/<c>..</c> so a value can never move the request to another path.
    /// </summary>
    public static string Encode(object? value, string parameterName)
    {
        string text;
        if (ApiValueFormatter.IsSequence(value))
        {
            var parts = new List<string>();
            foreach (var item in (IEnumerable)value!)
            {
                parts.Add(Uri.EscapeDataString(ApiValueFormatter.Format(item) ?? string.Empty));
            }

            text = string.Join(",", parts);
        }
        else
        {
            text = Uri.EscapeDataString(ApiValueFormatter.Format(value) ?? string.Empty);
        }

        if (text.Length == 0)
        {
            throw new ArgumentException($"Path parameter '{parameterName}' must not be null or empty.", parameterName);
        }

        // Uri.EscapeDataString leaves dots alone, and System.Uri collapses "." and ".." segments even
        // when they are percent-encoded, so such a value would silently call another endpoint.
        if (text is "." or ".." || text.Equals("%2E", StringComparison.OrdinalIgnoreCase) || text.Equals("%2E%2E", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"Path parameter '{parameterName}' must not be a dot segment ('.' or '..').", parameterName);
        }

        return text;
    }

    /// <summary>
    /// Encodes a path parameter in the <c>label</c> (<c>.a.b</c>, or <c>.a,b</c> not exploded) or <c>matrix</c>
    /// (<c>;name=a;name=b</c>, or <c>;name=a,b</c>) style; <c>simple</c> is <see cref="Encode(object?, string)"/>.
    /// </summary>
    public static string Encode(object? value, string parameterName, ParameterStyle style, bool explode)
    {
        if (style is not (ParameterStyle.Label or ParameterStyle.Matrix))
        {
            return Encode(value, parameterName);
        }

        var items = new List<string>();
        if (ApiValueFormatter.IsSequence(value))
        {
            foreach (var item in (IEnumerable)value!)
            {
                items.Add(Uri.EscapeDataString(ApiValueFormatter.Format(item) ?? string.Empty));
            }
        }
        else
        {
            items.Add(Encode(value, parameterName));
        }

        var name = Uri.EscapeDataString(parameterName);
        if (style == ParameterStyle.Label)
        {
            return "." + string.Join(explode ? "." : ",", items);
        }

        return explode
            ? string.Concat(items.ConvertAll(item => ";" + name + "=" + item))
            : ";" + name + "=" + string.Join(",", items);
    }
}
