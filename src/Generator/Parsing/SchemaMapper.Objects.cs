using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiClientGenerator.Diagnostics;
using OpenApiClientGenerator.Helpers;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Naming;

namespace OpenApiClientGenerator.Parsing;

internal sealed partial class SchemaMapper
{
    private static readonly string[] ReservedObjectMembers =
    {
        "EqualityContract", "Equals", "GetHashCode", "ToString", "GetType", "Deconstruct", "PrintMembers",
        "MemberwiseClone", "Finalize", "AdditionalProperties",
    };

    private TypeModel BuildObject(TypeSlot slot)
    {
        var schema = slot.Schema;
        var baseSlot = FindBase(slot);
        var baseModel = baseSlot?.Model;

        var gathered = new List<RawProperty>();
        var required = new HashSet<string>(StringComparer.Ordinal);
        var additionalForbidden = false;
        IOpenApiSchema? additional = null;
        Gather(schema, slot.Pointer, gathered, required, new HashSet<IOpenApiSchema>(ReferenceIdentity.Instance), optional: false, ref additionalForbidden, ref additional);

        var scope = new NameScope(ignoreCase: true, ReservedObjectMembers.Concat(new[] { slot.Name }));
        var properties = new List<PropertyModel>();
        var baseJsonNames = new HashSet<string>(StringComparer.Ordinal);
        if (baseModel is not null)
        {
            foreach (var inherited in baseModel.Properties)
            {
                properties.Add(inherited with { Inherited = true });
                scope.Reserve(inherited.Name);
                baseJsonNames.Add(inherited.JsonName);
            }
        }

        var seen = new HashSet<string>(baseJsonNames, StringComparer.Ordinal);
        foreach (var raw in gathered)
        {
            if (!seen.Add(raw.JsonName))
            {
                continue;
            }

            properties.Add(MapProperty(slot, raw, required.Contains(raw.JsonName), scope));
        }

        TypeRef? additionalType = null;
        if (baseModel?.AdditionalProperties is { } inheritedAdditional)
        {
            additionalType = inheritedAdditional;
        }
        else if (!additionalForbidden)
        {
            additionalType = additional is not null && !SchemaFacts.IsEmpty(additional)
                ? Map(additional, slot.Name + "Value", slot.Pointer + "/additionalProperties")
                : TypeRef.Any;
        }

        return new TypeModel(
            TypeModelKind.Object,
            slot.Name,
            slot.SchemaName,
            Describe(schema),
            schema.Deprecated,
            properties.ToEquatableArray(),
            baseSlot?.Name,
            IsSealed: true,
            additionalType,
            BuildInheritanceDiscriminator(slot),
            EquatableArray<EnumMemberModel>.Empty,
            EquatableArray<UnionVariantModel>.Empty);
    }

    /// <summary>
    /// The base type for allOf inheritance: the one object component referenced by allOf (or the first one
    /// that declares a discriminator). Several peer references are mix-ins and are flattened instead.
    /// </summary>
    private TypeSlot? FindBase(TypeSlot slot)
    {
        var candidates = (slot.Schema.AllOf ?? new List<IOpenApiSchema>())
            .Where(member => SchemaFacts.ComponentKey(member) is { } key && key != slot.ComponentKey && SchemaFacts.IsObjectLike(member))
            .ToList();
        var chosen = candidates.Count == 1
            ? candidates
            : candidates.Where(member => SchemaFacts.Resolve(member)?.Discriminator is not null).Take(1).ToList();
        foreach (var member in chosen)
        {
            var key = SchemaFacts.ComponentKey(member)!;

            var baseRef = MapComponent(key);
            if (baseRef.Kind != TypeRefKind.Model || !_slots.TryGetValue(baseRef.Name!, out var baseSlot) || baseSlot.Shape != ShapeKind.Object)
            {
                return null;
            }

            // A base still being built means the allOf chain loops back; such types are flattened instead.
            if (baseSlot.Building || InheritsFrom(baseSlot, slot.Name))
            {
                return null;
            }

            Build(baseSlot);
            if (baseSlot.Model is null)
            {
                return null;
            }

            baseSlot.HasDerived = true;
            return baseSlot;
        }

        return null;
    }

