using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using OpenApiClientGenerator.Diagnostics;
using OpenApiClientGenerator.Helpers;
using OpenApiClientGenerator.Parsing.Positions;
using OpenApiClientGenerator.Pipeline;

namespace OpenApiClientGenerator.Parsing;

/// <summary>
/// Reads one spec (JSON or YAML, OpenAPI 2.0/3.0/3.1) with Microsoft.OpenApi and maps it to a
/// <see cref="ParsedSpec"/>. Never throws, except for cancellation: every failure becomes a located diagnostic.
/// </summary>
internal static class SpecParser
{
    public static ParsedSpec Parse(SpecInput input, CancellationToken cancellationToken) =>
        Parse(new SpecBundle(input, EquatableArray<SpecInput>.Empty), cancellationToken);

    public static ParsedSpec Parse(SpecBundle bundle, CancellationToken cancellationToken)
    {
        var input = bundle.Main;
        var diagnostics = new DiagnosticCollector();
        var text = input.Text;
        if (text is null)
        {
            diagnostics.Add(DiagnosticDescriptors.UnreadableSpec, JsonPointer.Root, input.Path, "the file does not exist or cannot be opened");
            return new ParsedSpec(input.FileName, null, Locate(input, string.Empty, false, false, diagnostics));
        }

        var isYaml = DetectYaml(input, text, diagnostics);
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidDocument, JsonPointer.Root, input.FileName + " is not a valid OpenAPI document: the file is empty");
            return new ParsedSpec(input.FileName, null, Locate(input, text, isYaml, false, diagnostics));
        }

        var isSwagger2 = false;
        try
        {
            var document = Read(bundle, text, isYaml, diagnostics, cancellationToken);
            if (document is null)
            {
                return new ParsedSpec(input.FileName, null, Locate(input, text, isYaml, false, diagnostics));
            }

            isSwagger2 = LooksLikeSwagger2(text);
            var settings = SettingsResolver.Resolve(input, document, diagnostics);
            var collectionFormats = isSwagger2 ? Swagger2CollectionFormats.Read(text, isYaml) : null;
            var model = DocumentMapper.Map(document, input.Path, settings, diagnostics, cancellationToken, isSwagger2, collectionFormats);
            return new ParsedSpec(input.FileName, model, Locate(input, text, isYaml, isSwagger2, diagnostics));
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            diagnostics.Add(DiagnosticDescriptors.InternalError, JsonPointer.Root, input.FileName, exception.GetType().Name + ": " + exception.Message);
            return new ParsedSpec(input.FileName, null, Locate(input, text, isYaml, isSwagger2, diagnostics));
        }
    }

    private static bool DetectYaml(SpecInput input, string text, DiagnosticCollector diagnostics)
    {
        var extension = Path.GetExtension(input.Path).ToLowerInvariant();
        switch (extension)
        {
            case ".json":
                return false;
            case ".yaml":
            case ".yml":
                return true;
            default:
                var isJson = text.TrimStart().StartsWith("{", StringComparison.Ordinal);
                diagnostics.Add(DiagnosticDescriptors.UnknownExtension, JsonPointer.Root, input.FileName, extension.Length == 0 ? "(none)" : extension, isJson ? "JSON" : "YAML");
                return !isJson;
        }
    }

    private static OpenApiDocument? Read(SpecBundle bundle, string text, bool isYaml, DiagnosticCollector diagnostics, CancellationToken cancellationToken)
    {
        var input = bundle.Main;
        var external = !bundle.Documents.IsEmpty;
        var settings = new OpenApiReaderSettings
        {
            // Validation rules are ours to choose (several default rules reject valid 3.1 documents).
            RuleSet = new ValidationRuleSet(),
            LoadExternalRefs = external,

            // Swagger 2.0 responses and bodies without produces/consumes keep their schema as JSON.
            DefaultContentType = new List<string> { "application/json" },
        };
        settings.AddYamlReader();
        if (external)
        {
            settings.BaseUrl = new UriBuilder { Scheme = Uri.UriSchemeFile, Host = string.Empty, Path = SpecBundle.Normalize(input.Path) }.Uri;
            settings.CustomExternalLoader = new BundleLoader(bundle);
        }

        ReadResult result;
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            result = external
                ? LoadWithReferences(text, isYaml, settings, cancellationToken)
                : OpenApiDocument.Parse(text, isYaml ? "yaml" : "json", settings);
        }
        catch (OpenApiUnsupportedSpecVersionException exception) when (!DeclaresVersion(text))
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidDocument, JsonPointer.Root, input.FileName + " is not a valid OpenAPI document: it has no 'openapi' or 'swagger' field (" + exception.Message + ")");
            return null;
        }
        catch (OpenApiUnsupportedSpecVersionException exception)
        {
            var pointer = text.IndexOf("swagger", StringComparison.Ordinal) >= 0 && text.IndexOf("openapi", StringComparison.Ordinal) < 0 ? "#/swagger" : "#/openapi";
            diagnostics.Add(DiagnosticDescriptors.UnsupportedVersion, pointer, VersionIn(exception.Message));
            return null;
        }

        var errors = result.Diagnostic?.Errors ?? new List<OpenApiError>();
        if (result.Document is null)
        {
            var (pointer, message) = SyntaxError(text, isYaml);
            var reason = message ?? errors.FirstOrDefault()?.Message ?? "the file is not an OpenAPI document";
            diagnostics.Add(DiagnosticDescriptors.InvalidDocument, pointer, input.FileName + " is not a valid OpenAPI document: " + reason);
            return null;
        }

        foreach (var error in errors)
        {
            diagnostics.Add(DiagnosticDescriptors.SpecWarning, ReaderErrorPointer.Of(error.Pointer, error.Message), error.Message);
        }

        foreach (var warning in result.Diagnostic?.Warnings ?? new List<OpenApiError>())
        {
            // Unresolved references are reported where they are used, with their own id.
            if (warning.Message?.IndexOf("does not point to an existing", StringComparison.Ordinal) < 0)
            {
                diagnostics.Add(DiagnosticDescriptors.SpecWarning, ReaderErrorPointer.Of(warning.Pointer, warning.Message), warning.Message ?? string.Empty);
            }
        }

        return result.Document;
    }

    /// <summary>
    /// Microsoft.OpenApi loads external references only asynchronously. The loader answers from memory with
    /// completed tasks, so waiting here does not block on I/O.
    /// </summary>
    private static ReadResult LoadWithReferences(string text, bool isYaml, OpenApiReaderSettings settings, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        return System.Threading.Tasks.Task.Run(() => OpenApiDocument.LoadAsync(stream, isYaml ? "yaml" : "json", settings, cancellationToken), cancellationToken)
            .GetAwaiter()
            .GetResult();
    }

    /// <summary>Finds where JSON or YAML syntax breaks (or a key repeats); the pointer is a synthetic <c>@line:col</c> form.</summary>
    private static (string Pointer, string? Message) SyntaxError(string text, bool isYaml)
    {
        try
        {
            if (isYaml)
            {
                var parser = SharpYaml.Parser.CreateParser(new StringReader(text));
                while (parser.MoveNext())
                {
                }
            }
            else
            {
                using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Skip });
            }
        }
        catch (SharpYaml.YamlException exception)
        {
            return (LinePointer.Create(exception.Start.Line, exception.Start.Column), "YAML syntax error: " + exception.Message);
        }
        catch (JsonException exception)
        {
            // System.Text.Json counts bytes within the line; diagnostics count characters.
            var line = (int)(exception.LineNumber ?? 0);
            var column = new Positions.LineMap(text).CharColumn(text, line, exception.BytePositionInLine ?? 0);
            return (LinePointer.Create(line, column), "JSON syntax error: " + exception.Message);
        }

        if (DuplicateKeyFinder.Find(text, isYaml) is { } duplicate)
        {
            return (LinePointer.Create(duplicate.Line, duplicate.Column), "the key '" + duplicate.Key + "' appears twice in the same " + (isYaml ? "mapping" : "object"));
        }

        return (JsonPointer.Root, null);
    }

    private static bool DeclaresVersion(string text) =>
        text.IndexOf("openapi", StringComparison.Ordinal) >= 0 || text.IndexOf("swagger", StringComparison.Ordinal) >= 0;

    private static string VersionIn(string message)
    {
        var start = message.IndexOf('\'');
        var end = start >= 0 ? message.IndexOf('\'', start + 1) : -1;
        return end > start ? message.Substring(start + 1, end - start - 1) : message;
    }

    private static bool LooksLikeSwagger2(string text)
    {
        var head = text.Length > 4096 ? text.Substring(0, 4096) : text;
        return head.IndexOf("\"swagger\"", StringComparison.Ordinal) >= 0 || head.IndexOf("swagger:", StringComparison.Ordinal) >= 0;
    }

    private static EquatableArray<DiagnosticInfo> Locate(SpecInput input, string text, bool isYaml, bool isSwagger2, DiagnosticCollector diagnostics)
    {
        if (diagnostics.Items.Count == 0)
        {
            return EquatableArray<DiagnosticInfo>.Empty;
        }

        var pointers = diagnostics.Items.Select(item => item.Pointer).Where(pointer => !LinePointer.IsLinePointer(pointer));
        var located = SpecLocator.Locate(input.Path, text, isYaml, isSwagger2, pointers);
        var lines = new Positions.LineMap(text);
        return diagnostics.Items
            .Select(item => new DiagnosticInfo(
                item.Descriptor.Id,
                LinePointer.IsLinePointer(item.Pointer) ? LinePointer.ToLocation(input.Path, item.Pointer, text, lines) : located[item.Pointer],
                item.Arguments.ToEquatableArray()))
            .ToEquatableArray();
    }
}
