using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace OpenApiClientGenerator.Diagnostics;

/// <summary>A position in a spec file, as plain values (a <see cref="Location"/> is not equatable across runs).</summary>
/// <param name="FilePath">The spec file's path.</param>
/// <param name="Start">Character offset of the start.</param>
/// <param name="Length">Length in characters.</param>
/// <param name="Line">Zero-based line.</param>
/// <param name="Column">Zero-based column.</param>
/// <param name="EndLine">Zero-based end line.</param>
/// <param name="EndColumn">Zero-based end column.</param>
internal sealed record LocationInfo(string FilePath, int Start, int Length, int Line, int Column, int EndLine, int EndColumn)
{
    public static LocationInfo StartOf(string filePath) => new(filePath, 0, 0, 0, 0, 0, 0);

    public Location ToLocation() => Location.Create(
        FilePath,
        new TextSpan(Start, Length),
        new LinePositionSpan(new LinePosition(Line, Column), new LinePosition(EndLine, EndColumn)));
}
