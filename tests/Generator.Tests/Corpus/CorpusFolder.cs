using OpenApiClientGenerator.Tests.Infrastructure;

namespace OpenApiClientGenerator.Tests.Corpus;

/// <summary>
/// The shared corpus of real third-party specs: <c>OPENAPI_CORPUS_DIR</c>, else <c>../shared/corpus</c> next to the
/// repository, else <c>/work/shared/corpus</c>. It is read in place, never copied into the repository.
/// </summary>
internal static class CorpusFolder
{
    public static string Find()
    {
        var candidates = new[]
        {
            Environment.GetEnvironmentVariable("OPENAPI_CORPUS_DIR"),
            Path.Combine(RepoPaths.Root, "..", "shared", "corpus"),
            "/work/shared/corpus",
        };
        return candidates.FirstOrDefault(candidate => !string.IsNullOrEmpty(candidate) && Directory.Exists(candidate))
            ?? throw new DirectoryNotFoundException("The shared corpus was not found; set OPENAPI_CORPUS_DIR. Looked in: " + string.Join(", ", candidates));
    }

    public static IReadOnlyList<string> Specs() =>
        Directory.GetFiles(Find())
            .Where(file => file.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .OrderBy(file => file, StringComparer.Ordinal)
            .ToList();
}
