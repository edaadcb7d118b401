using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Parsing;

/// <summary>Sorts media types into the body kinds the generator can read and write.</summary>
internal static class MediaTypes
{
    /// <summary>The kind of a media type; <paramref name="malformed"/> is set for names that are not <c>type/subtype</c>.</summary>
    public static BodyKind Classify(string mediaType, out bool malformed)
    {
        var bare = mediaType.Split(';')[0].Trim().ToLowerInvariant();
        var slash = bare.IndexOf('/');
        malformed = slash <= 0 || slash == bare.Length - 1 || bare.IndexOf('/', slash + 1) >= 0 || bare.IndexOf(' ') >= 0;
        if (bare is "application/json" or "text/json" || bare.EndsWith("+json", StringComparison.Ordinal) || bare.EndsWith("/json", StringComparison.Ordinal) || bare == "*/*")
        {
            return BodyKind.Json;
        }

        if (bare == "application/x-www-form-urlencoded")
        {
            return BodyKind.Form;
        }

        if (bare.StartsWith("multipart/", StringComparison.Ordinal))
        {
            return BodyKind.Multipart;
        }

        if (bare.StartsWith("text/", StringComparison.Ordinal) || bare.EndsWith("+xml", StringComparison.Ordinal)
            || bare is "application/xml" or "application/javascript" or "application/x-ndjson" or "application/jsonl" or "application/yaml" or "application/x-yaml" or "application/graphql")
        {
            return BodyKind.Text;
        }

        return malformed ? BodyKind.None : BodyKind.Binary;
    }

    private static int Preference(BodyKind kind, bool forRequest) => (kind, forRequest) switch
    {
        (BodyKind.Json, _) => 0,
        (BodyKind.Form, true) => 1,
        (BodyKind.Multipart, true) => 2,
        (BodyKind.Text, _) => 3,
        (BodyKind.Binary, _) => 4,
        _ => 9,
    };

    /// <summary>
    /// Picks the media type to use from a content map: JSON first (plain <c>application/json</c> before
    /// vendor types), then forms (requests), text, binary.
    /// </summary>
    public static KeyValuePair<string, IOpenApiMediaType>? Choose(IDictionary<string, IOpenApiMediaType>? content, bool forRequest, out BodyKind kind)
    {
        kind = BodyKind.None;
        if (content is null || content.Count == 0)
        {
            return null;
        }

        KeyValuePair<string, IOpenApiMediaType>? best = null;
        var bestRank = int.MaxValue;
        foreach (var pair in content)
        {
            var candidate = Classify(pair.Key, out var malformed);
            if (!forRequest && candidate is BodyKind.Form or BodyKind.Multipart)
            {
                candidate = BodyKind.Binary;
            }

            var rank = (Preference(candidate, forRequest) * 10) + (malformed ? 5 : 0) + (IsPlainJson(pair.Key) ? 0 : 1);
            if (rank < bestRank)
            {
                best = pair;
                bestRank = rank;
                kind = candidate;
            }
        }

        return kind == BodyKind.None ? null : best;
    }

    /// <summary>Media types of <paramref name="content"/> that <see cref="Classify"/> calls malformed.</summary>
    public static IEnumerable<string> Malformed(IDictionary<string, IOpenApiMediaType>? content) =>
        (content?.Keys ?? Enumerable.Empty<string>()).Where(key =>
        {
            Classify(key, out var malformed);
            return malformed;
        });

    private static bool IsPlainJson(string mediaType) =>
        mediaType.Split(';')[0].Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase);
}
