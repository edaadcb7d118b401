using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace OpenApiClientGenerator.Emitting;

/// <summary>
/// All escaping of spec text into C#: string literals and XML doc comments. Templates never escape, so spec
/// text can only reach generated code through here.
/// </summary>
internal static class CodeText
{
    private const int MaxDocLineLength = 2000;

    /// <summary>A C# string literal, quotes included.</summary>
    public static string Literal(string? value) =>
        value is null ? "null" : SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary>
    /// Text for inside an XML doc element, one entry per line. Every C# line terminator (including U+0085,
    /// U+2028, U+2029) starts a new entry, so spec text can never leave its <c>///</c> comment.
    /// </summary>
    public static List<string> DocLines(string? text)
    {
        var lines = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return lines;
        }

        var current = new StringBuilder();
        foreach (var c in text!)
        {
            switch (c)
            {
                case '\r':
                case '\n':
                case '\u0085':
                case '\u2028':
                case '\u2029':
                    Flush();
                    break;
                case '&':
                    current.Append("&amp;");
                    break;
                case '<':
                    current.Append("&lt;");
                    break;
                case '>':
                    current.Append("&gt;");
                    break;
                default:
                    current.Append(char.IsControl(c) && c != '\t' ? ' ' : c);
                    break;
            }
        }

        Flush();
        while (lines.Count > 0 && lines[lines.Count - 1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;

        void Flush()
        {
            var line = current.ToString().TrimEnd();
            if (line.Length > MaxDocLineLength)
            {
                line = line.Substring(0, MaxDocLineLength) + "...";
            }

            if (line.Length > 0 || lines.Count > 0)
            {
                lines.Add(line);
            }

            current.Clear();
        }
    }

    /// <summary>
    /// A whole <c>&lt;summary&gt;</c> (and <c>&lt;remarks&gt;</c>) block as doc-comment lines without the <c>///</c>.
    /// <paramref name="summary"/> and <paramref name="remarks"/> are spec text (escaped here);
    /// <paramref name="fallbackXml"/> is markup the generator wrote, used when the spec says nothing.
    /// </summary>
    public static List<string> Summary(string? summary, string? remarks = null, string? fallbackXml = null)
    {
        var result = new List<string>();
        var summaryLines = DocLines(summary);
        var remarkLines = DocLines(remarks);
        if (summaryLines.Count == 0)
        {
            summaryLines = remarkLines.Count > 0 ? remarkLines : fallbackXml is null ? new List<string>() : new List<string> { fallbackXml };
            remarkLines = new List<string>();
        }

        Element(result, "summary", summaryLines);
        if (!SameText(summaryLines, remarkLines))
        {
            Element(result, "remarks", remarkLines);
        }

        return result;
    }

    /// <summary>One-line doc text (for <c>param</c> and <c>returns</c>), escaped.</summary>
    public static string Inline(string? text) => string.Join(" ", DocLines(text).FindAll(line => line.Length > 0));

    /// <summary>One line when the text is one line, otherwise open tag, lines (blank ones as paragraph breaks), close tag.</summary>
    private static void Element(List<string> result, string tag, List<string> lines)
    {
        if (lines.Count == 1)
        {
            result.Add("<" + tag + ">" + lines[0] + "</" + tag + ">");
        }
        else if (lines.Count > 1)
        {
            result.Add("<" + tag + ">");
            foreach (var line in lines)
            {
                result.Add(line.Length == 0 ? "<para/>" : line);
            }

            result.Add("</" + tag + ">");
        }
    }

    private static bool SameText(List<string> left, List<string> right) =>
        string.Join("\n", left) == string.Join("\n", right);
}
