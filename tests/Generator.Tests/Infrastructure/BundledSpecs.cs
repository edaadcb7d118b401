namespace OpenApiClientGenerator.Tests.Infrastructure;

/// <summary>The four specs in <c>specs/</c>, with the settings <c>src/Generator/build/OpenApiClientGenerator.targets</c> gives them.</summary>
internal static class BundledSpecs
{
    public const string LeadConduit = "leadconduit_api.json";
    public const string TrustedFormV4 = "claims_api-v4.yaml";
    public const string TrustedFormV3 = "trustedform_v3.json";
    public const string TrustedFormV2 = "trustedform_v2.yaml";

    public static IReadOnlyList<string> FileNames { get; } = [LeadConduit, TrustedFormV4, TrustedFormV3, TrustedFormV2];

    /// <summary>xunit data: one row per bundled spec file name.</summary>
    public static TheoryData<string> Names => new(FileNames);

    public static SpecFile Load(string fileName)
    {
        var path = Path.Combine(RepoPaths.Specs, fileName);
        return new SpecFile(path, File.ReadAllText(path), MetadataOf(fileName));
    }

    public static IReadOnlyList<SpecFile> LoadAll() => FileNames.Select(Load).ToList();

    private static Dictionary<string, string> MetadataOf(string fileName) => fileName switch
    {
        LeadConduit => new() { ["Namespace"] = "ActiveProspect.LeadConduit", ["ClientName"] = "LeadConduitClient" },
        TrustedFormV4 => new()
        {
            ["Namespace"] = "ActiveProspect.TrustedForm.V4",
            ["ClientName"] = "TrustedFormV4Client",
            ["UrlParameters"] = "cert_id=https://cert.trustedform.com",
        },
        TrustedFormV3 => new()
        {
            ["Namespace"] = "ActiveProspect.TrustedForm.V3",
            ["ClientName"] = "TrustedFormV3Client",
            ["UrlParameters"] = "cert_id=https://cert.trustedform.com;cert_id_=https://cert.trustedform.com",
        },
        TrustedFormV2 => new()
        {
            ["Namespace"] = "ActiveProspect.TrustedForm.V2",
            ["ClientName"] = "TrustedFormV2Client",
            ["UrlParameters"] = "cert_id=https://cert.trustedform.com",
        },
        _ => throw new ArgumentOutOfRangeException(nameof(fileName), fileName, "not a bundled spec"),
    };
}
