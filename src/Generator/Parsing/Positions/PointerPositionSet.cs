using System;
using System.Collections.Generic;

namespace OpenApiClientGenerator.Parsing.Positions;

/// <summary>
/// The pointers a scanner should record: the requested ones and all their ancestors (so a pointer that does
/// not exist in the file can fall back to its nearest existing parent). Recording only these keeps the scan
/// of a multi-megabyte spec cheap in memory.
/// </summary>
/// <remarks>
/// A requested pointer may hold the segment <see cref="AnyIndex"/> for "whichever array item has the rest of
/// the path" (a Swagger 2.0 body parameter is the one item of <c>parameters</c> with a <c>schema</c>). The
/// first match in document order is recorded under the pattern itself. A pattern that ends in
/// <see cref="AnyIndex"/> is only walked through, never recorded, so it cannot stand for an arbitrary item.
/// </remarks>
internal sealed class PointerPositionSet
{
    /// <summary>Matches any array index. Never part of an escaped pointer (<c>~</c> is always followed by 0 or 1 there).</summary>
    public const string AnyIndex = "~*";

    private readonly HashSet<string> _wanted = new(StringComparer.Ordinal);
    private readonly List<Pattern> _patterns = new();
    private readonly List<Pattern> _valuePatterns = new();

    /// <param name="pointers">The pointers whose positions are wanted.</param>
    /// <param name="valuePointers">Pointers (usually patterns) of scalars whose text is wanted in <see cref="Values"/>.</param>
    public PointerPositionSet(IEnumerable<string> pointers, IEnumerable<string>? valuePointers = null)
    {
        var all = new List<string>(pointers);
        foreach (var pointer in valuePointers ?? Array.Empty<string>())
        {
            _valuePatterns.Add(new Pattern(pointer));
            all.Add(pointer);
        }

        foreach (var pointer in all)
        {
            for (var current = pointer; current is not null; current = JsonPointer.Parent(current))
            {
                if (IsPattern(current))
                {
                    if (!_patterns.Exists(pattern => pattern.Pointer == current))
                    {
                        _patterns.Add(new Pattern(current));
                    }

                    continue;
                }

                if (!_wanted.Add(current))
                {
                    break;
                }
            }
        }
    }

    public Dictionary<string, TextPosition> Found { get; } = new(StringComparer.Ordinal);

    /// <summary>The scalar text found at concrete pointers matching the value pointers.</summary>
    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

    public bool WantsValue(string pointer)
    {
        if (_valuePatterns.Count == 0)
        {
            return false;
        }

        var segments = pointer.Split('/');
        return _valuePatterns.Exists(pattern => pattern.Matches(segments));
    }

    public void RecordValue(string pointer, string value)
    {
        if (WantsValue(pointer) && !Values.ContainsKey(pointer))
        {
            Values[pointer] = value;
        }
    }

    public bool IsWanted(string pointer) => _wanted.Contains(pointer) || (_patterns.Count > 0 && Match(pointer) is not null);

    public void Record(string pointer, TextPosition position)
    {
        if (_wanted.Contains(pointer) && !Found.ContainsKey(pointer))
        {
            Found[pointer] = position;
        }

        if (_patterns.Count > 0 && Match(pointer) is { EndsWithAny: false } pattern && !Found.ContainsKey(pattern.Pointer))
        {
            Found[pattern.Pointer] = position;
        }
    }

    private static bool IsPattern(string pointer) =>
        pointer.IndexOf("/" + AnyIndex, StringComparison.Ordinal) >= 0;

    private Pattern? Match(string pointer)
    {
        var segments = pointer.Split('/');
        foreach (var pattern in _patterns)
        {
            if (pattern.Matches(segments))
            {
                return pattern;
            }
        }

        return null;
    }

    private sealed class Pattern
    {
        private readonly string[] _segments;

        public Pattern(string pointer)
        {
            Pointer = pointer;
            _segments = pointer.Split('/');
            EndsWithAny = _segments[_segments.Length - 1] == AnyIndex;
        }

        public string Pointer { get; }

        public bool EndsWithAny { get; }

        public bool Matches(string[] segments)
        {
            if (segments.Length != _segments.Length)
            {
                return false;
            }

            for (var i = 0; i < segments.Length; i++)
            {
                if (_segments[i] == AnyIndex ? !IsIndex(segments[i]) : !string.Equals(_segments[i], segments[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsIndex(string segment)
        {
            foreach (var c in segment)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            return segment.Length > 0;
        }
    }
}
