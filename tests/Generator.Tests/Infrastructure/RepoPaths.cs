namespace OpenApiClientGenerator.Tests.Infrastructure;

/// <summary>Folders of the repository, found by walking up from the test binaries to <c>Generator.sln</c>.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string Specs => Path.Combine(Root, "specs");

    public static string TestProject => Path.Combine(Root, "tests", "Generator.Tests");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Generator.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Generator.sln not found above " + AppContext.BaseDirectory);
    }
}
