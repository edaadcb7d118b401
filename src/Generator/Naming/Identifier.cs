using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace OpenApiClientGenerator.Naming;

/// <summary>Turns any spec text into a legal, readable C# identifier. Wire names are never changed by this.</summary>
internal static class Identifier
{
    private const int MaxLength = 100;

    /// <summary><c>first_name</c> → <c>FirstName</c>; <c>123abc</c> → <c>N123abc</c>; empty → <paramref name="fallback"/>.</summary>
    public static string ToPascal(string? text, string fallback = "Value")
    {
        var words = SplitWords(text ?? string.Empty);
        if (words.Count == 0 && !string.IsNullOrWhiteSpace(text))
        {
            // All punctuation ("*/*", "-"): spell it out so such names stay distinct and readable.
            words = SpellSymbols(text!);
        }

        var builder = new StringBuilder();
        foreach (var word in words)
        {
            builder.Append(char.ToUpperInvariant(word[0]));
            if (word.Length > 1)
            {
                builder.Append(IsAllUpper(word) && word.Length > 2 ? word.Substring(1).ToLowerInvariant() : word.Substring(1));
            }
        }

        return Finish(builder.ToString(), fallback);
    }

    /// <summary><c>First-Name</c> → <c>firstName</c>, C# keywords escaped with <c>@</c>.</summary>
    public static string ToCamel(string? text, string fallback = "value")
    {
        var pascal = ToPascal(text, ToPascal(fallback));
        var leadingUpper = 0;
        while (leadingUpper < pascal.Length && char.IsUpper(pascal[leadingUpper]))
        {
            leadingUpper++;
        }

        // "URLValue" → "urlValue", "ID" → "id", "Name" → "name".
        var lowerCount = leadingUpper <= 1 ? 1 : leadingUpper == pascal.Length ? leadingUpper : leadingUpper - 1;
        var camel = pascal.Substring(0, lowerCount).ToLowerInvariant() + pascal.Substring(lowerCount);
        return EscapeKeyword(camel);
    }

    /// <summary>Prefixes C# keywords with <c>@</c>.</summary>
    public static string EscapeKeyword(string identifier) =>
        SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(identifier) is SyntaxKind.VarKeyword
            ? "@" + identifier
            : identifier;

    /// <summary>True when <paramref name="text"/> is a valid dotted C# namespace.</summary>
    public static bool IsValidNamespace(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        foreach (var part in text.Split('.'))
        {
            if (!SyntaxFacts.IsValidIdentifier(part) || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="text"/> is a valid C# identifier that is not a keyword.</summary>
    public static bool IsValidTypeName(string text) =>
        SyntaxFacts.IsValidIdentifier(text) && SyntaxFacts.GetKeywordKind(text) == SyntaxKind.None;

    /// <summary>Splits on anything that is not a letter or digit, and on camel-case boundaries.</summary>
    public static List<string> SplitWords(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];

            // PHP-style list parameters: "scan[]" is the list form of "scan".
            if (c == '[' && i + 1 < text.Length && text[i + 1] == ']')
            {
                Flush();
                words.Add("List");
                i++;
                continue;
            }

            var symbolWord = SymbolWord(c);
            if (symbolWord is not null)
            {
                Flush();
                words.Add(symbolWord);
                continue;
            }

            if (!IsIdentifierPart(c))
            {
                Flush();
                continue;
            }

            if (current.Length > 0)
            {
                var previous = current[current.Length - 1];
                var next = i + 1 < text.Length ? text[i + 1] : '\0';
                var lowerToUpper = char.IsLower(previous) && char.IsUpper(c);
                var acronymEnd = char.IsUpper(previous) && char.IsUpper(c) && char.IsLower(next);
                if (lowerToUpper || acronymEnd)
                {
                    Flush();
                }
            }

            current.Append(c);
        }

        Flush();
        return words;

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
    }

    private static List<string> SpellSymbols(string text)
    {
        var words = new List<string>();
        foreach (var c in text)
        {
            words.Add(c switch
            {
                '*' => "Star",
                '/' => "Slash",
                '\\' => "Backslash",
                '-' => "Dash",
                '_' => "Underscore",
                '.' => "Dot",
                ',' => "Comma",
                ':' => "Colon",
                ';' => "Semicolon",
                '#' => "Hash",
                '@' => "At",
                '$' => "Dollar",
                '%' => "Percent",
                '&' => "And",
                '?' => "Question",
                '~' => "Tilde",
                '|' => "Pipe",
                '^' => "Caret",
                ' ' => "Space",
                _ => SymbolWord(c) ?? "U" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
            });
        }

        return words;
    }

    // Characters that carry meaning in names like Twilio's "StartTime<" or Stripe's "Etc/GMT+0".
    private static string? SymbolWord(char c) => c switch
    {
        '<' => "LessThan",
        '>' => "GreaterThan",
        '+' => "Plus",
        '=' => "Equals",
        '!' => "Not",
        _ => null,
    };

    private static bool IsIdentifierPart(char c)
    {
        if (c == '_')
        {
            return false;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber
            or UnicodeCategory.DecimalDigitNumber;
    }

    private static bool IsAllUpper(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Finish(string name, string fallback)
    {
        if (name.Length == 0)
        {
            name = fallback;
        }

        if (char.IsDigit(name[0]))
        {
            name = "N" + name;
        }

        if (name.Length > MaxLength)
        {
            name = name.Substring(0, MaxLength - 9) + "_" + StableHash(name);
        }

        return name;
    }

    /// <summary>An 8-hex-digit FNV-1a hash: stable across runs and platforms (unlike string.GetHashCode).</summary>
    public static string StableHash(string text)
    {
        unchecked
        {
            var hash = 2166136261u;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 16777619u;
            }

            return hash.ToString("x8", CultureInfo.InvariantCulture);
        }
    }
}
