namespace OpenApiClientGenerator.Pipeline;

/// <summary>What the consuming compilation offers, so generated code only uses what compiles there.</summary>
/// <param name="HasDateOnly"><c>System.DateOnly</c> exists (.NET 6+); otherwise dates are strings.</param>
/// <param name="SupportsRequired">C# 11+ with <c>RequiredMemberAttribute</c> available or emitted.</param>
/// <param name="NeedsIsExternalInit"><c>init</c> needs the <c>IsExternalInit</c> polyfill (netstandard2.0, .NET Framework).</param>
/// <param name="NeedsRequiredPolyfill"><c>required</c> needs the attribute polyfills.</param>
/// <param name="HasHttpClientFactory">Microsoft.Extensions.Http is referenced, so DI registration can be emitted.</param>
internal sealed record TargetFeatures(bool HasDateOnly, bool SupportsRequired, bool NeedsIsExternalInit, bool NeedsRequiredPolyfill, bool HasHttpClientFactory);