    private bool InheritsFrom(TypeSlot slot, string ancestorName)
    {
        for (var current = slot.Model?.BaseTypeName; current is not null; current = _slots.TryGetValue(current, out var next) ? next.Model?.BaseTypeName : null)
        {
            if (current == ancestorName)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Collects properties from the schema, its allOf members and (as optional) its oneOf/anyOf members.</summary>
    private void Gather(
        IOpenApiSchema? schema,
        string pointer,
        List<RawProperty> properties,
        HashSet<string> required,
        HashSet<IOpenApiSchema> visited,
        bool optional,
        ref bool additionalForbidden,
        ref IOpenApiSchema? additional)
    {
        var resolved = SchemaFacts.Resolve(schema);
        if (resolved is null || !visited.Add(resolved))
        {
            return;
        }

        if (schema is OpenApiSchemaReference && SchemaFacts.ComponentKey(schema) is { } key)
        {
            pointer = JsonPointer.Append("#/components/schemas", key);
        }

        foreach (var pair in resolved.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            properties.Add(new RawProperty(pair.Key, pair.Value, JsonPointer.Append(pointer + "/properties", pair.Key)));
        }

        if (!optional)
        {
            foreach (var name in resolved.Required ?? new HashSet<string>())
            {
                required.Add(name);
            }
        }

        if (!resolved.AdditionalPropertiesAllowed)
        {
            additionalForbidden = true;
        }
        else if (resolved.AdditionalProperties is not null)
        {
            additional ??= resolved.AdditionalProperties;
        }

        var allOf = resolved.AllOf ?? new List<IOpenApiSchema>();
        for (var i = 0; i < allOf.Count; i++)
        {
            Gather(allOf[i], pointer + "/allOf/" + i, properties, required, visited, optional, ref additionalForbidden, ref additional);
        }

        var keyword = resolved.OneOf is { Count: > 0 } ? "oneOf" : "anyOf";
        var members = resolved.OneOf is { Count: > 0 } ? resolved.OneOf : resolved.AnyOf ?? new List<IOpenApiSchema>();
        var forbidden = false;
        IOpenApiSchema? ignored = null;
        for (var i = 0; i < members.Count; i++)
        {
            if (SchemaFacts.IsObjectLike(members[i]))
            {
                Gather(members[i], pointer + "/" + keyword + "/" + i, properties, required, visited, optional: true, ref forbidden, ref ignored);
            }
        }
    }

    private PropertyModel MapProperty(TypeSlot slot, RawProperty raw, bool requiredInSpec, NameScope scope)
    {
        var resolved = SchemaFacts.Resolve(raw.Schema);
        var readOnly = raw.Schema.ReadOnly || resolved?.ReadOnly == true;
        var writeOnly = raw.Schema.WriteOnly || resolved?.WriteOnly == true;

        // OpenAPI: required applies to responses only for readOnly, to requests only for writeOnly, so C# cannot insist.
        var required = requiredInSpec && !readOnly && !writeOnly;
        var type = Map(raw.Schema, slot.Name + Identifier.ToPascal(raw.JsonName, "Property"), raw.Pointer);
        type = type.WithNullable(type.Nullable || !required);

        var wanted = Identifier.ToPascal(raw.JsonName, "Property");

        // A property cannot share its type's name ("Weird.Weird" becomes "WeirdValue"); other clashes are numbered.
        var clashesWithType = string.Equals(wanted, slot.Name, StringComparison.OrdinalIgnoreCase);
        var name = scope.Claim(wanted, clashesWithType || ReservedObjectMembers.Contains(wanted) ? "Value" : null);
        if (name != wanted && !clashesWithType)
        {
            _diagnostics.Add(DiagnosticDescriptors.NameCollision, raw.Pointer, "property", raw.JsonName, name);
        }

        var defaultValue = raw.Schema.Default ?? resolved?.Default;
        return new PropertyModel(
            raw.JsonName,
            name,
            type,
            required,
            raw.Schema.Description ?? resolved?.Description ?? resolved?.Title,
            raw.Schema.Deprecated || resolved?.Deprecated == true,
            readOnly,
            writeOnly,
            JsonNodes.IsNull(defaultValue) ? null : JsonNodes.ToJson(defaultValue),
            Inherited: false);
    }

    private DiscriminatorModel? BuildInheritanceDiscriminator(TypeSlot slot)
    {
        var discriminator = slot.Schema.Discriminator;
        if (discriminator?.PropertyName is not { Length: > 0 } property || slot.ComponentKey is null
            || !_derivedComponents.TryGetValue(slot.ComponentKey, out var derivedKeys))
        {
            return null;
        }

        var mapping = new List<DiscriminatorMappingModel>();
        var mapped = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pair in discriminator.Mapping ?? new Dictionary<string, OpenApiSchemaReference>())
        {
            var key = MappingKey(pair.Value);
            if (key is not null && MapComponent(key) is { Kind: TypeRefKind.Model } target)
            {
                mapping.Add(new DiscriminatorMappingModel(pair.Key, target.Name!));
                mapped.Add(key);
            }
        }

        foreach (var derivedKey in derivedKeys)
        {
            if (!mapped.Contains(derivedKey) && MapComponent(derivedKey) is { Kind: TypeRefKind.Model } target)
            {
                mapping.Add(new DiscriminatorMappingModel(derivedKey, target.Name!));
            }
        }

        return new DiscriminatorModel(property, mapping.ToEquatableArray());
    }

    /// <summary>The component a discriminator mapping names: a <c>#/components/schemas/X</c> reference or a bare schema name.</summary>
    private string? MappingKey(OpenApiSchemaReference? reference)
    {
        if (reference is null)
        {
            return null;
        }

        var key = SchemaFacts.ComponentKey(reference);
        if (key is not null && Components.ContainsKey(key))
        {
            return key;
        }

        var text = reference.Reference?.ReferenceV3 ?? reference.Reference?.ExternalResource ?? reference.Reference?.Id;
        if (text is null)
        {
            return null;
        }

        var bare = text.Substring(text.LastIndexOf('/') + 1);
        return Components.ContainsKey(bare) ? bare : null;
    }

    private static string? Describe(IOpenApiSchema schema)
    {
        var description = schema.Description;
        if (!string.IsNullOrWhiteSpace(schema.Title) && string.IsNullOrWhiteSpace(description))
        {
            return schema.Title;
        }

        return description;
    }

    private readonly struct RawProperty
    {
        public RawProperty(string jsonName, IOpenApiSchema schema, string pointer)
        {
            JsonName = jsonName;
            Schema = schema;
            Pointer = pointer;
        }

        public string JsonName { get; }

        public IOpenApiSchema Schema { get; }

        public string Pointer { get; }
    }
}
