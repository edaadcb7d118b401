using System;
using System.Collections.Generic;
using System.Linq;

namespace OpenApiClientGenerator.Parsing.Positions;

/// <summary>
/// Translates pointers into the OpenAPI 3 model that Microsoft.OpenApi builds from a Swagger 2.0 file back to
/// where the 2.0 file says the thing. Works on segments, so a schema property that happens to be called
/// "content" or "requestBody" stays put.
/// </summary>
/// <remarks>
/// The 3.0 model drops <c>in: body</c> and <c>in: formData</c> items from each <c>parameters</c> list (they become
/// the request body), so parameter N of the model is the N-th other item of the 2.0 list. Which items those are
/// is read from the file (their <c>in</c> values) before the positions are looked up.
/// </remarks>
internal sealed class Swagger2Pointers
{
    private readonly Dictionary<string, string> _parameterKinds;

    private Swagger2Pointers(Dictionary<string, string> parameterKinds)
    {
        _parameterKinds = parameterKinds;
    }

    public static Swagger2Pointers Prepare(string text, bool isYaml, IEnumerable<string> pointers)
    {
        var lists = pointers
            .Select(pointer => ParameterList(Split(pointer)))
            .Where(list => list is not null)
            .Select(list => list!.Value.List)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (lists.Count == 0)
        {
            return new Swagger2Pointers(new Dictionary<string, string>(StringComparer.Ordinal));
        }

        var set = new PointerPositionSet(Array.Empty<string>(), lists.Select(list => list + "/" + PointerPositionSet.AnyIndex + "/in"));
        SpecLocator.Scan(text, isYaml, set);
        return new Swagger2Pointers(set.Values);
    }

    /// <summary>The 2.0 forms of <paramref name="pointer"/> (none when it is the same in both versions).</summary>
    public IEnumerable<string> FormsOf(string pointer)
    {
        var segments = Split(pointer);
        if (segments.Count > 1 && segments[1] == "servers")
        {
            yield return "#/host";
            yield break;
        }

        if (segments.Count > 2 && segments[1] == "components" && ComponentSection(segments[2]) is { } section)
        {
            segments.RemoveAt(1);
            segments[1] = section;
        }

        if (ParameterList(segments) is { } parameter)
        {
            MapParameter(segments, parameter.List, parameter.IndexAt);
        }

        // #/paths/{path}/{method}/requestBody...: the body is the one "in: body" parameter, the only kind of 2.0
        // parameter with a schema; form fields are parameters of their own, so anything else falls back to the list.
        if (segments.Count > 4 && segments[1] == "paths" && segments[4] == "requestBody")
        {
            var rest = segments.Count > 6 && segments[5] == "content" ? segments.GetRange(7, segments.Count - 7) : new List<string>();
            segments.RemoveRange(4, segments.Count - 4);
            segments.Add("parameters");
            if (rest.Count > 0 && rest[0] == "schema")
            {
                segments.Add(PointerPositionSet.AnyIndex);
                segments.AddRange(rest);
            }
        }

        // .../responses/{status}/content/{media}/schema → .../responses/{status}/schema; .../example → .../examples/{media}.
        for (var i = 3; i < segments.Count - 1; i++)
        {
            if (segments[i] == "content" && segments[i - 2] == "responses")
            {
                var media = segments[i + 1];
                segments.RemoveRange(i, 2);
                if (i < segments.Count && segments[i] == "example")
                {
                    segments[i] = "examples";
                    segments.Insert(i + 1, media);
                }

                break;
            }
        }

        var converted = string.Join("/", segments);
        if (converted != pointer)
        {
            yield return converted;
        }
    }

    /// <summary>Parameter N of the model → the N-th 2.0 item that is neither body nor formData; its schema's keywords sit on the item itself.</summary>
    private void MapParameter(List<string> segments, string list, int indexAt)
    {
        var wanted = int.Parse(segments[indexAt], System.Globalization.CultureInfo.InvariantCulture);
        var seen = -1;
        var index = 0;
        for (; ; index++)
        {
            _parameterKinds.TryGetValue(list + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/in", out var kind);
            if (kind is "body" or "formData")
            {
                continue;
            }

            if (++seen == wanted)
            {
                break;
            }
        }

        segments[indexAt] = index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (segments.Count > indexAt + 1 && segments[indexAt + 1] == "schema")
        {
            segments.RemoveAt(indexAt + 1);
        }
    }

    /// <summary>The <c>parameters</c> list (path item or operation level) a pointer is inside, and where its index is.</summary>
    private static (string List, int IndexAt)? ParameterList(List<string> segments)
    {
        if (segments.Count < 5 || segments[1] != "paths")
        {
            return null;
        }

        for (var at = 3; at <= 4 && at + 1 < segments.Count; at++)
        {
            if (segments[at] == "parameters" && IsIndex(segments[at + 1]))
            {
                return (string.Join("/", segments.Take(at + 1)), at + 1);
            }
        }

        return null;
    }

    private static List<string> Split(string pointer) => new(pointer.Split('/'));

    private static bool IsIndex(string segment) => segment.Length > 0 && segment.All(c => c >= '0' && c <= '9');

    private static string? ComponentSection(string name) => name switch
    {
        "schemas" => "definitions",
        "parameters" => "parameters",
        "responses" => "responses",
        "securitySchemes" => "securityDefinitions",
        _ => null,
    };
}
