namespace OpenApiClientGenerator.Tests.Corpus;

/// <summary>One line of the corpus table.</summary>
internal sealed record CorpusRow(string Spec, int Operations, int Models, long Lines, long GenerateMs, long CompileMs, string Result);
