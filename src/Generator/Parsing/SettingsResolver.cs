using System;
using System.IO;
using Microsoft.OpenApi;
using OpenApiClientGenerator.Diagnostics;
using OpenApiClientGenerator.Naming;
using OpenApiClientGenerator.Pipeline;

namespace OpenApiClientGenerator.Parsing;

/// <summary>Validates an item's metadata and fills in defaults from the document.</summary>
internal static class SettingsResolver
{
    public static SpecSettings Resolve(SpecInput input, OpenApiDocument? document, DiagnosticCollector diagnostics)
    {
        var options = input.Options;
        var settings = new SpecSettings();
        var title = document?.Info?.Title;
        var stem = Identifier.ToPascal(string.IsNullOrWhiteSpace(title) ? Path.GetFileNameWithoutExtension(input.Path) : title, "Api");
        if (stem.EndsWith("Client", StringComparison.Ordinal) && stem.Length > "Client".Length)
        {
            stem = stem.Substring(0, stem.Length - "Client".Length);
        }

        var defaultClient = stem + "Client";
        settings.ClientName = defaultClient;
        if (options.ClientName is { } clientName)
        {
            if (Identifier.IsValidTypeName(clientName))
            {
                settings.ClientName = clientName;
            }
            else
            {
                diagnostics.Add(DiagnosticDescriptors.InvalidMetadata, JsonPointer.Root, "ClientName", clientName, "it is not a C# identifier", "'" + defaultClient + "' is used");
            }
        }

        var root = options.RootNamespace is { } rootNamespace && Identifier.IsValidNamespace(rootNamespace) ? rootNamespace + "." : string.Empty;
        var defaultNamespace = root + stem;
        settings.Namespace = defaultNamespace;
        if (options.Namespace is { } ns)
        {
            if (Identifier.IsValidNamespace(ns))
            {
                settings.Namespace = ns;
            }
            else
            {
                diagnostics.Add(DiagnosticDescriptors.InvalidMetadata, JsonPointer.Root, "Namespace", ns, "it is not a valid C# namespace", "'" + defaultNamespace + "' is used");
            }
        }

        if (options.Visibility is { } visibility)
        {
            if (visibility.Equals("internal", StringComparison.OrdinalIgnoreCase))
            {
                settings.IsPublic = false;
            }
            else if (!visibility.Equals("public", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Add(DiagnosticDescriptors.InvalidMetadata, JsonPointer.Root, "Visibility", visibility, "expected 'public' or 'internal'", "'public' is used");
            }
        }

        if (options.GenerateMock is { } mock)
        {
            if (bool.TryParse(mock, out var generateMock))
            {
                settings.GenerateMock = generateMock;
            }
            else
            {
                diagnostics.Add(DiagnosticDescriptors.InvalidMetadata, JsonPointer.Root, "GenerateMock", mock, "expected 'true' or 'false'", "'true' is used");
            }
        }

        AddList(settings.IncludeTags, options.IncludeTags);
        AddList(settings.ExcludeTags, options.ExcludeTags);
        AddList(settings.IncludeOperations, options.IncludeOperations);
        AddList(settings.ExcludeOperations, options.ExcludeOperations);
        foreach (var entry in Split(options.UrlParameters))
        {
            var equals = entry.IndexOf('=');
            var name = equals < 0 ? entry : entry.Substring(0, equals).Trim();
            var origin = equals < 0 ? null : entry.Substring(equals + 1).Trim();
            if (origin is not null && (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps))
            {
                diagnostics.Add(DiagnosticDescriptors.InvalidMetadata, JsonPointer.Root, "UrlParameters", entry, "the origin must be an absolute https URL", "the parameter accepts ids only");
                continue;
            }

            settings.UrlParameters[name] = origin;
        }

        return settings;
    }

    private static void AddList(System.Collections.Generic.HashSet<string> target, string? text)
    {
        foreach (var item in Split(text))
        {
            target.Add(item);
        }
    }

    private static string[] Split(string? text) =>
        text is null ? Array.Empty<string>() : Array.ConvertAll(text.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries), item => item.Trim());
}
