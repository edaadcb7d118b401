using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using OpenApiClientGenerator.Diagnostics;
using OpenApiClientGenerator.Helpers;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Naming;

namespace OpenApiClientGenerator.Parsing;

internal sealed partial class SchemaMapper
{
    private static readonly string[] ReservedEnumMembers = { "Value", "IsKnown", "KnownValues", "Equals", "GetHashCode", "ToString", "GetType", "CompareTo" };
    private static readonly string[] ReservedUnionMembers = { "Raw", "Value", "Equals", "GetHashCode", "ToString", "GetType", "Match" };

    private TypeModel BuildEnum(TypeSlot slot)
    {
        var schema = slot.Schema;
        var values = schema.Enum ?? new List<JsonNode>();
        var names = StringArrayExtension(schema, "x-enum-varnames") ?? StringArrayExtension(schema, "x-enumNames");
        var descriptions = EnumDescriptions(schema);
        var scope = new NameScope(ignoreCase: true, ReservedEnumMembers.Concat(new[] { slot.Name }));
        var members = new List<EnumMemberModel>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < values.Count; i++)
        {
            var value = JsonNodes.AsString(values[i]);
            if (value is null || !seen.Add(value))
            {
                continue;
            }

            var wanted = Identifier.ToPascal(names is not null && i < names.Count ? names[i] : value, "Empty");
            var name = scope.Claim(wanted);
            descriptions.TryGetValue(value, out var description);
            members.Add(new EnumMemberModel(name, value, description));
        }

