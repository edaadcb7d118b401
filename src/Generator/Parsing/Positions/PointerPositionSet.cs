using System.Collections.Generic;

namespace OpenApiClientGenerator.Parsing.Positions;

/// <summary>
/// The pointers a scanner should record: the requested ones and all their ancestors (so a pointer that does
/// not exist in the file can fall back to its nearest existing parent). Recording only these keeps the scan
/// of a multi-megabyte spec cheap in memory.
/// </summary>
internal sealed class PointerPositionSet
{
    private readonly HashSet<string> _wanted = new(System.StringComparer.Ordinal);

    public PointerPositionSet(IEnumerable<string> pointers)
    {
        foreach (var pointer in pointers)
        {
            for (var current = pointer; current is not null; current = JsonPointer.Parent(current))
            {
                if (!_wanted.Add(current))
                {
                    break;
                }
            }
        }
    }

    public Dictionary<string, TextPosition> Found { get; } = new(System.StringComparer.Ordinal);

    public bool IsWanted(string pointer) => _wanted.Contains(pointer);

    public void Record(string pointer, TextPosition position)
    {
        if (_wanted.Contains(pointer) && !Found.ContainsKey(pointer))
        {
            Found[pointer] = position;
        }
    }
}
