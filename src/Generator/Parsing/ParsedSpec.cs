using OpenApiClientGenerator.Diagnostics;
using OpenApiClientGenerator.Helpers;
using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Parsing;

/// <summary>The result of reading one spec: the model (null when nothing can be generated) and located diagnostics.</summary>
internal sealed record ParsedSpec(SpecModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
