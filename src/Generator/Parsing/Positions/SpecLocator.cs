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
        var distinct = new List<string>(new HashSet<string>(pointers, System.StringComparer.Ordinal));
        var swagger2 = isSwagger2 ? Swagger2Pointers.Prepare(text, isYaml, distinct) : null;
        foreach (var pointer in distinct)
        {
            if (candidates.ContainsKey(pointer))
            {
                continue;
            }

            var list = new List<string>();
            if (swagger2 is not null)
            {
                list.AddRange(swagger2.FormsOf(pointer));
            }

            list.Add(pointer);
            candidates[pointer] = list;
            requested.AddRange(list);
        }

        var set = new PointerPositionSet(requested);
        Scan(text, isYaml, set);

        var result = new Dictionary<string, LocationInfo>(System.StringComparer.Ordinal);
        foreach (var pair in candidates)
        {
            result[pair.Key] = Resolve(filePath, pair.Value, set.Found);
        }

        return result;
    }

    public static void Scan(string text, bool isYaml, PointerPositionSet set)
    {
        if (isYaml)
        {
            YamlPositionScanner.Scan(text, set);
        }
        else
        {
            JsonPositionScanner.Scan(text, set);
        }
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
}
