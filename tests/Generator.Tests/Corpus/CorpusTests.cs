using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using OpenApiClientGenerator.Tests.Infrastructure;

namespace OpenApiClientGenerator.Tests.Corpus;

/// <summary>
/// Every document of the shared corpus (OpenAPI 2.0/3.0/3.1, JSON and YAML, tiny to several megabytes) generates
/// without an exception or an error diagnostic, and its output compiles with nullable enabled and warnings as errors.
/// Prints the corpus table (and writes it to TestResults/corpus.md).
/// </summary>
public sealed class CorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_corpus_spec_generates_and_compiles()
    {
        var files = CorpusFolder.Specs();
        Assert.NotEmpty(files);
        var rows = new List<CorpusRow>();
        var failures = new List<string>();
        foreach (var file in files)
        {
            var (row, problems) = Run(file);
            rows.Add(row);
            failures.AddRange(problems.Select(problem => Path.GetFileName(file) + ": " + problem));
        }

        var table = Format(rows);
        output.WriteLine(table);
        var report = Path.Combine(RepoPaths.Root, "TestResults", "corpus.md");
        Directory.CreateDirectory(Path.GetDirectoryName(report)!);
        File.WriteAllText(report, table);

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static (CorpusRow Row, List<string> Problems) Run(string file)
    {
        var problems = new List<string>();
        var spec = new SpecFile(file, File.ReadAllText(file), new Dictionary<string, string>(StringComparer.Ordinal));
        var compilation = GeneratorHarness.CreateCompilation(GeneratorHarness.StrictOptions);

        var clock = Stopwatch.StartNew();
        var driver = GeneratorHarness.CreateDriver([spec]).RunGeneratorsAndUpdateCompilation(compilation, out var generated, out _, TestContext.Current.CancellationToken);
        var generateMs = clock.ElapsedMilliseconds;
        var result = driver.GetRunResult().Results.Single();
        if (result.Exception is not null)
        {
            problems.Add("generator threw " + result.Exception);
        }

        // Warnings about the spec itself (no server, a broken $ref) are justified; the strict options turn them into
        // errors for this project, so judge generator diagnostics by their own severity.
        problems.AddRange(result.Diagnostics.Where(diagnostic => diagnostic.DefaultSeverity == DiagnosticSeverity.Error).Select(diagnostic => "generator error " + diagnostic));

        clock.Restart();
        var compileDiagnostics = generated.GetDiagnostics(TestContext.Current.CancellationToken)
            .Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning)
            .ToList();
        var compileMs = clock.ElapsedMilliseconds;
        problems.AddRange(compileDiagnostics.Take(10).Select(diagnostic => "compile " + diagnostic));

        var sources = result.GeneratedSources;
        var operations = sources.Sum(source => CountOperations(source.SourceText.ToString()));
        var models = sources.Count(source => source.HintName.Contains(".Serialization.", StringComparison.Ordinal));
        var lines = sources.Sum(source => (long)source.SourceText.Lines.Count);
        var warnings = result.Diagnostics.Where(diagnostic => diagnostic.DefaultSeverity == DiagnosticSeverity.Warning).ToList();
        var outcome = problems.Count == 0
            ? "ok" + (warnings.Count > 0 ? " (spec warnings: " + string.Join(", ", warnings.Select(diagnostic => diagnostic.Id).Distinct()) + ")" : string.Empty)
            : "FAILED";
        return (new CorpusRow(Path.GetFileName(file), operations, models, lines, generateMs, compileMs, outcome), problems);
    }

    /// <summary>Methods that represent an operation (an extra media-type variant names its ResponseMediaType).</summary>
    private static int CountOperations(string text)
    {
        const string marker = "[global::OpenApiClientGenerator.Runtime.OpenApiOperation(";
        var count = 0;
        for (var index = text.IndexOf(marker, StringComparison.Ordinal); index >= 0; index = text.IndexOf(marker, index + marker.Length, StringComparison.Ordinal))
        {
            var end = text.IndexOf(")]", index, StringComparison.Ordinal);
            if (end > 0 && text.IndexOf("ResponseMediaType", index, end - index, StringComparison.Ordinal) < 0)
            {
                count++;
            }
        }

        return count;
    }

    private static string Format(IReadOnlyList<CorpusRow> rows)
    {
        var builder = new StringBuilder();
        builder.AppendLine("| spec | operations | models | generated lines | generate ms | compile ms | result |");
        builder.AppendLine("|---|---:|---:|---:|---:|---:|---|");
        foreach (var row in rows)
        {
            builder.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {row.Spec} | {row.Operations} | {row.Models} | {row.Lines} | {row.GenerateMs} | {row.CompileMs} | {row.Result} |"));
        }

        var ok = rows.Count(row => row.Result.StartsWith("ok", StringComparison.Ordinal));
        builder.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| **{ok}/{rows.Count} ok** | {rows.Sum(row => row.Operations)} | {rows.Sum(row => row.Models)} | {rows.Sum(row => row.Lines)} | {rows.Sum(row => row.GenerateMs)} | {rows.Sum(row => row.CompileMs)} | |"));
        return builder.ToString();
    }
}
