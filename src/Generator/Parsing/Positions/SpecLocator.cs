using System.Collections.Generic;
using OpenApiClientGenerator.Diagnostics;

namespace OpenApiClientGenerator.Parsing.Positions;

/// <summary>
/// Maps JSON pointers (as the model builder and Microsoft.OpenApi report them) to positions in the spec
/// file, for JSON and YAML. Pointers into the OpenAPI 3 model of a Swagger 2.0 file are translated to
/// their 2.0 place; a pointer that still does not exist falls back to its nearest existing parent.
/// </summary>
internal static class SpecLocator
{
    public static Dictionary<string, LocationInfo> Locate(string filePath, string text, bool isYaml, bool isSwagger2, IEnumerable<string> pointers)
    {
        var requested = new List<string>();
        var candidates = new Dictionary<string, List<string>>(System.StringComparer.Ordinal);
        foreach (var pointer in pointers)
        {
            if (candidates.ContainsKey(pointer))
            {
                continue;
            }

            var list = new List<string>();
            if (isSwagger2)
            {
                list.AddRange(Swagger2Forms(pointer));
            }

            list.Add(pointer);
            candidates[pointer] = list;
            requested.AddRange(list);
        }

        var set = new PointerPositionSet(requested);
        if (isYaml)
        {
            YamlPositionScanner.Scan(text, set);
        }
        else
        {
            JsonPositionScanner.Scan(text, set);
        }

        var result = new Dictionary<string, LocationInfo>(System.StringComparer.Ordinal);
        foreach (var pair in candidates)
        {
            result[pair.Key] = Resolve(filePath, pair.Value, set.Found);
        }

        return result;
    }

    private static LocationInfo Resolve(string filePath, List<string> forms, Dictionary<string, TextPosition> found)
    {
        // Prefer the deepest existing ancestor over all forms.
        TextPosition? best = null;
        var bestDepth = -1;
        foreach (var form in forms)
        {
            var depth = Depth(form);
            for (var current = form; current is not null; current = JsonPointer.Parent(current), depth--)
            {
                if (found.TryGetValue(current, out var position))
                {
                    if (depth > bestDepth)
                    {
                        best = position;
                        bestDepth = depth;
                    }

                    break;
                }
            }
        }

        if (best is not { } hit)
        {
            return LocationInfo.StartOf(filePath);
        }

        return new LocationInfo(filePath, hit.Offset, hit.Length, hit.Line, hit.Column, hit.Line, hit.Column + hit.Length);
    }

    private static int Depth(string pointer)
    {
        var depth = 0;
        foreach (var c in pointer)
        {
            if (c == '/')
            {
                depth++;
            }
        }

        return depth;
    }

    // The 3.0 model Microsoft.OpenApi builds from a 2.0 file moves a few things; point back to where they were written.
    // Works on segments so that a schema property that happens to be called "content" or "requestBody" stays put.
    private static IEnumerable<string> Swagger2Forms(string pointer)
    {
        var segments = new List<string>(pointer.Split('/'));
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

    private static string? ComponentSection(string name) => name switch
    {
        "schemas" => "definitions",
        "parameters" => "parameters",
        "responses" => "responses",
        "securitySchemes" => "securityDefinitions",
        _ => null,
    };
}
