using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using OpenApiClientGenerator.Diagnostics;
using OpenApiClientGenerator.Helpers;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Naming;

namespace OpenApiClientGenerator.Parsing;

/// <summary>Maps one operation's parameters, body, responses, security and mock answer.</summary>
internal sealed class OperationMapper
{
    private static readonly HashSet<string> RuntimeHeaders = new(StringComparer.OrdinalIgnoreCase) { "Accept", "Content-Type", "Authorization" };

    private readonly SchemaMapper _schemas;
    private readonly SecurityMapper _security;
    private readonly DiagnosticCollector _diagnostics;
    private readonly IReadOnlyDictionary<string, string> _urlParameters;
    private readonly Swagger2CollectionFormats? _collectionFormats;

    public OperationMapper(SchemaMapper schemas, SecurityMapper security, DiagnosticCollector diagnostics, IReadOnlyDictionary<string, string> urlParameters, Swagger2CollectionFormats? collectionFormats)
    {
        _schemas = schemas;
        _security = security;
        _diagnostics = diagnostics;
        _urlParameters = urlParameters;
        _collectionFormats = collectionFormats;
    }

    /// <summary>Maps everything but form fields, which need the body type built first (see <see cref="WithFormFields"/>).</summary>
    public OperationModel Map(OperationSource source, string? groupClassName)
    {
        var scope = new NameScope(ignoreCase: false, new[] { "cancellationToken", "request" });
        var parameters = MapParameters(source, scope);
        var body = MapBody(source, scope);
        var (response, alternates, allowEmpty) = MapResponses(source);
        if (allowEmpty && response.Type is not null)
        {
            response = response with { Type = response.Type.WithNullable(true) };
        }

        return new OperationModel(
            source.OperationId,
            source.MethodName,
            groupClassName,
            source.Method,
            source.Path,
            source.Operation.Summary,
            source.Operation.Description,
            source.Operation.Deprecated,
            Order(parameters),
            body,
            response,
            alternates,
            MapErrors(source),
            _security.For(source.Operation),
            MapMock(source, response));
    }

    /// <summary>Fills in the form fields of form and multipart bodies from the (now built) body type.</summary>
    public OperationModel WithFormFields(OperationModel operation)
    {
        if (operation.Body is not { Kind: BodyKind.Form or BodyKind.Multipart } body || body.Type.Kind != TypeRefKind.Model)
        {
            return operation;
        }

        var type = _schemas.Find(body.Type.Name!);
        if (type is null)
        {
            return operation;
        }

        var fields = type.Properties
            .Where(property => !property.ReadOnly)
            .Select(property => new FormFieldModel(property.JsonName, property.Name, property.Type, IsStructured(property.Type)))
            .ToEquatableArray();
        return operation with { Body = body with { FormFields = fields } };
    }

    /// <summary>Types whose wire text comes from their JSON form (objects, unions, free-form values, lists of them).</summary>
    private static bool IsStructured(TypeRef type) => type.Kind switch
    {
        TypeRefKind.Model or TypeRefKind.Union or TypeRefKind.Map or TypeRefKind.Any => true,
        TypeRefKind.List => IsStructured(type.Element!),
        _ => false,
    };

    private List<ParameterModel> MapParameters(OperationSource source, NameScope scope)
    {
        var merged = new List<(IOpenApiParameter Parameter, string Pointer)>();
        var pathPointer = JsonPointer.Append("#/paths", source.Path);
        AddAll(source.PathItem.Parameters, pathPointer + "/parameters");
        AddAll(source.Operation.Parameters, source.Pointer + "/parameters");

        var result = new List<ParameterModel>();
        var declaredPath = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (parameter, pointer) in merged)
        {
            if (parameter.In is not { } location || string.IsNullOrEmpty(parameter.Name))
            {
                continue;
            }

            if (location == Microsoft.OpenApi.ParameterLocation.Header && RuntimeHeaders.Contains(parameter.Name!))
            {
                continue;
            }

            if (location == Microsoft.OpenApi.ParameterLocation.Path && !source.Path.Contains("{" + parameter.Name + "}"))
            {
                continue;
            }

            var mapped = MapParameter(source, parameter, location, pointer, scope);
            if (mapped is not null)
            {
                result.Add(mapped);
                if (mapped.Location == Model.ParameterLocation.Path)
                {
                    declaredPath.Add(mapped.WireName);
                }
            }
        }

