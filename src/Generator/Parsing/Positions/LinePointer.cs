using System.Globalization;
using OpenApiClientGenerator.Diagnostics;

namespace OpenApiClientGenerator.Parsing.Positions;

/// <summary>A pseudo-pointer (<c>@line:column</c>) for places known by position rather than by JSON pointer, such as syntax errors.</summary>
internal static class LinePointer
{
    public static string Create(int line, int column) =>
        "@" + line.ToString(CultureInfo.InvariantCulture) + ":" + column.ToString(CultureInfo.InvariantCulture);

    public static bool IsLinePointer(string pointer) => pointer.Length > 1 && pointer[0] == '@';

    public static LocationInfo ToLocation(string filePath, string pointer, string text, LineMap lines)
    {
        var colon = pointer.IndexOf(':');
        var line = int.Parse(pointer.Substring(1, colon - 1), CultureInfo.InvariantCulture);
        var column = int.Parse(pointer.Substring(colon + 1), CultureInfo.InvariantCulture);
        var offset = lines.OffsetOf(line, column, text.Length);
        return new LocationInfo(filePath, offset, 0, line, column, line, column);
    }
}
