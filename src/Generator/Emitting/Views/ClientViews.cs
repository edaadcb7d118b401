using System.Collections.Generic;

namespace OpenApiClientGenerator.Emitting.Views;

/// <summary>A client class (root or tag group) and its interface.</summary>
internal sealed class ClientView
{
    public FileView File { get; set; } = new();

    public List<string> Doc { get; set; } = new();

    public string ClassName { get; set; } = string.Empty;

    public string InterfaceName { get; set; } = string.Empty;

    public bool IsRoot { get; set; }

    public string OptionsName { get; set; } = string.Empty;

    public string ClientAttribute { get; set; } = string.Empty;

    public List<GroupView> Groups { get; set; } = new();

    public List<MethodView> Methods { get; set; } = new();

    public List<SchemeView> Schemes { get; set; } = new();

    public List<StaticFieldView> Fields { get; set; } = new();
}

/// <summary>A tag sub-client property of the root client.</summary>
internal sealed class GroupView
{
    public List<string> Doc { get; set; } = new();

    public string PropertyName { get; set; } = string.Empty;

    public string ClassName { get; set; } = string.Empty;

    public string InterfaceName { get; set; } = string.Empty;
}

/// <summary>A security scheme field on the root client.</summary>
internal sealed class SchemeView
{
    public string Field { get; set; } = string.Empty;

    public string NameLiteral { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public string ParameterLiteral { get; set; } = "null";
}

/// <summary>One generated method.</summary>
internal sealed class MethodView
{
    public List<string> Doc { get; set; } = new();

    public string? Obsolete { get; set; }

    public string Attribute { get; set; } = string.Empty;

    public string ReturnType { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Parameters { get; set; } = string.Empty;

    public string AttributedParameters { get; set; } = string.Empty;

    public List<string> Guards { get; set; } = new();

    public string MethodLiteral { get; set; } = string.Empty;

    public string PathExpression { get; set; } = string.Empty;

    public string OperationIdLiteral { get; set; } = string.Empty;

    public string? AcceptLiteral { get; set; }

    public string? SecurityField { get; set; }

    public List<string> ParameterStatements { get; set; } = new();

    public string? ContentExpression { get; set; }

    public string? ContentCondition { get; set; }

    public string SendKind { get; set; } = "none";

    public string? ResponseCodec { get; set; }

    public string ErrorsField { get; set; } = "null";

    public string AllowEmpty { get; set; } = "false";
}

/// <summary>The options class.</summary>
internal sealed class OptionsView
{
    public FileView File { get; set; } = new();

    public string ClassName { get; set; } = string.Empty;

    public string ClientName { get; set; } = string.Empty;

    public string ServerLiteral { get; set; } = "null";

    public List<string> ServerDoc { get; set; } = new();

    public List<string> SchemeDocs { get; set; } = new();
}

/// <summary>The mock handler.</summary>
internal sealed class MockView
{
    public FileView File { get; set; } = new();

    public string ClassName { get; set; } = string.Empty;

    public string ClientName { get; set; } = string.Empty;

    public string OptionsName { get; set; } = string.Empty;

    public bool HasServer { get; set; }

    public List<MockRouteView> Routes { get; set; } = new();
}

/// <summary>One canned answer.</summary>
internal sealed class MockRouteView
{
    public string OperationIdLiteral { get; set; } = string.Empty;

    public string MethodLiteral { get; set; } = string.Empty;

    public string PathLiteral { get; set; } = string.Empty;

    public int Status { get; set; }

    public string ContentTypeLiteral { get; set; } = "null";

    public string BodyLiteral { get; set; } = "null";

    public string? RequestBodyLiteral { get; set; }

    public List<string> ParameterExamples { get; set; } = new();
}
