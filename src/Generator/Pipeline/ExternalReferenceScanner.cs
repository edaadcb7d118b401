using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using OpenApiClientGenerator.Helpers;

namespace OpenApiClientGenerator.Pipeline;

/// <summary>Finds the other documents a spec's <c>$ref</c>s point to, by a text scan (cheap; no parsing).</summary>
internal static class ExternalReferenceScanner
{
    // "$ref": "common.yaml#/x", $ref: 'common.yaml#/x', $ref: common.yaml — the part before '#'.
    private static readonly Regex Reference = new(
        "[\"']?\\$ref[\"']?\\s*:\\s*[\"']?(?<target>[^\"'#\\s,}]+)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public static EquatableArray<string> Scan(string? text)
    {
        if (text is null || text.IndexOf("$ref", StringComparison.Ordinal) < 0)
        {
            return EquatableArray<string>.Empty;
        }

        var targets = new SortedSet<string>(StringComparer.Ordinal);
        foreach (Match match in Reference.Matches(text))
        {
            targets.Add(match.Groups["target"].Value);
        }

        return targets.ToEquatableArray();
    }
}
