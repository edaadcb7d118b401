using Microsoft.CodeAnalysis;
using OpenApiClientGenerator.Helpers;

namespace OpenApiClientGenerator.Diagnostics;

/// <summary>A diagnostic as plain values, so it can flow through the incremental pipeline.</summary>
/// <param name="Id">The descriptor id (OACGnnn).</param>
/// <param name="Location">Where in the spec; null for the project.</param>
/// <param name="Arguments">The message arguments.</param>
internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> Arguments)
{
    public Diagnostic ToDiagnostic()
    {
        var descriptor = DiagnosticDescriptors.Find(Id) ?? DiagnosticDescriptors.InternalError;
        var arguments = new object[Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = Arguments[i];
        }

        return Diagnostic.Create(descriptor, Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, arguments);
    }
}
