using System;
using System.Collections.Generic;
using System.Linq;
using OpenApiClientGenerator.Naming;

namespace OpenApiClientGenerator.Parsing;

/// <summary>
/// Names the methods of one client group: the operationId in PascalCase (last segment of dotted ids),
/// without the group's own noun (<c>listFlows</c> in <c>Flows</c> is <c>ListAsync</c>) unless that makes
/// two names equal, then <c>Async</c>.
/// </summary>
internal static class OperationNamer
{
    public static Dictionary<T, string> Name<T>(IReadOnlyList<(T Key, string OperationId)> operations, string? tag, NameScope scope)
        where T : notnull
    {
        // Dotted ids whose last segments clash keep their whole id (decided on the unchanged list, for all of them).
        var tails = operations.Select(op => FullName(op.OperationId)).ToList();
        var full = tails
            .Select((name, index) => tails.Count(other => string.Equals(other, name, StringComparison.OrdinalIgnoreCase)) > 1
                ? Identifier.ToPascal(operations[index].OperationId, "Operation")
                : name)
            .ToList();

        var stripped = full.Select(name => tag is null ? name : StripTag(name, tag) ?? name).ToList();
        var result = new Dictionary<T, string>();
        for (var i = 0; i < operations.Count; i++)
        {
            var candidate = stripped[i];
            var clashes = stripped.Where((name, index) => index != i && string.Equals(name, candidate, StringComparison.OrdinalIgnoreCase)).Any()
                || full.Where((name, index) => index != i && string.Equals(name, candidate, StringComparison.OrdinalIgnoreCase)).Any();
            var chosen = clashes ? full[i] : candidate;
            result[operations[i].Key] = scope.Claim(chosen + "Async");
        }

        return result;
    }

    /// <summary>The PascalCase method stem of an operationId (its last dotted segment).</summary>
    public static string FullName(string operationId)
    {
        var dot = operationId.LastIndexOf('.');
        var tail = dot >= 0 && dot < operationId.Length - 1 ? operationId.Substring(dot + 1) : operationId;
        return Identifier.ToPascal(tail, "Operation");
    }

    /// <summary>An operationId for operations that have none: <c>GET /pets/{id}</c> becomes <c>getPetsById</c>.</summary>
    public static string DeriveOperationId(string method, string path)
    {
        var words = new List<string> { method.ToLowerInvariant() };
        foreach (var segment in path.Split('#')[0].Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment.StartsWith("{", StringComparison.Ordinal) && segment.EndsWith("}", StringComparison.Ordinal))
            {
                words.Add("By");
                words.Add(Identifier.ToPascal(segment.Trim('{', '}'), "Id"));
            }
            else
            {
                words.Add(Identifier.ToPascal(segment, string.Empty));
            }
        }

        return string.Concat(words);
    }

    private static string? StripTag(string name, string tag)
    {
        var words = Identifier.SplitWords(name);
        var tagWords = Identifier.SplitWords(Identifier.ToPascal(tag, string.Empty));
        if (tagWords.Count == 0 || words.Count <= tagWords.Count)
        {
            return null;
        }

        foreach (var form in Forms(tagWords))
        {
            for (var start = 1; start + form.Count <= words.Count; start++)
            {
                if (form.Select((word, offset) => string.Equals(word, words[start + offset], StringComparison.OrdinalIgnoreCase)).All(match => match))
                {
                    var rest = words.Take(start).Concat(words.Skip(start + form.Count)).ToList();
                    var result = string.Concat(rest);
                    return result.Length == 0 || char.IsDigit(result[0]) ? null : result;
                }
            }
        }

        return null;
    }

    private static IEnumerable<List<string>> Forms(List<string> tagWords)
    {
        yield return tagWords;
        var last = tagWords[tagWords.Count - 1];
        var head = tagWords.Take(tagWords.Count - 1).ToList();
        if (last.EndsWith("ies", StringComparison.OrdinalIgnoreCase) && last.Length > 3)
        {
            yield return head.Concat(new[] { last.Substring(0, last.Length - 3) + "y" }).ToList();
        }
        else if (last.EndsWith("s", StringComparison.OrdinalIgnoreCase) && last.Length > 1)
        {
            yield return head.Concat(new[] { last.Substring(0, last.Length - 1) }).ToList();
        }
        else
        {
            yield return head.Concat(new[] { last + "s" }).ToList();
        }
    }
}