        return TypeModel.ForEnum(slot.Name, slot.SchemaName, Describe(schema), schema.Deprecated, members.ToEquatableArray());
    }

    private TypeModel BuildUnion(TypeSlot slot)
    {
        var schema = slot.Schema;
        var keyword = schema.OneOf is { Count: > 0 } ? "oneOf" : "anyOf";
        var members = (keyword == "oneOf" ? schema.OneOf : schema.AnyOf) ?? new List<IOpenApiSchema>();
        var discriminator = schema.Discriminator?.PropertyName is { Length: > 0 } ? schema.Discriminator : null;
        var explicitMapping = new List<(string Value, string Key)>();
        foreach (var pair in discriminator?.Mapping ?? new Dictionary<string, OpenApiSchemaReference>())
        {
            if (MappingKey(pair.Value) is { } key)
            {
                explicitMapping.Add((pair.Key, key));
            }
        }

        var scope = new NameScope(ignoreCase: true, ReservedUnionMembers.Concat(new[] { slot.Name }));
        var variants = new List<UnionVariantModel>();
        var seenTypes = new HashSet<TypeRef>();
        var mapping = new List<DiscriminatorMappingModel>();
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            if (SchemaFacts.IsNullOnly(member))
            {
                continue;
            }

            var pointer = slot.Pointer + "/" + keyword + "/" + i;
            var type = Map(member, VariantHint(slot, member, i, discriminator?.PropertyName), pointer).WithNullable(false);
            if (!seenTypes.Add(type))
            {
                continue;
            }

            var values = DiscriminatorValues(member, discriminator?.PropertyName, explicitMapping);
            var name = scope.Claim(VariantName(type));
            var (known, constants) = ObjectFacts(member);
            variants.Add(new UnionVariantModel(name, type, ShapeOf(member), RequiredOf(member), values.ToEquatableArray(), known, constants));
            if (type.Name is not null)
            {
                foreach (var value in values)
                {
                    mapping.Add(new DiscriminatorMappingModel(value, type.Name));
                }
            }
        }

        return TypeModel.ForUnion(
            slot.Name,
            slot.SchemaName,
            Describe(schema),
            schema.Deprecated,
            discriminator is null ? null : new DiscriminatorModel(discriminator.PropertyName!, mapping.ToEquatableArray()),
            variants.ToEquatableArray());
    }

    private static List<string> DiscriminatorValues(IOpenApiSchema member, string? property, List<(string Value, string Key)> explicitMapping)
    {
        var values = new List<string>();
        if (property is null)
        {
            return values;
        }

        var key = SchemaFacts.ComponentKey(member);
        if (key is not null)
        {
            values.AddRange(explicitMapping.Where(entry => entry.Key == key).Select(entry => entry.Value));
            if (values.Count == 0 && !explicitMapping.Any(entry => entry.Value == key))
            {
                values.Add(key);
            }
        }

        if (values.Count == 0 && SchemaFacts.Resolve(member)?.Properties is { } properties && properties.TryGetValue(property, out var propertySchema))
        {
            var constant = SchemaFacts.SingleValue(SchemaFacts.Resolve(propertySchema));
            if (constant is not null)
            {
                values.Add(constant);
            }
        }

        return values;
    }

    private static string VariantHint(TypeSlot slot, IOpenApiSchema member, int index, string? discriminatorProperty)
    {
        if (!string.IsNullOrWhiteSpace(member.Title))
        {
            return member.Title!;
        }

        if (discriminatorProperty is not null && SchemaFacts.Resolve(member)?.Properties is { } properties
            && properties.TryGetValue(discriminatorProperty, out var propertySchema)
            && SchemaFacts.SingleValue(SchemaFacts.Resolve(propertySchema)) is { } value)
        {
            return slot.Name + Identifier.ToPascal(value);
        }

        return slot.Name + "Variant" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string VariantName(TypeRef type) => type.Kind switch
    {
        TypeRefKind.Primitive => type.Primitive.ToString(),
        TypeRefKind.List => VariantName(type.Element!) + "List",
        TypeRefKind.Map => VariantName(type.Element!) + "Map",
        TypeRefKind.Any => "Json",
        _ => type.Name!,
    };

    private JsonShape ShapeOf(IOpenApiSchema member)
    {
        var resolved = SchemaFacts.Resolve(member);
        if (resolved is null)
        {
            return JsonShape.Any;
        }

        var shape = SchemaShape.Classify(resolved, new DiagnosticCollector(), "#");
        switch (shape.Kind)
        {
            case ShapeKind.Object:
            case ShapeKind.Map:
                return JsonShape.Object;
            case ShapeKind.List:
                return JsonShape.Array;
            case ShapeKind.Enum:
                return JsonShape.String;
            case ShapeKind.Alias:
                return ShapeOf(shape.Member!);
            case ShapeKind.Primitive:
                var type = SchemaFacts.NonNullType(resolved);
                return type switch
                {
                    JsonSchemaType.Boolean => JsonShape.Boolean,
                    JsonSchemaType.Integer => JsonShape.Integer,
                    JsonSchemaType.Number or (JsonSchemaType.Integer | JsonSchemaType.Number) => JsonShape.Number,
                    JsonSchemaType.String => JsonShape.String,
                    _ => resolved.Enum?.FirstOrDefault(value => !JsonNodes.IsNull(value)) is { } sample
                        ? JsonNodes.Kind(sample) switch
                        {
                            JsonValueKind.Number => JsonShape.Number,
                            JsonValueKind.True or JsonValueKind.False => JsonShape.Boolean,
                            _ => JsonShape.String,
                        }
                        : JsonShape.String,
                };
            default:
                return JsonShape.Any;
        }
    }

    private static (EquatableArray<string> Known, EquatableArray<PropertyConstantModel> Constants) ObjectFacts(IOpenApiSchema member)
    {
        var resolved = SchemaFacts.Resolve(member);
        if (resolved is null || !SchemaFacts.IsObjectLike(resolved))
        {
            return (EquatableArray<string>.Empty, EquatableArray<PropertyConstantModel>.Empty);
        }

        var properties = ExampleBuilder.AllProperties(resolved);
        var constants = new List<PropertyConstantModel>();
        foreach (var property in properties)
        {
            var constant = SchemaFacts.SingleValue(SchemaFacts.Resolve(property.Value));
            if (constant is not null)
            {
                constants.Add(new PropertyConstantModel(property.Key, constant));
            }
        }

        return (properties.Select(property => property.Key).OrderBy(name => name, StringComparer.Ordinal).ToEquatableArray(), constants.ToEquatableArray());
    }

    private static EquatableArray<string> RequiredOf(IOpenApiSchema member)
    {
        var required = new SortedSet<string>(StringComparer.Ordinal);
        var visited = new HashSet<IOpenApiSchema>(ReferenceIdentity.Instance);
        Collect(member);
        return required.ToEquatableArray();

        void Collect(IOpenApiSchema? schema)
        {
            var resolved = SchemaFacts.Resolve(schema);
            if (resolved is null || !visited.Add(resolved))
            {
                return;
            }

            foreach (var name in resolved.Required ?? new HashSet<string>())
            {
                if (resolved.Properties?.TryGetValue(name, out var property) != true || SchemaFacts.Resolve(property)?.WriteOnly != true)
                {
                    required.Add(name);
                }
            }

            foreach (var part in resolved.AllOf ?? new List<IOpenApiSchema>())
            {
                Collect(part);
            }
        }
    }

    private static List<string>? StringArrayExtension(IOpenApiSchema schema, string name) =>
        SchemaFacts.Extension(schema, name) is JsonArray array
            ? array.Select(item => JsonNodes.AsString(item) ?? string.Empty).ToList()
            : null;

    private static Dictionary<string, string> EnumDescriptions(IOpenApiSchema schema)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var values = schema.Enum ?? new List<JsonNode>();
        foreach (var name in new[] { "x-enumDescriptions", "x-enum-descriptions", "x-enumDescription" })
        {
            switch (SchemaFacts.Extension(schema, name))
            {
                case JsonObject map:
                    foreach (var pair in map)
                    {
                        if (JsonNodes.AsString(pair.Value) is { } text)
                        {
                            result[pair.Key] = text;
                        }
                    }

                    break;
                case JsonArray list:
                    for (var i = 0; i < list.Count && i < values.Count; i++)
                    {
                        if (JsonNodes.AsString(values[i]) is { } value && JsonNodes.AsString(list[i]) is { } text)
                        {
                            result[value] = text;
                        }
                    }

                    break;
            }
        }

        return result;
    }
}
