using System.Collections.Generic;
using System.Threading;
using OpenApiClientGenerator.Helpers;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Pipeline;

namespace OpenApiClientGenerator.Emitting;

/// <summary>Renders every file of one spec: models, converters, clients, options, mock handler and DI registration.</summary>
internal static class SourceEmitter
{
    public static EquatableArray<GeneratedSource> Emit(SpecModel spec, TargetFeatures features, CancellationToken cancellationToken)
    {
        var types = new CSharpTypes(spec.Namespace, features);
        var file = FileHeader.For(spec);
        var sources = new List<GeneratedSource>();
        var typeEmitter = new TypeEmitter(spec, types, file, features.SupportsRequired);
        foreach (var type in spec.Types)
        {
            cancellationToken.ThrowIfCancellationRequested();
            sources.AddRange(typeEmitter.Emit(type));
        }

        sources.AddRange(new ClientEmitter(spec, types, file).Emit());
        if (features.HasHttpClientFactory)
        {
            sources.Add(DependencyInjectionEmitter.Emit(spec, file));
        }

        return sources.ToEquatableArray();
    }
}
