using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using Microsoft.OpenApi;
using OpenApiClientGenerator.Diagnostics;
using OpenApiClientGenerator.Helpers;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Naming;

namespace OpenApiClientGenerator.Parsing;

/// <summary>Turns a read <see cref="OpenApiDocument"/> into the value-equal <see cref="SpecModel"/>.</summary>
internal static class DocumentMapper
{
    private static readonly HttpMethod[] MethodOrder =
    {
        HttpMethod.Get, HttpMethod.Put, HttpMethod.Post, HttpMethod.Delete, HttpMethod.Options, HttpMethod.Head,
        new("PATCH"), HttpMethod.Trace, new("QUERY"),
    };

    public static SpecModel Map(OpenApiDocument document, string specPath, SpecSettings settings, DiagnosticCollector diagnostics, CancellationToken cancellationToken, bool isSwagger2 = false, Swagger2CollectionFormats? collectionFormats = null)
    {
        var sources = CollectOperations(document, settings, diagnostics);
        var typeNames = new NameScope(ignoreCase: true, new[]
        {
            settings.ClientName, "I" + settings.ClientName, settings.ClientName + "Options", settings.ClientName + "MockHandler",
            settings.ClientName + "ServiceCollectionExtensions", "Serialization", "System", "Microsoft", "OpenApiClientGenerator",
        });

        var groups = BuildGroups(document, sources, settings, typeNames);
        NameMethods(sources, groups, settings);

        var schemas = new SchemaMapper(document, diagnostics, typeNames, isSwagger2);
        var security = new SecurityMapper(document, diagnostics);
        var serverUrl = ServerUrl(document, settings, sources.Count > 0 ? diagnostics : new DiagnosticCollector());
        var urlParameters = settings.UrlParameters.ToDictionary(pair => pair.Key, pair => pair.Value ?? Origin(serverUrl) ?? string.Empty, StringComparer.Ordinal);
        var operations = new OperationMapper(schemas, security, diagnostics, urlParameters, collectionFormats);
        var mapped = new List<OperationModel>();
        foreach (var source in sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var group = source.Tag is null ? null : groups.First(candidate => candidate.Tag == source.Tag).ClassName;
            mapped.Add(operations.Map(source, group));
        }

        if (!settings.HasFilters)
        {
            schemas.MapAllComponents(cancellationToken);
        }

        var types = schemas.Finish(cancellationToken);
        var renames = schemas.SharedTypeRenames();
        ReportIgnoredSections(document, diagnostics);
        if (sources.Count == 0 && !settings.HasFilters)
        {
            diagnostics.Add(DiagnosticDescriptors.NoOperations, "#/paths");
        }

        return new SpecModel(
            specPath,
            System.IO.Path.GetFileName(specPath),
            settings.Namespace,
            settings.ClientName,
            settings.IsPublic,
            document.Info?.Title ?? settings.ClientName,
            document.Info?.Version ?? string.Empty,
            document.Info?.Description,
            serverUrl,
            settings.GenerateMock,
            mapped.Select(operations.WithFormFields).Select(operation => TypeRenamer.Apply(operation, renames)).ToEquatableArray(),
            types.Select(type => TypeRenamer.Apply(type, renames)).ToEquatableArray(),
            security.Schemes,
            groups.ToEquatableArray());
    }

    private static List<OperationSource> CollectOperations(OpenApiDocument document, SpecSettings settings, DiagnosticCollector diagnostics)
    {
        var result = new List<OperationSource>();
        foreach (var path in document.Paths ?? new OpenApiPaths())
        {
            if (path.Value?.Operations is not { } operations)
            {
                continue;
            }

            foreach (var pair in operations.OrderBy(pair => Array.FindIndex(MethodOrder, method => method.Method == pair.Key.Method) is var index && index >= 0 ? index : 99))
            {
                var operation = pair.Value;
                var method = pair.Key.Method.ToUpperInvariant();
                var tags = operation.Tags?.Select(tag => tag.Name ?? tag.Reference?.Id).Where(tag => !string.IsNullOrWhiteSpace(tag)).Select(tag => tag!).ToList() ?? new List<string>();
                var derived = string.IsNullOrWhiteSpace(operation.OperationId);
                var operationId = derived ? OperationNamer.DeriveOperationId(method, path.Key) : operation.OperationId!;
                if (!Included(settings, tags, operationId))
                {
                    continue;
                }

                var source = new OperationSource(path.Key, method, operation, path.Value, operationId, derived, tags.FirstOrDefault());
                if (derived)
                {
                    diagnostics.Add(DiagnosticDescriptors.MissingOperationId, source.Pointer, method, path.Key, Identifier.ToPascal(operationId) + "Async");
                }

                result.Add(source);
            }
        }

        return result;
    }

