using System.Collections.Generic;
using System.Linq;
using OpenApiClientGenerator.Emitting.Views;
using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Emitting;

/// <summary>Builds the views of the root client, the tag sub-clients, their interfaces, options and mock handler.</summary>
internal sealed class ClientEmitter
{
    private readonly SpecModel _spec;
    private readonly CSharpTypes _types;
    private readonly FileView _file;

    public ClientEmitter(SpecModel spec, CSharpTypes types, FileView file)
    {
        _spec = spec;
        _types = types;
        _file = file;
    }

    private string OptionsName => _spec.ClientName + "Options";

    private string Prefix => _spec.Namespace + ".";

    public IEnumerable<GeneratedSource> Emit()
    {
        // A document without operations (components only, or webhooks only) yields its models and nothing to call.
        if (_spec.Operations.IsEmpty)
        {
            yield break;
        }

        var root = ClientView(null);
        yield return new GeneratedSource(Prefix + _spec.ClientName + ".g.cs", TemplateRenderer.Render("Client.Class", root));
        yield return new GeneratedSource(Prefix + "I" + _spec.ClientName + ".g.cs", TemplateRenderer.Render("Client.Interface", root));
        foreach (var group in _spec.Groups)
        {
            var view = ClientView(group);
            yield return new GeneratedSource(Prefix + group.ClassName + ".g.cs", TemplateRenderer.Render("Client.Class", view));
            yield return new GeneratedSource(Prefix + "I" + group.ClassName + ".g.cs", TemplateRenderer.Render("Client.Interface", view));
        }

        yield return new GeneratedSource(Prefix + OptionsName + ".g.cs", TemplateRenderer.Render("Client.Options", OptionsView()));
        if (_spec.GenerateMock)
        {
            yield return new GeneratedSource(Prefix + _spec.ClientName + "MockHandler.g.cs", TemplateRenderer.Render("Client.Mock", MockView()));
        }
    }

    private ClientView ClientView(GroupModel? group)
    {
        var isRoot = group is null;
        var className = group?.ClassName ?? _spec.ClientName;
        var view = new ClientView
        {
            File = _file,
            Doc = isRoot
                ? CodeText.Summary("Client for " + _spec.Title + (_spec.Version.Length > 0 ? " " + _spec.Version : string.Empty) + ".", _spec.Description)
                : CodeText.Summary(group!.Description, null, "Operations tagged '" + CodeText.Inline(group.Tag) + "'."),
            ClassName = className,
            InterfaceName = "I" + className,
            IsRoot = isRoot,
            OptionsName = OptionsName,
            ClientAttribute = "[global::OpenApiClientGenerator.Runtime.OpenApiClient(" + CodeText.Literal(_spec.Title) + ", " + CodeText.Literal(_spec.Version) + ", " + CodeText.Literal(_spec.SpecFileName) + ")]",
        };

        if (isRoot)
        {
            view.Schemes = _spec.SecuritySchemes.Select(scheme => new SchemeView
            {
                Field = scheme.FieldName,
                NameLiteral = CodeText.Literal(scheme.Name),
                Kind = scheme.Kind,
                ParameterLiteral = CodeText.Literal(scheme.ParameterName),
            }).ToList();
            view.Groups = _spec.Groups.Select(candidate => new GroupView
            {
                Doc = CodeText.Summary(candidate.Description, null, "Operations tagged '" + CodeText.Inline(candidate.Tag) + "'."),
                PropertyName = candidate.PropertyName,
                ClassName = candidate.ClassName,
                InterfaceName = "I" + candidate.ClassName,
            }).ToList();
        }

        var fields = new StaticFields(_types);
        var methods = new MethodEmitter(_spec, _types, fields);
        foreach (var operation in _spec.Operations.Where(operation => operation.GroupClassName == group?.ClassName))
        {
            view.Methods.Add(methods.Build(operation, operation.Response, null));
            foreach (var alternate in operation.AlternateResponses)
            {
                view.Methods.Add(methods.Build(operation, alternate, alternate.ContentType));
            }
        }

        view.Fields = fields.Fields;
        return view;
    }

    private OptionsView OptionsView()
    {
        var view = new OptionsView
        {
            File = _file,
            ClassName = OptionsName,
            ClientName = _spec.ClientName,
            ServerLiteral = IsAbsoluteHttp(_spec.ServerUrl) ? CodeText.Literal(_spec.ServerUrl) : "null",
            ServerDoc = IsAbsoluteHttp(_spec.ServerUrl)
                ? new List<string> { "<summary>The spec's first server: " + CodeText.Inline(_spec.ServerUrl) + "</summary>" }
                : new List<string> { "<summary>The spec names no absolute server URL: set <see cref=\"global::OpenApiClientGenerator.Runtime.ApiClientOptions.BaseAddress\"/>.</summary>" },
        };

        if (_spec.SecuritySchemes.Count > 0)
        {
            view.SchemeDocs.Add("<remarks>");
            view.SchemeDocs.Add("Security schemes of the spec and the option that feeds each:");
            view.SchemeDocs.Add("<list type=\"bullet\">");
            foreach (var scheme in _spec.SecuritySchemes)
            {
                var option = scheme.Kind switch
                {
                    "Basic" => "Basic",
                    "Bearer" => "BearerToken or BearerTokenProvider",
                    _ => "ApiKey or ApiKeys[\"" + scheme.Name + "\"]",
                };
                view.SchemeDocs.Add("<item><description>" + CodeText.Inline(scheme.Name) + " (" + scheme.Kind + "): " + CodeText.Inline(option) + (scheme.Description is null ? string.Empty : ". " + CodeText.Inline(scheme.Description)) + "</description></item>");
            }

            view.SchemeDocs.Add("</list>");
            view.SchemeDocs.Add("</remarks>");
        }

        return view;
    }

    private MockView MockView() => new()
    {
        File = _file,
        ClassName = _spec.ClientName + "MockHandler",
        ClientName = _spec.ClientName,
        OptionsName = OptionsName,
        HasServer = IsAbsoluteHttp(_spec.ServerUrl),
        Routes = _spec.Operations.Select(operation => new MockRouteView
        {
            OperationIdLiteral = CodeText.Literal(operation.OperationId),
            MethodLiteral = CodeText.Literal(operation.HttpMethod),
            PathLiteral = CodeText.Literal(operation.Path),
            Status = operation.Mock.StatusCode,
            ContentTypeLiteral = CodeText.Literal(operation.Mock.ContentType),
            BodyLiteral = CodeText.Literal(operation.Mock.Body),
            RequestBodyLiteral = operation.Body?.ExampleJson is { } request ? CodeText.Literal(request) : null,
            ParameterExamples = operation.Parameters
                .Where(parameter => parameter.ExampleJson is not null)
                .Select(parameter => "[" + CodeText.Literal(parameter.WireName) + "] = " + CodeText.Literal(parameter.ExampleJson))
                .ToList(),
        }).ToList(),
    };

    private static bool IsAbsoluteHttp(string? url) =>
        url is not null && System.Uri.TryCreate(url, System.UriKind.Absolute, out var uri) && (uri.Scheme == "https" || uri.Scheme == "http");
}
