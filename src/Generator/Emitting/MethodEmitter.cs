using System.Collections.Generic;
using System.Linq;
using System.Text;
using OpenApiClientGenerator.Emitting.Views;
using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Emitting;

/// <summary>Builds the view of one client method: signature, docs, request building and response reading.</summary>
internal sealed class MethodEmitter
{
    private const string Runtime = CSharpTypes.Runtime;

    private readonly SpecModel _spec;
    private readonly CSharpTypes _types;
    private readonly StaticFields _codecs;

    public MethodEmitter(SpecModel spec, CSharpTypes types, StaticFields fields)
    {
        _spec = spec;
        _types = types;
        _codecs = fields;
    }

    /// <param name="operation">The operation.</param>
    /// <param name="response">The response this method reads (the primary one, or an alternate media type).</param>
    /// <param name="alternateMediaType">Set for the extra method of an alternate media type.</param>
    public MethodView Build(OperationModel operation, ResponseModel response, string? alternateMediaType)
    {
        var stem = operation.MethodName.Substring(0, operation.MethodName.Length - "Async".Length);
        var name = alternateMediaType is null ? operation.MethodName : stem + "As" + Naming.Identifier.ToPascal(SubType(alternateMediaType)) + "Async";
        var view = new MethodView
        {
            Name = name,
            Attribute = "[" + Runtime + ".OpenApiOperation(" + CodeText.Literal(operation.OperationId) + ", " + CodeText.Literal(operation.HttpMethod) + ", " + CodeText.Literal(operation.Path)
                + (alternateMediaType is null ? string.Empty : ", ResponseMediaType = " + CodeText.Literal(alternateMediaType)) + ")]",
            Obsolete = operation.Deprecated ? CodeText.Literal("Deprecated in the OpenAPI spec.") : null,
            MethodLiteral = CodeText.Literal(operation.HttpMethod),
            OperationIdLiteral = CodeText.Literal(operation.OperationId),
            AcceptLiteral = response.ContentType is null ? null : CodeText.Literal(response.ContentType),
            PathExpression = PathExpression(operation),
        };

        view.ReturnType = ReturnType(response);
        view.Parameters = ParameterList(operation, attributed: false);
        view.AttributedParameters = ParameterList(operation, attributed: true);
        view.Guards = Guards(operation);
        view.ParameterStatements = ParameterStatements(operation);
        (view.ContentExpression, view.ContentCondition) = Content(operation);
        view.Doc = Docs(operation, response, alternateMediaType);

        if (operation.Security.Count > 0)
        {
            var requirements = operation.Security.Select(requirement =>
                "new " + Runtime + ".SecurityRequirement(" + string.Join(", ", requirement.SchemeNames.Select(SchemeField)) + ")");
            view.SecurityField = _codecs.Shared(
                "global::System.Collections.Generic.IReadOnlyList<" + Runtime + ".SecurityRequirement>",
                "new " + Runtime + ".SecurityRequirement[] { " + string.Join(", ", requirements) + " }",
                "s_security");
        }

        if (operation.Errors.Count > 0)
        {
            var errors = operation.Errors.Select(error =>
                Runtime + ".ErrorResponse.Json(" + CodeText.Literal(error.StatusKey) + ", " + _codecs.For(error.Type.WithNullable(false)) + ")");
            view.ErrorsField = _codecs.Shared(
                "global::System.Collections.Generic.IReadOnlyList<" + Runtime + ".ErrorResponse>",
                "new " + Runtime + ".ErrorResponse[] { " + string.Join(", ", errors) + " }",
                "s_errors");
        }

        switch (response.Kind)
        {
            case BodyKind.Json:
                view.SendKind = "json";
                view.ResponseCodec = _codecs.For(response.Type!.Nullable && !_types.IsValueType(response.Type) ? response.Type.WithNullable(false) : response.Type);
                view.AllowEmpty = response.Type.Nullable ? "true" : "false";
                break;
            case BodyKind.Text:
                view.SendKind = "text";
                break;
            case BodyKind.Binary:
                view.SendKind = "binary";
                break;
        }

        return view;
    }

    private string SchemeField(string schemeName)
    {
        var scheme = _spec.SecuritySchemes.First(candidate => candidate.Name == schemeName);
        return "global::" + _spec.Namespace + "." + _spec.ClientName + "." + scheme.FieldName;
    }

    private string ReturnType(ResponseModel response) => response.Kind switch
    {
        BodyKind.Json => "global::System.Threading.Tasks.Task<" + _types.Name(response.Type!) + ">",
        BodyKind.Text => "global::System.Threading.Tasks.Task<string>",
        BodyKind.Binary => "global::System.Threading.Tasks.Task<global::System.IO.Stream>",
        _ => "global::System.Threading.Tasks.Task",
    };