    private static bool Included(SpecSettings settings, List<string> tags, string operationId)
    {
        if (settings.IncludeTags.Count > 0 && !tags.Any(settings.IncludeTags.Contains) && !settings.IncludeOperations.Contains(operationId))
        {
            return false;
        }

        if (settings.IncludeOperations.Count > 0 && settings.IncludeTags.Count == 0 && !settings.IncludeOperations.Contains(operationId))
        {
            return false;
        }

        return !tags.Any(settings.ExcludeTags.Contains) && !settings.ExcludeOperations.Contains(operationId);
    }

    private static List<GroupModel> BuildGroups(OpenApiDocument document, List<OperationSource> sources, SpecSettings settings, NameScope typeNames)
    {
        var groups = new List<GroupModel>();
        var properties = new NameScope(ignoreCase: true, new[] { settings.ClientName, "Equals", "GetHashCode", "ToString", "GetType", "Core" });
        foreach (var tag in sources.Select(source => source.Tag).Where(tag => tag is not null).Distinct(StringComparer.Ordinal))
        {
            var stem = Identifier.ToPascal(tag, "Default");
            var className = typeNames.Claim(stem + "Client", "Group");
            typeNames.Reserve("I" + className);
            var description = document.Tags?.FirstOrDefault(candidate => candidate.Name == tag)?.Description;
            groups.Add(new GroupModel(properties.Claim(stem), className, tag!, description));
        }

        return groups;
    }

    private static void NameMethods(List<OperationSource> sources, List<GroupModel> groups, SpecSettings settings)
    {
        foreach (var group in sources.GroupBy(source => source.Tag ?? string.Empty))
        {
            var model = groups.FirstOrDefault(candidate => candidate.Tag == group.Key);
            var reserved = new List<string> { "Equals", "GetHashCode", "ToString", "GetType", model?.ClassName ?? settings.ClientName };
            if (model is null)
            {
                reserved.AddRange(groups.Select(candidate => candidate.PropertyName));
            }

            var scope = new NameScope(ignoreCase: true, reserved);
            var names = OperationNamer.Name(group.Select(source => (source, source.OperationId)).ToList(), model?.Tag, scope);
            foreach (var pair in names)
            {
                pair.Key.MethodName = pair.Value;
            }
        }
    }

    private static string? ServerUrl(OpenApiDocument document, SpecSettings settings, DiagnosticCollector diagnostics)
    {
        var server = document.Servers?.FirstOrDefault();
        var url = server?.Url;
        if (url is not null && server!.Variables is { Count: > 0 } variables)
        {
            foreach (var variable in variables)
            {
                url = url.Replace("{" + variable.Key + "}", variable.Value.Default ?? variable.Value.Enum?.FirstOrDefault() ?? string.Empty);
            }
        }

        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var absolute) || (absolute.Scheme != Uri.UriSchemeHttp && absolute.Scheme != Uri.UriSchemeHttps))
        {
            diagnostics.Add(DiagnosticDescriptors.MissingServer, server is null ? "#/servers" : "#/servers/0/url", settings.ClientName);
            return url;
        }

        return url;
    }

    private static string? Origin(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : null;

    private static void ReportIgnoredSections(OpenApiDocument document, DiagnosticCollector diagnostics)
    {
        if (document.Webhooks is { Count: > 0 } webhooks)
        {
            diagnostics.Add(DiagnosticDescriptors.IgnoredSection, "#/webhooks", "Webhooks", "they are requests the API sends to you (" + string.Join(", ", webhooks.Keys.Take(5)) + "); the component schemas they use are still generated as models");
        }

        if (document.Components?.PathItems is { Count: > 0 })
        {
            diagnostics.Add(DiagnosticDescriptors.IgnoredSection, "#/components/pathItems", "Component path items", "only path items under 'paths' become operations");
        }

        foreach (var path in document.Paths ?? new OpenApiPaths())
        {
            foreach (var operation in path.Value?.Operations ?? new Dictionary<HttpMethod, OpenApiOperation>())
            {
                if (operation.Value.Callbacks is { Count: > 0 })
                {
                    var pointer = JsonPointer.Append(JsonPointer.Append("#/paths", path.Key), operation.Key.Method.ToLowerInvariant()) + "/callbacks";
                    diagnostics.Add(DiagnosticDescriptors.IgnoredSection, pointer, "Callbacks", "they are requests the API sends to you");
                }
            }
        }
    }
}
