using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace OpenApiClientGenerator.Tests.Infrastructure;

/// <summary>An AdditionalFiles item whose text lives in memory; null text behaves like a missing file.</summary>
internal sealed class InMemoryAdditionalText(string path, string? text) : AdditionalText
{
    private readonly SourceText? _text = text is null ? null : SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
}
