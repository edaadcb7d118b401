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