        foreach (var placeholder in PathPlaceholders(source.Path))
        {
            if (declaredPath.Add(placeholder))
            {
                _diagnostics.Add(DiagnosticDescriptors.SpecWarning, source.Pointer, $"The path parameter '{placeholder}' of {source.Method} {source.Path} is not declared; it is generated as a string");
                result.Add(new ParameterModel(
                    placeholder, scope.Claim(Identifier.ToCamel(placeholder)), Model.ParameterLocation.Path, "Simple", false, true,
                    TypeRef.Of(PrimitiveType.String), ParameterSerialization.Value, null, false, UrlOrigin(placeholder), null));
            }
        }

        return result;

        void AddAll(IList<IOpenApiParameter>? parameters, string basePointer)
        {
            if (parameters is null)
            {
                return;
            }

            for (var i = 0; i < parameters.Count; i++)
            {
                var parameter = parameters[i];
                var pointer = basePointer + "/" + i;
                merged.RemoveAll(existing => existing.Parameter.Name == parameter.Name && existing.Parameter.In == parameter.In);
                merged.Add((parameter, pointer));
            }
        }
    }

    private ParameterModel? MapParameter(OperationSource source, IOpenApiParameter parameter, Microsoft.OpenApi.ParameterLocation location, string pointer, NameScope scope)
    {
        var wireName = parameter.Name!;
        var serialization = ParameterSerialization.Value;
        var schema = parameter.Schema;
        if (schema is null && parameter.Content is { Count: > 0 } content)
        {
            var media = content.First();
            schema = media.Value.Schema;
            serialization = ParameterSerialization.Json;
        }

        var hint = source.TypeStem + Identifier.ToPascal(wireName, "Parameter");
        var type = _schemas.Map(schema, hint, pointer + "/schema");
        if (serialization == ParameterSerialization.Value && IsStructured(type))
        {
            serialization = ParameterSerialization.Object;
        }

        var mappedLocation = location switch
        {
            Microsoft.OpenApi.ParameterLocation.Path => Model.ParameterLocation.Path,
            Microsoft.OpenApi.ParameterLocation.Header => Model.ParameterLocation.Header,
            Microsoft.OpenApi.ParameterLocation.Cookie => Model.ParameterLocation.Cookie,
            _ => Model.ParameterLocation.Query,
        };
        var style = parameter.Style?.ToString() ?? (mappedLocation is Model.ParameterLocation.Query or Model.ParameterLocation.Cookie ? "Form" : "Simple");
        var explode = _collectionFormats?.Explode(source.Path, source.Method, wireName, location.ToString()) ?? parameter.Explode;
        var required = parameter.Required || mappedLocation == Model.ParameterLocation.Path;
        var name = scope.Claim(Identifier.ToCamel(wireName, "value"));
        var example = parameter.Example ?? parameter.Examples?.Values.FirstOrDefault()?.Value;
        if (JsonNodes.IsNull(example) || ExampleBuilder.Mismatch(example, schema) is not null)
        {
            example = ExampleBuilder.Synthesize(schema, forResponse: false);
        }

        return new ParameterModel(
            wireName,
            name,
            mappedLocation,
            style,
            explode,
            required,
            type.WithNullable(type.Nullable || !required),
            serialization,
            parameter.Description,
            parameter.Deprecated,
            mappedLocation == Model.ParameterLocation.Path ? UrlOrigin(wireName) : null,
            JsonNodes.ToJson(example));
    }

    private string? UrlOrigin(string parameterName) =>
        _urlParameters.TryGetValue(parameterName, out var origin) ? origin : null;

    private RequestBodyModel? MapBody(OperationSource source, NameScope scope)
    {
        var requestBody = source.Operation.RequestBody;
        if (requestBody?.Content is not { Count: > 0 } content)
        {
            return null;
        }

        var pointer = source.Pointer + "/requestBody";
        ReportMalformed(content, pointer, "the request body of " + source.OperationId);
        var chosen = MediaTypes.Choose(content, forRequest: true, out var kind);
        if (chosen is not { } pair)
        {
            _diagnostics.Add(DiagnosticDescriptors.UnsupportedMediaType, pointer, string.Join(", ", content.Keys), "the request body of " + source.OperationId, "the operation is generated without a body");
            return null;
        }

        var mediaPointer = JsonPointer.Append(pointer + "/content", pair.Key);
        var type = kind switch
        {
            BodyKind.Binary => TypeRef.Of(PrimitiveType.File),
            BodyKind.Text => TypeRef.Of(PrimitiveType.String),
            _ => _schemas.Map(pair.Value.Schema, source.TypeStem + "Request", mediaPointer + "/schema"),
        };

        var example = ExampleFor(pair.Value, mediaPointer, "the request body of " + source.OperationId, forResponse: false);

        // Swagger 2.0 formData parameters arrive as a form body that is never marked required; a required field makes it so.
        var required = requestBody.Required
            || (kind is BodyKind.Form or BodyKind.Multipart && SchemaFacts.Resolve(pair.Value.Schema)?.Required is { Count: > 0 });
        return new RequestBodyModel(
            kind,
            pair.Key,
            scope.Claim("body"),
            type.WithNullable(type.Nullable || !required),
            required,
            requestBody.Description,
            EquatableArray<FormFieldModel>.Empty,
            kind == BodyKind.Json || kind == BodyKind.Form || kind == BodyKind.Multipart ? example : null);
    }

    private (ResponseModel Response, EquatableArray<ResponseModel> Alternates, bool AllowEmpty) MapResponses(OperationSource source)
    {
        var responses = source.Operation.Responses;
        var success = SuccessResponses(responses);
        if (success.Count == 0)
        {
            return (new ResponseModel(BodyKind.None, null, null, "200", null), EquatableArray<ResponseModel>.Empty, false);
        }

        var withContent = success.FirstOrDefault(pair => HasBody(pair.Value));
        if (withContent.Value is null)
        {
            return (new ResponseModel(BodyKind.None, null, null, success[0].Key, success[0].Value.Description), EquatableArray<ResponseModel>.Empty, false);
        }

        var pointer = JsonPointer.Append(source.Pointer + "/responses", withContent.Key);
        ReportMalformed(withContent.Value.Content, pointer, "the response " + withContent.Key + " of " + source.OperationId);
        var chosen = MediaTypes.Choose(withContent.Value.Content, forRequest: false, out var kind);
        if (chosen is not { } pair)
        {
            _diagnostics.Add(DiagnosticDescriptors.UnsupportedMediaType, pointer, string.Join(", ", withContent.Value.Content!.Keys), "the response " + withContent.Key + " of " + source.OperationId, "the method returns no value");
            return (new ResponseModel(BodyKind.None, null, null, withContent.Key, withContent.Value.Description), EquatableArray<ResponseModel>.Empty, false);
        }

        var type = kind == BodyKind.Json
            ? _schemas.Map(pair.Value.Schema, source.TypeStem + "Response", JsonPointer.Append(pointer + "/content", pair.Key) + "/schema")
            : null;
        var response = new ResponseModel(kind, pair.Key, type, withContent.Key, withContent.Value.Description);

        var alternates = new List<ResponseModel>();
        if (kind == BodyKind.Json)
        {
            foreach (var media in withContent.Value.Content!.Keys)
            {
                if (MediaTypes.Classify(media, out var malformed) == BodyKind.Text && !malformed && alternates.Count == 0)
                {
                    alternates.Add(new ResponseModel(BodyKind.Text, media, null, withContent.Key, withContent.Value.Description));
                }
            }
        }

        var allowEmpty = success.Any(entry => !HasBody(entry.Value));
        return (response, alternates.ToEquatableArray(), allowEmpty);
    }

    private EquatableArray<ErrorResponseModel> MapErrors(OperationSource source)
    {
        var result = new List<ErrorResponseModel>();
        var responses = source.Operation.Responses;
        if (responses is null)
        {
            return EquatableArray<ErrorResponseModel>.Empty;
        }

        var successKeys = new HashSet<string>(SuccessResponses(responses).Select(pair => pair.Key), StringComparer.Ordinal);
        foreach (var pair in responses)
        {
            if (successKeys.Contains(pair.Key) || pair.Value?.Content is not { Count: > 0 } content)
            {
                continue;
            }

            var chosen = MediaTypes.Choose(content, forRequest: false, out var kind);
            if (chosen is not { } media || kind != BodyKind.Json || media.Value.Schema is null)
            {
                continue;
            }

            var pointer = JsonPointer.Append(JsonPointer.Append(source.Pointer + "/responses", pair.Key) + "/content", media.Key) + "/schema";
            var type = _schemas.Map(media.Value.Schema, source.TypeStem + Identifier.ToPascal(pair.Key) + "Error", pointer);
            result.Add(new ErrorResponseModel(pair.Key, type));
        }

        return result.ToEquatableArray();
    }

    private MockResponseModel MapMock(OperationSource source, ResponseModel response)
    {
        var status = int.TryParse(response.StatusCode, out var code) && code is >= 200 and < 300 ? code : 200;
        if (response.Kind == BodyKind.None || response.ContentType is null)
        {
            return new MockResponseModel(status, null, null);
        }

        var media = source.Operation.Responses![response.StatusCode]!.Content![response.ContentType];
        var pointer = JsonPointer.Append(JsonPointer.Append(JsonPointer.Append(source.Pointer + "/responses", response.StatusCode) + "/content", response.ContentType), "example");
        switch (response.Kind)
        {
            case BodyKind.Json:
                var json = ExampleFor(media, pointer, "the response " + response.StatusCode + " of " + source.OperationId, forResponse: true);
                return new MockResponseModel(status, response.ContentType, json);
            case BodyKind.Text:
                var text = media.Example is { } example && JsonNodes.AsString(example) is { } value ? value : "sample";
                return new MockResponseModel(status, response.ContentType, text);
            default:
                return new MockResponseModel(status, response.ContentType, "sample");
        }
    }

    private string? ExampleFor(IOpenApiMediaType media, string pointer, string what, bool forResponse)
    {
        var documented = ExampleBuilder.Documented(media);
        if (documented is not null)
        {
            var mismatch = ExampleBuilder.Mismatch(documented, media.Schema);
            if (mismatch is null)
            {
                return JsonNodes.ToJson(documented);
            }

            _diagnostics.Add(DiagnosticDescriptors.ExampleMismatch, pointer, what, mismatch);
        }

        return JsonNodes.ToJson(ExampleBuilder.Synthesize(media.Schema, forResponse));
    }

    private void ReportMalformed(IDictionary<string, IOpenApiMediaType>? content, string pointer, string what)
    {
        foreach (var media in MediaTypes.Malformed(content))
        {
            _diagnostics.Add(DiagnosticDescriptors.UnsupportedMediaType, JsonPointer.Append(pointer + "/content", media), media, what, "it is not a valid type/subtype media type, so another media type of the same operation is used where possible");
        }
    }

    /// <summary>
    /// Whether a response documents a body. JSON media types without a schema (what Swagger 2.0 <c>produces</c> leaves
    /// on every response, a 204 included) do not count; text and binary ones do.
    /// </summary>
    private static bool HasBody(IOpenApiResponse response) =>
        response.Content is { Count: > 0 } content
        && content.Any(pair => pair.Value?.Schema is not null || MediaTypes.Classify(pair.Key, out _) is BodyKind.Text or BodyKind.Binary);

    /// <summary>Success responses: 2xx codes in order, then 2XX; <c>default</c> only when nothing else is documented as success.</summary>
    private static List<KeyValuePair<string, IOpenApiResponse>> SuccessResponses(OpenApiResponses? responses)
    {
        var result = new List<KeyValuePair<string, IOpenApiResponse>>();
        if (responses is null)
        {
            return result;
        }

        result.AddRange(responses
            .Where(pair => pair.Value is not null && pair.Key.Length == 3 && pair.Key[0] == '2')
            .OrderBy(pair => char.IsDigit(pair.Key[1]) ? 0 : 1)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal));
        if (result.Count == 0 && responses.TryGetValue("default", out var fallback) && fallback is not null
            && !responses.Keys.Any(key => key.Length == 3 && key[0] is '4' or '5'))
        {
            result.Add(new KeyValuePair<string, IOpenApiResponse>("default", fallback));
        }

        return result;
    }

    private static List<string> PathPlaceholders(string path)
    {
        var result = new List<string>();
        var start = path.IndexOf('{');
        while (start >= 0)
        {
            var end = path.IndexOf('}', start);
            if (end < 0)
            {
                break;
            }

            result.Add(path.Substring(start + 1, end - start - 1));
            start = path.IndexOf('{', end);
        }

        return result;
    }

    /// <summary>Signature order: required parameters (path first), then optional ones.</summary>
    private static EquatableArray<ParameterModel> Order(List<ParameterModel> parameters) =>
        parameters
            .Select((parameter, index) => (parameter, index))
            .OrderBy(entry => entry.parameter.Required ? 0 : 1)
            .ThenBy(entry => entry.parameter.Location == Model.ParameterLocation.Path ? 0 : 1)
            .ThenBy(entry => entry.index)
            .Select(entry => entry.parameter)
            .ToEquatableArray();
}
