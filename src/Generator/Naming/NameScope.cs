using System;
using System.Collections.Generic;
using System.Globalization;

namespace OpenApiClientGenerator.Naming;

/// <summary>
/// Hands out unique names within one C# scope (a namespace, a type's members, a method's parameters).
/// Comparison is ordinal, or ignoring case where C# callers would otherwise be confused or files would
/// clash on case-insensitive file systems.
/// </summary>
internal sealed class NameScope
{
    private readonly HashSet<string> _taken;

    public NameScope(bool ignoreCase = false, IEnumerable<string>? reserved = null)
    {
        _taken = new HashSet<string>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        if (reserved is not null)
        {
            foreach (var name in reserved)
            {
                _taken.Add(Unescaped(name));
            }
        }
    }

    public bool IsTaken(string name) => _taken.Contains(Unescaped(name));

    public void Reserve(string name) => _taken.Add(Unescaped(name));

    /// <summary>Returns <paramref name="wanted"/>, or <paramref name="wanted"/> with a suffix (<c>2</c>, <c>3</c>...) when taken.</summary>
    public string Claim(string wanted, string? suffixBeforeNumber = null)
    {
        var bare = Unescaped(wanted);
        if (_taken.Add(bare))
        {
            return wanted;
        }

        if (suffixBeforeNumber is not null && _taken.Add(bare + suffixBeforeNumber))
        {
            return bare + suffixBeforeNumber;
        }

        // "EtcGmt0" clashing becomes "EtcGmt0_2", not the misleading "EtcGmt02".
        var stem = bare + (suffixBeforeNumber ?? string.Empty);
        var separator = char.IsDigit(stem[stem.Length - 1]) ? "_" : string.Empty;
        for (var i = 2; ; i++)
        {
            var candidate = stem + separator + i.ToString(CultureInfo.InvariantCulture);
            if (_taken.Add(candidate))
            {
                return candidate;
            }
        }
    }

    private static string Unescaped(string name) => name.StartsWith("@", StringComparison.Ordinal) ? name.Substring(1) : name;
}
