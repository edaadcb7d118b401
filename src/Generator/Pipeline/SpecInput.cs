namespace OpenApiClientGenerator.Pipeline;

/// <summary>One spec file and its settings, read out of an AdditionalFiles item.</summary>
/// <param name="Path">The file's full path, as MSBuild gave it.</param>
/// <param name="Text">The file's content; null when the file could not be read.</param>
/// <param name="Options">The item's settings.</param>
internal sealed record SpecInput(string Path, string? Text, SpecOptions Options)
{
    public string FileName => System.IO.Path.GetFileName(Path);
}
