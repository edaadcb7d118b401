using Microsoft.OpenApi;
using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Parsing;

/// <summary>A generated type whose name is taken but whose members are built later (so recursion is safe).</summary>
internal sealed class TypeSlot
{
    public TypeSlot(string name, ShapeKind shape, IOpenApiSchema schema, string pointer, string schemaName, string? componentKey)
    {
        Name = name;
        Shape = shape;
        Schema = schema;
        Pointer = pointer;
        SchemaName = schemaName;
        ComponentKey = componentKey;
    }

    public string Name { get; }

    public ShapeKind Shape { get; }

    public IOpenApiSchema Schema { get; }

    public string Pointer { get; }

    public string SchemaName { get; }

    public string? ComponentKey { get; }

    public bool Building { get; set; }

    public TypeModel? Model { get; set; }

    public bool HasDerived { get; set; }

    /// <summary>The names other places wanted for this same (structurally identical) inline schema.</summary>
    public System.Collections.Generic.List<string> SharedHints { get; } = new();
}
