using System;
using System.Collections.Generic;
using OpenApiClientGenerator.Helpers;

namespace OpenApiClientGenerator.Pipeline;

/// <summary>
/// A spec with the other spec items its <c>$ref</c>s reach (directly or through each other). Only these take part
/// in reading it, so editing an unrelated spec leaves this bundle equal and its parse cached.
/// </summary>
internal sealed record SpecBundle(SpecInput Main, EquatableArray<SpecInput> Documents)
{
    public static SpecBundle Create(SpecInput main, IReadOnlyList<SpecInput> all)
    {
        if (main.ExternalReferences.IsEmpty)
        {
            return new SpecBundle(main, EquatableArray<SpecInput>.Empty);
        }

        var byPath = new Dictionary<string, SpecInput>(StringComparer.Ordinal);
        foreach (var input in all)
        {
            byPath[Normalize(input.Path)] = input;
        }

        var found = new List<SpecInput>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { Normalize(main.Path) };
        var pending = new Queue<SpecInput>();
        pending.Enqueue(main);
        while (pending.Count > 0)
        {
            var current = pending.Dequeue();
            foreach (var reference in current.ExternalReferences)
            {
                var path = Resolve(current.Path, reference);
                if (path is not null && seen.Add(path) && byPath.TryGetValue(path, out var document))
                {
                    found.Add(document);
                    pending.Enqueue(document);
                }
            }
        }

        found.Sort((left, right) => string.CompareOrdinal(left.Path, right.Path));
        return new SpecBundle(main, found.ToEquatableArray());
    }

    /// <summary>The full path a relative reference names; null for URLs and anything that is not a relative file path.</summary>
    public static string? Resolve(string fromPath, string reference)
    {
        if (reference.Length == 0 || reference.IndexOf("://", StringComparison.Ordinal) >= 0 || reference.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            var baseUri = new UriBuilder { Scheme = Uri.UriSchemeFile, Host = string.Empty, Path = Normalize(fromPath) }.Uri;
            var target = new Uri(baseUri, Uri.UnescapeDataString(reference).Replace('\\', '/'));
            return target.IsFile ? Normalize(target.LocalPath) : null;
        }
        catch (UriFormatException)
        {
            return null;
        }
    }

    public static string Normalize(string path)
    {
        var forward = path.Replace('\\', '/');
        return forward.StartsWith("/", StringComparison.Ordinal) ? forward : "/" + forward;
    }
}
