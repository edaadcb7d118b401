using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OpenApiClientGenerator.Diagnostics;
using OpenApiClientGenerator.Emitting;
using OpenApiClientGenerator.Helpers;
using OpenApiClientGenerator.Parsing;
using OpenApiClientGenerator.Pipeline;

namespace OpenApiClientGenerator;

/// <summary>
/// Generates typed HTTP clients from OpenAPI documents given as <c>OpenApiSpec</c> items.
/// Pipeline: spec text + settings → parse once to a value-equal model (+ located diagnostics) → render.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class OpenApiClientGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var inputs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => SpecInputReader.Read(pair.Left, pair.Right, cancellationToken))
            .Where(static input => input is not null)
            .Select(static (input, _) => input!)
            .WithTrackingName(TrackingNames.SpecInputs);

        // Each spec with the other spec items its $refs reach; a spec without external references depends on nothing else.
        var bundles = inputs
            .Combine(inputs.Collect())
            .Select(static (pair, _) => SpecBundle.Create(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.SpecBundles);

        var parsed = bundles
            .Select(static (bundle, cancellationToken) => SpecParser.Parse(bundle, cancellationToken))
            .WithTrackingName(TrackingNames.ParsedSpecs);

        var diagnostics = parsed
            .Select(static (spec, _) => new SpecDiagnosticSet(spec.SpecFileName, spec.Diagnostics))
            .WithTrackingName(TrackingNames.SpecDiagnostics);

        var models = parsed
            .Where(static spec => spec.Model is not null)
            .Select(static (spec, _) => spec.Model!)
            .WithTrackingName(TrackingNames.SpecModels);

        var features = context.CompilationProvider
            .Combine(context.ParseOptionsProvider)
            .Select(static (pair, _) => ReadFeatures(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.TargetFeatures);

        var sources = models
            .Combine(features)
            .Select(static (pair, cancellationToken) => Emit(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.GeneratedSources);

        // Only this small list of (namespace, spec) pairs is shared across specs: it stays equal (cached) unless a
        // namespace or a spec comes or goes, so it never makes an untouched spec render again.
        var namespaces = models
            .Select(static (model, _) => new NamespaceOwner(model.Namespace, model.SpecPath))
            .Collect()
            .Select(static (owners, _) => owners.OrderBy(owner => owner.SpecPath, StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(TrackingNames.ClientKeys);

        context.RegisterSourceOutput(diagnostics, static (output, set) =>
        {
            foreach (var item in set.Diagnostics)
            {
                output.ReportDiagnostic(item.ToDiagnostic());
            }
        });

        context.RegisterSourceOutput(sources.Combine(namespaces), static (output, pair) =>
        {
            var (spec, owners) = pair;
            if (spec.Failure is not null)
            {
                output.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, LocationInfo.StartOf(spec.SpecPath).ToLocation(), spec.SpecFileName, spec.Failure));
                return;
            }

            // The first spec (by path) owns a namespace; another spec there would collide type by type (OACG015).
            if (owners.First(owner => owner.Namespace == spec.Namespace).SpecPath != spec.SpecPath)
            {
                return;
            }

            foreach (var source in spec.Sources)
            {
                output.AddSource(source.HintName, source.Text);
            }
        });

        context.RegisterSourceOutput(namespaces, static (output, owners) =>
        {
            foreach (var group in owners.GroupBy(owner => owner.Namespace, StringComparer.Ordinal))
            {
                foreach (var duplicate in group.Skip(1))
                {
                    output.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.DuplicateClient,
                        LocationInfo.StartOf(duplicate.SpecPath).ToLocation(),
                        group.Key,
                        System.IO.Path.GetFileName(duplicate.SpecPath)));
                }
            }
        });

        context.RegisterSourceOutput(features, static (output, target) =>
        {
            foreach (var source in Polyfills.For(target))
            {
                output.AddSource(source.HintName, source.Text);
            }
        });
    }

    private static TargetFeatures ReadFeatures(Compilation compilation, ParseOptions parseOptions)
    {
        var languageVersion = (parseOptions as CSharpParseOptions)?.LanguageVersion ?? LanguageVersion.Default;
        var supportsRequired = languageVersion >= LanguageVersion.CSharp11;
        var hasRequiredAttribute = IsAvailable(compilation, "System.Runtime.CompilerServices.RequiredMemberAttribute");
        return new TargetFeatures(
            HasDateOnly: compilation.GetTypeByMetadataName("System.DateOnly") is not null,
            SupportsRequired: supportsRequired,
            NeedsIsExternalInit: !IsAvailable(compilation, "System.Runtime.CompilerServices.IsExternalInit"),
            NeedsRequiredPolyfill: supportsRequired && !hasRequiredAttribute,
            HasHttpClientFactory: compilation.GetTypeByMetadataName("Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions") is not null);
    }

    /// <summary>Renders one spec; a failure becomes a diagnostic for that spec instead of an exception in the compiler.</summary>
    private static SpecSources Emit(Model.SpecModel model, TargetFeatures features, System.Threading.CancellationToken cancellationToken)
    {
        try
        {
            return new SpecSources(model.SpecPath, model.SpecFileName, model.Namespace, SourceEmitter.Emit(model, features, cancellationToken), null);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            return new SpecSources(model.SpecPath, model.SpecFileName, model.Namespace, EquatableArray<GeneratedSource>.Empty, exception.GetType().Name + ": " + exception.Message);
        }
    }

    private static bool IsAvailable(Compilation compilation, string metadataName) =>
        compilation.GetTypeByMetadataName(metadataName) is { } type && compilation.IsSymbolAccessibleWithin(type, compilation.Assembly);

    /// <summary>The files of one spec, or why they could not be rendered.</summary>
    private sealed record SpecSources(string SpecPath, string SpecFileName, string Namespace, EquatableArray<GeneratedSource> Sources, string? Failure);

    /// <summary>A spec and the namespace it generates into.</summary>
    private sealed record NamespaceOwner(string Namespace, string SpecPath);
}
