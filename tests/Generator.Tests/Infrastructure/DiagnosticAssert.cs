using Microsoft.CodeAnalysis;

namespace OpenApiClientGenerator.Tests.Infrastructure;

/// <summary>Assertions on where a generator diagnostic points, in the terms an IDE shows them.</summary>
internal static class DiagnosticAssert
{
    /// <summary>
    /// Asserts that <paramref name="run"/> reported exactly one <paramref name="id"/>, in <paramref name="spec"/>'s file,
    /// starting at zero-based <paramref name="line"/>/<paramref name="column"/>, and that the spec text there starts with
    /// <paramref name="expectedText"/> (the key of the offending element) — so a wrong number cannot pass unnoticed.
    /// </summary>
    public static Diagnostic ReportedAt(GeneratorRun run, string id, SpecFile spec, int line, int column, string expectedText)
    {
        var diagnostic = run.Single(id);
        AssertLocation(diagnostic, spec, line, column, expectedText);
        return diagnostic;
    }

    public static void AssertLocation(Diagnostic diagnostic, SpecFile spec, int line, int column, string expectedText)
    {
        Assert.Equal(LocationKind.ExternalFile, diagnostic.Location.Kind);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(spec.Path, span.Path);
        var textThere = TextAt(spec.Text ?? string.Empty, span.StartLinePosition.Line, span.StartLinePosition.Character);
        Assert.True(
            span.StartLinePosition.Line == line && span.StartLinePosition.Character == column,
            $"{diagnostic.Id} expected at ({line},{column}) but is at ({span.StartLinePosition.Line},{span.StartLinePosition.Character}), where the text is: {textThere}");
        Assert.StartsWith(expectedText, textThere, StringComparison.Ordinal);
    }

    /// <summary>The rest of the line at a zero-based position (lines split on \n, like Roslyn for these files).</summary>
    public static string TextAt(string text, int line, int column)
    {
        var lines = text.Split('\n');
        if (line >= lines.Length)
        {
            return "<past the end>";
        }

        var content = lines[line].TrimEnd('\r');
        return column <= content.Length ? content.Substring(column) : "<past the line end>";
    }
}
