using Microsoft.CodeAnalysis;

namespace OpenApiClientGenerator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. Ids are fixed once shipped; see docs/diagnostics.md and
/// AnalyzerReleases.*.md.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "OpenApiClientGenerator";
    private const string HelpBase = "https://github.com/openapi-client-generator/openapi-client-generator/blob/main/docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor UnreadableSpec = Create(
        "OACG001", "Spec file cannot be read", "The spec file '{0}' cannot be read: {1}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidDocument = Create(
        "OACG002", "Invalid OpenAPI document", "{0}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnsupportedVersion = Create(
        "OACG003", "Unsupported OpenAPI version", "The document declares version '{0}'; supported are OpenAPI 2.0 (swagger: \"2.0\"), 3.0.x and 3.1.x", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnresolvedReference = Create(
        "OACG004", "Unresolved $ref", "The reference '{0}' cannot be resolved; the value is typed as JsonNode", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnsupportedConstruct = Create(
        "OACG005", "Unsupported construct", "{0} is not supported; {1}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NameCollision = Create(
        "OACG006", "Name collision resolved by renaming", "The {0} '{1}' would clash with another name, so it is generated as '{2}'", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor MissingOperationId = Create(
        "OACG007", "Operation without operationId", "The operation {0} {1} has no operationId; its method is named '{2}'", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor MissingServer = Create(
        "OACG008", "Missing server URL", "The spec names no absolute server URL; set BaseAddress on {0}Options or on the HttpClient", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidMetadata = Create(
        "OACG009", "Invalid OpenApiSpec metadata", "OpenApiSpec metadata {0}='{1}' is not valid: {2}; {3}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnknownExtension = Create(
        "OACG010", "Unknown spec file extension", "The spec file '{0}' has the extension '{1}'; expected .json, .yaml or .yml. It is read as {2}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor SpecWarning = Create(
        "OACG011", "OpenAPI document warning", "{0}", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor UnsupportedMediaType = Create(
        "OACG012", "Media type not supported", "The media type '{0}' of {1} is not supported; {2}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor IgnoredSection = Create(
        "OACG013", "Spec section not generated", "{0} are not generated: {1}", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor ExampleMismatch = Create(
        "OACG014", "Example does not match its schema", "The example of {0} does not match its schema ({1}); the mock handler answers with a synthesized value", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor DuplicateClient = Create(
        "OACG015", "Two specs generate into the same namespace", "The namespace '{0}' is generated from another spec already, so '{1}' is not generated; give each spec its own Namespace", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ExternalReferenceRefused = Create(
        "OACG016", "External reference not allowed", "The reference '{0}' points {1}; only files that are themselves OpenApiSpec items of the project are read. The value is typed as JsonNode", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnknownFormat = Create(
        "OACG017", "Unknown format", "The format '{0}' of a {1} schema is not a known format; it is generated as {2}", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor NoOperations = Create(
        "OACG018", "Document without operations", "The document has no operations; only its models are generated", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor InternalError = Create(
        "OACG019", "Generator failure", "Generating from '{0}' failed unexpectedly: {1}. Please report this with the spec.", DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Create(string id, string title, string format, DiagnosticSeverity severity) =>
        new(id, title, format, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());

    public static DiagnosticDescriptor? Find(string id) => id switch
    {
        "OACG001" => UnreadableSpec,
        "OACG002" => InvalidDocument,
        "OACG003" => UnsupportedVersion,
        "OACG004" => UnresolvedReference,
        "OACG005" => UnsupportedConstruct,
        "OACG006" => NameCollision,
        "OACG007" => MissingOperationId,
        "OACG008" => MissingServer,
        "OACG009" => InvalidMetadata,
        "OACG010" => UnknownExtension,
        "OACG011" => SpecWarning,
        "OACG012" => UnsupportedMediaType,
        "OACG013" => IgnoredSection,
        "OACG014" => ExampleMismatch,
        "OACG015" => DuplicateClient,
        "OACG016" => ExternalReferenceRefused,
        "OACG017" => UnknownFormat,
        "OACG018" => NoOperations,
        "OACG019" => InternalError,
        _ => null,
    };
}
