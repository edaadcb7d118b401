using OpenApiClientGenerator.Helpers;

namespace OpenApiClientGenerator.Pipeline;

/// <summary>One spec file and its settings, read out of an AdditionalFiles item.</summary>
/// <param name="Path">The file's full path, as MSBuild gave it.</param>
/// <param name="Text">The file's content; null when the file could not be read.</param>
/// <param name="Options">The item's settings.</param>
/// <param name="ExternalReferences">The documents its <c>$ref</c>s name (file part only, as written).</param>
internal sealed record SpecInput(string Path, string? Text, SpecOptions Options, EquatableArray<string> ExternalReferences)
{
    public SpecInput(string path, string? text, SpecOptions options)
        : this(path, text, options, ExternalReferenceScanner.Scan(text))
    {
    }

    public string FileName => System.IO.Path.GetFileName(Path);
}
