namespace OpenApiClientGenerator.Parsing.Positions;

/// <summary>Where a key or value starts in a spec file: offset, zero-based line and column, and token length.</summary>
internal readonly struct TextPosition
{
    public TextPosition(int offset, int line, int column, int length)
    {
        Offset = offset;
        Line = line;
        Column = column;
        Length = length;
    }

    public int Offset { get; }

    public int Line { get; }

    public int Column { get; }

    public int Length { get; }
}