    private string ParameterList(OperationModel operation, bool attributed)
    {
        var required = new List<string>();
        var optional = new List<string>();
        foreach (var parameter in operation.Parameters)
        {
            var attribute = attributed ? Attribute(parameter.WireName, parameter.Location.ToString().ToLowerInvariant()) : string.Empty;
            (parameter.Required ? required : optional).Add(attribute + _types.Name(parameter.Type) + " " + parameter.Name + (parameter.Required ? string.Empty : " = default"));
        }

        if (operation.Body is { } body)
        {
            var attribute = attributed ? Attribute("body", "body") : string.Empty;
            var text = attribute + _types.Name(body.Type) + " " + body.ParameterName + (body.Required ? string.Empty : " = default");
            if (body.Required)
            {
                required.Add(text);
            }
            else
            {
                optional.Insert(0, text);
            }
        }

        return string.Join(", ", required.Concat(optional).Concat(new[] { "global::System.Threading.CancellationToken cancellationToken = default" }));
    }

    private static string Attribute(string wireName, string location) =>
        "[" + Runtime + ".OpenApiParameter(" + CodeText.Literal(wireName) + ", " + CodeText.Literal(location) + ")] ";

    private List<string> Guards(OperationModel operation)
    {
        var guards = new List<string>();
        foreach (var parameter in operation.Parameters.Where(parameter => parameter.Required && !parameter.Type.Nullable && !_types.IsValueType(parameter.Type)))
        {
            guards.Add("_ = " + parameter.Name + " ?? throw new global::System.ArgumentNullException(nameof(" + parameter.Name + "));");
        }

        if (operation.Body is { Required: true } body && !body.Type.Nullable && !_types.IsValueType(body.Type))
        {
            guards.Add("_ = " + body.ParameterName + " ?? throw new global::System.ArgumentNullException(nameof(" + body.ParameterName + "));");
        }

        return guards;
    }

    private string PathExpression(OperationModel operation)
    {
        var path = operation.Path;
        var hash = path.IndexOf('#');
        if (hash >= 0)
        {
            path = path.Substring(0, hash);
        }

        var parts = new List<string>();
        var literal = new StringBuilder();
        for (var i = 0; i < path.Length; i++)
        {
            var close = path[i] == '{' ? path.IndexOf('}', i) : -1;
            if (close < 0)
            {
                literal.Append(path[i]);
                continue;
            }

            var wireName = path.Substring(i + 1, close - i - 1);
            var parameter = operation.Parameters.FirstOrDefault(candidate => candidate.Location == ParameterLocation.Path && candidate.WireName == wireName);
            if (parameter is null)
            {
                literal.Append(path, i, close - i + 1);
                i = close;
                continue;
            }

            if (literal.Length > 0)
            {
                parts.Add(CodeText.Literal(literal.ToString()));
                literal.Clear();
            }

            var value = parameter.ResourceUrlOrigin is { Length: > 0 } origin && parameter.Type.Primitive == PrimitiveType.String
                ? Runtime + ".ResourceUrl.ToId(" + parameter.Name + ", " + CodeText.Literal(origin) + ", " + CodeText.Literal(parameter.WireName) + ")"
                : parameter.Name;
            parts.Add(parameter.Style is "Label" or "Matrix"
                ? Runtime + ".PathSegment.Encode(" + value + ", " + CodeText.Literal(parameter.WireName) + ", " + Runtime + ".ParameterStyle." + parameter.Style + ", " + (parameter.Explode ? "true" : "false") + ")"
                : Runtime + ".PathSegment.Encode(" + value + ", " + CodeText.Literal(parameter.WireName) + ")");
            i = close;
        }

        if (literal.Length > 0 || parts.Count == 0)
        {
            parts.Add(CodeText.Literal(literal.ToString()));
        }

        return string.Join(" + ", parts);
    }

    private List<string> ParameterStatements(OperationModel operation)
    {
        var statements = new List<string>();
        foreach (var parameter in operation.Parameters)
        {
            var wire = CodeText.Literal(parameter.WireName);
            var style = Runtime + ".ParameterStyle." + parameter.Style;
            var explode = parameter.Explode ? "true" : "false";
            switch (parameter.Location)
            {
                case ParameterLocation.Query when parameter.Serialization == ParameterSerialization.Object:
                    statements.Add("request.AddQueryObject(" + wire + ", " + parameter.Name + ", " + _codecs.For(parameter.Type.WithNullable(false)) + ", " + style + ", " + explode + ");");
                    break;
                case ParameterLocation.Query when parameter.Serialization == ParameterSerialization.Json:
                    statements.Add("request.AddQueryJson(" + wire + ", " + parameter.Name + ", " + CodecForValue(parameter.Type) + ");");
                    break;
                case ParameterLocation.Query:
                    statements.Add("request.AddQuery(" + wire + ", " + parameter.Name + ", " + style + ", " + explode + ");");
                    break;
                case ParameterLocation.Header:
                    statements.Add("request.AddHeader(" + wire + ", " + ValueExpression(parameter) + ");");
                    break;
                case ParameterLocation.Cookie:
                    statements.Add("request.AddCookie(" + wire + ", " + ValueExpression(parameter) + ");");
                    break;
            }
        }

        return statements;
    }

