using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace OpenApiClientGenerator.Parsing;

/// <summary>Questions about a schema that do not depend on what has been generated so far.</summary>
internal static class SchemaFacts
{
    public const JsonSchemaType NonNullTypes = JsonSchemaType.Boolean | JsonSchemaType.Integer | JsonSchemaType.Number
        | JsonSchemaType.String | JsonSchemaType.Object | JsonSchemaType.Array;

    /// <summary>Follows references to the schema they point to (null when unresolved).</summary>
    public static IOpenApiSchema? Resolve(IOpenApiSchema? schema)
    {
        var current = schema;
        for (var guard = 0; current is OpenApiSchemaReference reference && guard < 64; guard++)
        {
            current = reference.Target;
        }

        return current;
    }

    /// <summary>The non-null types a schema declares (3.1 type arrays included).</summary>
    public static JsonSchemaType? NonNullType(IOpenApiSchema schema)
    {
        if (schema.Type is not { } type)
        {
            return null;
        }

        var withoutNull = type & NonNullTypes;
        return withoutNull == 0 ? null : withoutNull;
    }

    /// <summary>True when the schema admits null: 3.1 <c>'null'</c> type, 3.0 <c>nullable</c>, 2.0 <c>x-nullable</c>, or null in its enum.</summary>
    public static bool AdmitsNull(IOpenApiSchema schema)
    {
        if (schema.Type is { } type && (type & JsonSchemaType.Null) != 0)
        {
            return true;
        }

        if (Extension(schema, "x-nullable") is JsonValue value && value.TryGetValue<bool>(out var flag) && flag)
        {
            return true;
        }

        return schema.Enum is { Count: > 0 } values && values.Any(JsonNodes.IsNull);
    }

    /// <summary>A schema that only allows null (<c>type: 'null'</c>, <c>enum: [null]</c>).</summary>
    public static bool IsNullOnly(IOpenApiSchema? schema)
    {
        var resolved = Resolve(schema);
        if (resolved is null)
        {
            return false;
        }

        if (resolved.Type == JsonSchemaType.Null)
        {
            return true;
        }

        return resolved.Type is null && resolved.Enum is { Count: > 0 } values && values.All(JsonNodes.IsNull);
    }

    /// <summary>An empty schema (<c>{}</c>) or <c>true</c>: any value.</summary>
    public static bool IsEmpty(IOpenApiSchema schema) =>
        schema is not OpenApiSchemaReference
        && schema.Type is null
        && (schema.Properties is null || schema.Properties.Count == 0)
        && schema.AdditionalProperties is null
        && schema.Items is null
        && IsNullOrEmpty(schema.AllOf) && IsNullOrEmpty(schema.OneOf) && IsNullOrEmpty(schema.AnyOf)
        && (schema.Enum is null || schema.Enum.Count == 0)
        && schema.Const is null
        && schema.Not is null;

    public static bool HasProperties(IOpenApiSchema schema) => schema.Properties is { Count: > 0 };

    public static bool IsNullOrEmpty<T>(ICollection<T>? items) => items is null || items.Count == 0;

    /// <summary>The oneOf/anyOf members that are not the null type.</summary>
    public static List<IOpenApiSchema> NonNullMembers(IList<IOpenApiSchema>? members) =>
        members is null ? new List<IOpenApiSchema>() : members.Where(member => !IsNullOnly(member)).ToList();

    public static bool HasNullMember(IList<IOpenApiSchema>? members) =>
        members is not null && members.Any(IsNullOnly);

    /// <summary>True when the schema describes JSON objects (declared, or implied by properties/allOf of objects).</summary>
    public static bool IsObjectLike(IOpenApiSchema? schema, int depth = 0)
    {
        var resolved = Resolve(schema);
        if (resolved is null || depth > 16)
        {
            return false;
        }

        var type = NonNullType(resolved);
        if (type == JsonSchemaType.Object || HasProperties(resolved))
        {
            return true;
        }

        if (type is not null)
        {
            return false;
        }

        if (resolved.AllOf is { Count: > 0 } allOf && allOf.Any(member => IsObjectLike(member, depth + 1)))
        {
            return true;
        }

        var members = NonNullMembers(resolved.AnyOf ?? resolved.OneOf);
        return members.Count > 0 && members.All(member => IsObjectLike(member, depth + 1));
    }

    /// <summary>The schema's first example (3.1 <c>examples</c>, or the older <c>example</c>).</summary>
    public static JsonNode? ExampleOf(IOpenApiSchema? schema)
    {
        if (schema is null)
        {
            return null;
        }

        var first = schema.Examples?.FirstOrDefault(example => !JsonNodes.IsNull(example));
#pragma warning disable CS0618 // Example is kept by Microsoft.OpenApi for 3.0 documents.
        return first ?? schema.Example;
#pragma warning restore CS0618
    }

    /// <summary>The one string value a schema allows (<c>const</c>, or an enum of one), else null.</summary>
    public static string? SingleValue(IOpenApiSchema? schema) =>
        schema is null ? null : schema.Const ?? (schema.Enum is { Count: 1 } single ? JsonNodes.AsString(single[0]) : null);

    public static JsonNode? Extension(IOpenApiSchema schema, string name)
    {
        var extensions = (schema as IOpenApiReadOnlyExtensible)?.Extensions;
        if (extensions is null || !extensions.TryGetValue(name, out var extension))
        {
            return null;
        }

        return (extension as JsonNodeExtension)?.Node;
    }

    /// <summary>The component key when <paramref name="schema"/> is a local <c>#/components/schemas/X</c> reference.</summary>
    public static string? ComponentKey(IOpenApiSchema? schema)
    {
        if (schema is not OpenApiSchemaReference reference || reference.Reference is null || reference.Reference.IsExternal)
        {
            return null;
        }

        var text = reference.Reference.ReferenceV3;
        const string prefix = "#/components/schemas/";
        return text is not null && text.StartsWith(prefix, System.StringComparison.Ordinal) && text.IndexOf('/', prefix.Length) < 0
            ? reference.Reference.Id
            : null;
    }
}
