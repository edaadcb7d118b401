using System.Linq;
using Microsoft.OpenApi;
using OpenApiClientGenerator.Diagnostics;

namespace OpenApiClientGenerator.Parsing;

/// <summary>What C# shape a schema becomes.</summary>
internal enum ShapeKind
{
    Any,
    Primitive,
    Enum,
    Object,
    Union,
    List,
    Map,

    /// <summary>The schema only wraps another (allOf with one member, oneOf with null): use the member.</summary>
    Alias,
}

/// <summary>The classification of one schema: its shape, and for aliases the wrapped schema and its keyword.</summary>
internal readonly struct SchemaShape
{
    private SchemaShape(ShapeKind kind, IOpenApiSchema? member, string? memberPath, bool nullable)
    {
        Kind = kind;
        Member = member;
        MemberPath = memberPath;
        Nullable = nullable;
    }

    public ShapeKind Kind { get; }

    public IOpenApiSchema? Member { get; }

    /// <summary>The pointer suffix of <see cref="Member"/> (<c>allOf/0</c>).</summary>
    public string? MemberPath { get; }

    /// <summary>True when null is allowed by the wrapper itself (a <c>null</c> member, <c>nullable</c>).</summary>
    public bool Nullable { get; }

    public static SchemaShape Of(ShapeKind kind, bool nullable) => new(kind, null, null, nullable);

    public static SchemaShape AliasOf(IOpenApiSchema member, string memberPath, bool nullable) => new(ShapeKind.Alias, member, memberPath, nullable);

    /// <summary>Classifies a schema without looking at anything generated so far.</summary>
    public static SchemaShape Classify(IOpenApiSchema schema, DiagnosticCollector diagnostics, string pointer)
    {
        var nullable = SchemaFacts.AdmitsNull(schema);
        var hasProperties = SchemaFacts.HasProperties(schema);
        var keyword = schema.OneOf is { Count: > 0 } ? "oneOf" : schema.AnyOf is { Count: > 0 } ? "anyOf" : null;
        var composite = keyword == "oneOf" ? schema.OneOf : keyword == "anyOf" ? schema.AnyOf : null;
        var allOf = schema.AllOf?.Where(member => !SchemaFacts.IsEmpty(member)).ToList();
        var declared = SchemaFacts.NonNullType(schema);

        if (composite is not null && !hasProperties && SchemaFacts.IsNullOrEmpty(allOf))
        {
            var members = SchemaFacts.NonNullMembers(composite);
            nullable |= SchemaFacts.HasNullMember(composite);
            if (members.Count == 0)
            {
                return Of(ShapeKind.Any, true);
            }

            if (members.Count == 1)
            {
                return AliasOf(members[0], keyword + "/" + composite.IndexOf(members[0]), nullable);
            }

            // anyOf over objects means "some of these properties": one object type with all of them reads best.
            if (keyword == "anyOf" && schema.Discriminator is null && members.All(member => SchemaFacts.IsObjectLike(member)))
            {
                return Of(ShapeKind.Object, nullable);
            }

            return Of(ShapeKind.Union, nullable);
        }

        if (allOf is { Count: > 0 })
        {
            if (allOf.Count == 1 && !hasProperties && composite is null)
            {
                return AliasOf(allOf[0], "allOf/" + schema.AllOf!.IndexOf(allOf[0]), nullable);
            }

            if (hasProperties || allOf.Any(member => SchemaFacts.IsObjectLike(member)))
            {
                return Of(ShapeKind.Object, nullable);
            }

            return AliasOf(allOf[0], "allOf/" + schema.AllOf!.IndexOf(allOf[0]), nullable);
        }

        var enumValues = schema.Enum?.Where(value => !JsonNodes.IsNull(value)).ToList();
        if (enumValues is { Count: > 0 })
        {
            var allStrings = enumValues.All(value => JsonNodes.Kind(value) == System.Text.Json.JsonValueKind.String);
            if (allStrings && (declared is null || declared == JsonSchemaType.String))
            {
                return Of(ShapeKind.Enum, nullable);
            }
        }

        if (declared is null)
        {
            if (hasProperties || composite is not null)
            {
                return Of(ShapeKind.Object, nullable);
            }

            if (schema.AdditionalProperties is not null)
            {
                return Of(ShapeKind.Map, nullable);
            }

            if (schema.Items is not null)
            {
                return Of(ShapeKind.List, nullable);
            }

            if (schema.Const is not null || enumValues is { Count: > 0 })
            {
                return Of(ShapeKind.Primitive, nullable);
            }

            if (schema.Not is not null)
            {
                diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, pointer + "/not", "'not'", "the value is typed as JsonNode and not validated");
            }

            return Of(ShapeKind.Any, true);
        }

        if (!IsSingleFlag(declared.Value))
        {
            // integer|number reads fine as a number; any other mix has no single C# type.
            return declared.Value == (JsonSchemaType.Integer | JsonSchemaType.Number)
                ? Of(ShapeKind.Primitive, nullable)
                : Of(ShapeKind.Any, true);
        }

        return declared.Value switch
        {
            JsonSchemaType.Object when hasProperties || composite is not null => Of(ShapeKind.Object, nullable),
            JsonSchemaType.Object => Of(ShapeKind.Map, nullable),
            JsonSchemaType.Array => Of(ShapeKind.List, nullable),
            _ => Of(ShapeKind.Primitive, nullable),
        };
    }

    private static bool IsSingleFlag(JsonSchemaType type) => type != 0 && (type & (type - 1)) == 0;
}