    private string ValueExpression(ParameterModel parameter) => parameter.Serialization switch
    {
        ParameterSerialization.Value => parameter.Name,
        ParameterSerialization.Json => "(" + parameter.Name + " is null ? null : " + Runtime + ".JsonCodecs.ToJsonString(" + parameter.Name + ", " + CodecForValue(parameter.Type) + "))",
        _ => Runtime + ".JsonCodecs.ToParameterText(" + parameter.Name + ", " + _codecs.For(parameter.Type.WithNullable(false)) + ")",
    };

    /// <summary>A codec matching the parameter's static type (value types keep their <c>?</c>).</summary>
    private string CodecForValue(TypeRef type) =>
        _codecs.For(_types.IsValueType(type) ? type : type.WithNullable(false));

    private (string? Expression, string? Condition) Content(OperationModel operation)
    {
        if (operation.Body is not { } body)
        {
            return (null, null);
        }

        var value = body.ParameterName;
        var media = CodeText.Literal(body.ContentType);
        var condition = body.Type.Nullable ? value + " is not null" : null;
        var expression = body.Kind switch
        {
            BodyKind.Json => Runtime + ".ApiContent.Json(" + value + ", " + CodecForValue(body.Type) + ", " + media + ")",
            BodyKind.Text => Runtime + ".ApiContent.Text(" + value + ", " + media + ")",
            BodyKind.Binary => Runtime + ".ApiContent.Binary(" + value + ", " + media + ")",
            BodyKind.Form => Form(body, value) + ".ToUrlEncoded(" + media + ")",
            _ => Form(body, value) + ".ToMultipart()",
        };
        return (expression, condition);
    }

    private string Form(RequestBodyModel body, string value)
    {
        var builder = new StringBuilder("new " + Runtime + ".FormBuilder()");
        if (body.Type.Kind != TypeRefKind.Model)
        {
            builder.Append(".AddObject(").Append(value).Append(", ").Append(_codecs.For(body.Type.WithNullable(false))).Append(')');
            return builder.ToString();
        }

        foreach (var field in body.FormFields)
        {
            if (field.IsObject)
            {
                builder.Append(".AddJson(").Append(CodeText.Literal(field.WireName)).Append(", ").Append(value).Append('.').Append(field.PropertyName)
                    .Append(", ").Append(_codecs.For(field.Type.WithNullable(false))).Append(')');
            }
            else
            {
                builder.Append(".Add(").Append(CodeText.Literal(field.WireName)).Append(", ").Append(value).Append('.').Append(field.PropertyName).Append(')');
            }
        }

        return builder.ToString();
    }

    private List<string> Docs(OperationModel operation, ResponseModel response, string? alternateMediaType)
    {
        var summary = operation.Summary ?? (operation.Description is null ? null : FirstSentence(operation.Description));
        var doc = CodeText.Summary(
            summary,
            operation.Summary is null ? (operation.Description != summary ? operation.Description : null) : operation.Description,
            operation.HttpMethod + " " + CodeText.Inline(operation.Path));
        if (alternateMediaType is not null)
        {
            doc.Add("<remarks>Asks for <c>" + CodeText.Inline(alternateMediaType) + "</c> and returns the body as text.</remarks>");
        }

        foreach (var parameter in operation.Parameters)
        {
            var text = CodeText.Inline(parameter.Description);
            if (parameter.ResourceUrlOrigin is { Length: > 0 } origin)
            {
                text += (text.Length > 0 ? " " : string.Empty) + "An id, or the full URL (" + CodeText.Inline(origin) + "/&lt;id&gt;); any other URL is refused before sending.";
            }

            doc.Add("<param name=\"" + parameter.Name.TrimStart('@') + "\">" + (text.Length > 0 ? text : "The <c>" + CodeText.Inline(parameter.WireName) + "</c> " + parameter.Location.ToString().ToLowerInvariant() + " parameter.") + "</param>");
        }

        if (operation.Body is { } body)
        {
            var text = CodeText.Inline(body.Description);
            doc.Add("<param name=\"" + body.ParameterName + "\">" + (text.Length > 0 ? text : "The request body (" + CodeText.Inline(body.ContentType) + ").") + "</param>");
        }

        doc.Add("<param name=\"cancellationToken\">Cancels the request.</param>");
        if (response.Kind != BodyKind.None)
        {
            var text = CodeText.Inline(response.Description);
            doc.Add("<returns>" + (text.Length > 0 ? text : "The response body.") + "</returns>");
        }

        doc.Add("<exception cref=\"" + Runtime + ".ApiException\">The server answered with a status code that is not a success.</exception>");
        return doc;
    }

    private static string FirstSentence(string text)
    {
        var end = text.IndexOfAny(new[] { '.', '\n' });
        return end > 0 && end < 200 ? text.Substring(0, end + 1).Trim() : (text.Length > 200 ? text.Substring(0, 200) + "..." : text);
    }

    private static string SubType(string mediaType)
    {
        var bare = mediaType.Split(';')[0];
        var slash = bare.LastIndexOf('/');
        return slash >= 0 ? bare.Substring(slash + 1) : bare;
    }
}
