namespace OpenApiClientGenerator.Tests.Infrastructure;

/// <summary>One OpenAPI document handed to the generator as an <c>OpenApiSpec</c> AdditionalFiles item.</summary>
/// <param name="Path">The item's path, as MSBuild would give it.</param>
/// <param name="Text">The file content; null simulates a file that cannot be read.</param>
/// <param name="Metadata">Item metadata without the <c>build_metadata.AdditionalFiles.OpenApi</c> prefix (<c>Namespace</c>, <c>ClientName</c>...).</param>
public sealed record SpecFile(string Path, string? Text, IReadOnlyDictionary<string, string> Metadata)
{
    /// <summary>A spec under a fixed fake project folder, with optional metadata.</summary>
    public static SpecFile Create(string fileName, string? text, params (string Key, string Value)[] metadata) =>
        new(ProjectFolder + fileName, text, metadata.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal));

    /// <summary>The folder in-memory specs pretend to live in (no file is read from there).</summary>
    public const string ProjectFolder = "/project/specs/";

    public string FileName => System.IO.Path.GetFileName(Path);

    public SpecFile WithText(string? text) => this with { Text = text };
}
