using System.Collections.Generic;

namespace OpenApiClientGenerator.Parsing.Positions;

/// <summary>Turns character offsets into zero-based line and column.</summary>
internal sealed class LineMap
{
    private readonly List<int> _lineStarts = new() { 0 };

    public LineMap(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public int OffsetOf(int line, int column, int textLength)
    {
        if (line < 0 || line >= _lineStarts.Count)
        {
            return textLength;
        }

        var offset = _lineStarts[line] + column;
        return offset > textLength ? textLength : offset;
    }

    /// <summary>
    /// The character column of a UTF-8 byte column on <paramref name="line"/> (System.Text.Json reports byte
    /// positions; Roslyn and editors count characters, so a line with non-ASCII text would otherwise be off).
    /// </summary>
    public int CharColumn(string text, int line, long byteColumn)
    {
        if (line < 0 || line >= _lineStarts.Count)
        {
            return (int)byteColumn;
        }

        var offset = _lineStarts[line];
        long bytes = 0;
        while (offset < text.Length && text[offset] != '\n' && bytes < byteColumn)
        {
            var c = text[offset];
            if (char.IsHighSurrogate(c) && offset + 1 < text.Length && char.IsLowSurrogate(text[offset + 1]))
            {
                bytes += 4;
                offset += 2;
                continue;
            }

            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            offset++;
        }

        return offset - _lineStarts[line];
    }

    public TextPosition At(int offset, int length)
    {
        var line = _lineStarts.BinarySearch(offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new TextPosition(offset, line, offset - _lineStarts[line], length);
    }
}
