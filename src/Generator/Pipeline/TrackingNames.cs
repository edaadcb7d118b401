namespace OpenApiClientGenerator.Pipeline;

/// <summary>The names of the pipeline steps, for incremental-caching tests.</summary>
internal static class TrackingNames
{
    public const string SpecInputs = nameof(SpecInputs);
    public const string SpecBundles = nameof(SpecBundles);
    public const string ParsedSpecs = nameof(ParsedSpecs);
    public const string SpecModels = nameof(SpecModels);
    public const string SpecDiagnostics = nameof(SpecDiagnostics);
    public const string TargetFeatures = nameof(TargetFeatures);
    public const string GeneratedSources = nameof(GeneratedSources);
    public const string ClientKeys = nameof(ClientKeys);
}
