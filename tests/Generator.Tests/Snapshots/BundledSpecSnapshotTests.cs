using OpenApiClientGenerator.Tests.Infrastructure;

namespace OpenApiClientGenerator.Tests.Snapshots;

/// <summary>What each bundled spec generates, file by file, compared with <c>Approved/&lt;SpecFileName&gt;/</c>.</summary>
public sealed class BundledSpecSnapshotTests
{
    [Theory]
    [MemberData(nameof(BundledSpecs.Names), MemberType = typeof(BundledSpecs))]
    public void Generated_files_match_the_approved_files(string specFileName)
    {
        // One spec per run, so every generated file belongs to this spec's snapshot.
        var run = GeneratorHarness.Run(BundledSpecs.Load(specFileName));

        Assert.Null(run.Result.Exception);
        Assert.NotEmpty(run.Sources);
        ApprovedFiles.Verify(specFileName, run.Sources.ToDictionary(source => source.HintName, source => source.SourceText.ToString(), StringComparer.Ordinal));
    }
}
