using OpenApiClientGenerator.Diagnostics;
using OpenApiClientGenerator.Helpers;
using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Parsing;

/// <summary>The result of reading one spec: the model (null when nothing can be generated) and located diagnostics.</summary>
internal sealed record ParsedSpec(string SpecFileName, SpecModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>The located diagnostics of one spec, as the diagnostics step carries them.</summary>
internal sealed record SpecDiagnosticSet(string SpecFileName, EquatableArray<DiagnosticInfo> Diagnostics);
