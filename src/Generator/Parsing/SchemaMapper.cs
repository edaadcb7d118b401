using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.OpenApi;
using OpenApiClientGenerator.Diagnostics;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Naming;

namespace OpenApiClientGenerator.Parsing;

/// <summary>
/// Maps schemas to C# type references. Named types (objects, string enums, unions) get their name at first
/// sight and their members later, from a work queue, so recursive and mutually recursive schemas are safe.
/// </summary>
internal sealed partial class SchemaMapper
{
    private readonly OpenApiDocument _document;
    private readonly DiagnosticCollector _diagnostics;
    private readonly NameScope _typeNames;
    private readonly Dictionary<string, TypeRef> _components = new(StringComparer.Ordinal);
    private readonly HashSet<string> _componentsInProgress = new(StringComparer.Ordinal);
    private readonly Dictionary<IOpenApiSchema, TypeRef> _inline = new(ReferenceIdentity.Instance);
    private readonly Dictionary<string, TypeRef> _inlineByStructure = new(StringComparer.Ordinal);
    private readonly HashSet<IOpenApiSchema> _expanding = new(ReferenceIdentity.Instance);
    private readonly Dictionary<string, TypeSlot> _slots = new(StringComparer.Ordinal);
    private readonly List<TypeSlot> _order = new();
    private readonly Queue<TypeSlot> _pending = new();
    private readonly Dictionary<string, List<string>> _derivedComponents;

    private readonly bool _swagger2;

    public SchemaMapper(OpenApiDocument document, DiagnosticCollector diagnostics, NameScope typeNames, bool swagger2 = false)
    {
        _swagger2 = swagger2;
        _document = document;
        _diagnostics = diagnostics;
        _typeNames = typeNames;
        _derivedComponents = FindDerivedComponents(document);
    }

    private IDictionary<string, IOpenApiSchema> Components =>
        _document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();

    /// <summary>Maps a schema met at <paramref name="pointer"/>; inline named types are called after <paramref name="nameHint"/>.</summary>
    public TypeRef Map(IOpenApiSchema? schema, string nameHint, string pointer)
    {
        if (schema is null)
        {
            return TypeRef.Any;
        }

        if (schema is OpenApiSchemaReference reference)
        {
            if (reference.Target is null)
            {
                if (reference.Reference?.IsExternal == true)
                {
                    _diagnostics.Add(DiagnosticDescriptors.ExternalReferenceRefused, pointer, reference.Reference.ReferenceV3 ?? reference.Reference.ExternalResource ?? "?", "to a document that is not an OpenApiSpec item of this project");
                }
                else
                {
                    // Say it as the author wrote it: '#/definitions/X' in a Swagger 2.0 document.
                    var written = _swagger2 ? reference.Reference?.ReferenceV2 ?? reference.Reference?.ReferenceV3 : reference.Reference?.ReferenceV3;
                    _diagnostics.Add(DiagnosticDescriptors.UnresolvedReference, pointer, written ?? "?");
                }

                return TypeRef.Any;
            }

            // A component of another spec item (an external $ref, or a $ref inside such a document) is named after its key.
            if (IsFromOtherDocument(reference))
            {
                return MapShape(reference.Target, reference.Reference?.Id ?? nameHint, pointer, componentKey: null);
            }

            var key = SchemaFacts.ComponentKey(reference);
            if (key is not null && Components.ContainsKey(key))
            {
                return MapComponent(key);
            }

            return MapShape(reference.Target, nameHint, pointer, componentKey: null);
        }

        return MapShape(schema, nameHint, pointer, componentKey: null);
    }

    private bool IsFromOtherDocument(OpenApiSchemaReference reference) =>
        reference.Reference is { } target
        && (target.IsExternal || (target.HostDocument is not null && !ReferenceEquals(target.HostDocument, _document)));

    /// <summary>Makes sure every <c>components.schemas</c> entry is generated, used or not.</summary>
    public void MapAllComponents(CancellationToken cancellationToken)
    {
        foreach (var key in Components.Keys)
        {
            cancellationToken.ThrowIfCancellationRequested();
            MapComponent(key);
        }
    }

    /// <summary>The reference for a component schema by key.</summary>
    public TypeRef MapComponent(string key)
    {
        if (_components.TryGetValue(key, out var existing))
        {
            return existing;
        }

        var pointer = JsonPointer.Append("#/components/schemas", key);
        if (!Components.TryGetValue(key, out var schema) || !_componentsInProgress.Add(key))
        {
            // A component that only aliases itself (through arrays or allOf) has no finite C# type.
            return TypeRef.Any;
        }

        try
        {
            var mapped = schema is OpenApiSchemaReference
                ? Map(schema, key, pointer)
                : MapShape(schema, key, pointer, componentKey: key);
            _components[key] = mapped;
            return mapped;
        }
        finally
        {
            _componentsInProgress.Remove(key);
        }
    }

    /// <summary>Builds every queued type and returns all generated types in first-seen order.</summary>
    public IReadOnlyList<TypeModel> Finish(CancellationToken cancellationToken)
    {
        while (_pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Build(_pending.Dequeue());
        }

        return _order.Select(slot => slot.Model! with { IsSealed = !slot.HasDerived }).ToList();
    }

    /// <summary>
    /// Better names for inline types shared by several places: the words all their wanted names end with
    /// ("WebInsightsResultPropertiesApproxIpGeo" and "MobileInsightsResultPropertiesApproxIpGeo" share
    /// "InsightsResultPropertiesApproxIpGeo"), when that is at least two words and still free. Apply with <see cref="TypeRenamer"/>.
    /// </summary>
    public IReadOnlyDictionary<string, string> SharedTypeRenames()
    {
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var slot in _order.Where(slot => slot.ComponentKey is null && slot.SharedHints.Count > 0))
        {
            var hints = slot.SharedHints.Append(slot.Name).Distinct(StringComparer.Ordinal).ToList();
            if (hints.Count < 2)
            {
                continue;
            }

            var suffix = CommonWordSuffix(hints);
            if (suffix.Count < 2)
            {
                continue;
            }

            var wanted = string.Concat(suffix);
            if (wanted != slot.Name && !_typeNames.IsTaken(wanted))
            {
                _typeNames.Reserve(wanted);
                renames[slot.Name] = wanted;
            }
        }

        return renames;
    }

    private static List<string> CommonWordSuffix(List<string> names)
    {
        var words = names.Select(name => Identifier.SplitWords(name)).ToList();
        var suffix = new List<string>();
        for (var offset = 1; ; offset++)
        {
            if (words.Any(list => list.Count < offset))
            {
                return suffix;
            }

            var word = words[0][words[0].Count - offset];
            if (words.Any(list => !string.Equals(list[list.Count - offset], word, StringComparison.Ordinal)))
            {
                return suffix;
            }

            suffix.Insert(0, word);
        }
    }

    /// <summary>A type built so far, by name (for operations that need an object body's properties).</summary>
    public TypeModel? Find(string name) => _slots.TryGetValue(name, out var slot) ? slot.Model : null;

    private TypeRef MapShape(IOpenApiSchema schema, string nameHint, string pointer, string? componentKey)
    {
        var shape = SchemaShape.Classify(schema, _diagnostics, pointer);
        if (shape.Kind is ShapeKind.Alias or ShapeKind.List or ShapeKind.Map)
        {
            // Unnamed shapes are expanded in place; one that contains itself (an array of itself) has no finite C# type.
            if (!_expanding.Add(schema))
            {
                return TypeRef.Any;
            }

            try
            {
                return MapUnnamed(schema, shape, nameHint, pointer);
            }
            finally
            {
                _expanding.Remove(schema);
            }
        }

        switch (shape.Kind)
        {
            case ShapeKind.Any:
                return TypeRef.Any;
            case ShapeKind.Primitive:
                return TypeRef.Of(PrimitiveMapper.Map(schema, _diagnostics, pointer)).WithNullable(shape.Nullable);
        }

        if (componentKey is null && _inline.TryGetValue(schema, out var cached))
        {
            return cached.WithNullable(shape.Nullable);
        }

        var wanted = componentKey is not null
            ? Identifier.ToPascal(componentKey, "Model")
            : Identifier.ToPascal(string.IsNullOrWhiteSpace(schema.Title) ? nameHint : schema.Title, "Model");

        // Specs like Stripe repeat the same inline object in many operations; identical copies share one type.
        var structure = componentKey is null ? SchemaStructure.Key(schema) : null;
        if (structure is not null && _inlineByStructure.TryGetValue(structure, out var twin))
        {
            _inline[schema] = twin;
            _slots[twin.Name!].SharedHints.Add(wanted);
            return twin.WithNullable(shape.Nullable);
        }

        var name = ClaimTypeName(wanted, componentKey ?? nameHint, pointer);
        var kind = shape.Kind switch
        {
            ShapeKind.Enum => TypeRefKind.Enum,
            ShapeKind.Union => TypeRefKind.Union,
            _ => TypeRefKind.Model,
        };
        var typeRef = TypeRef.Named(kind, name);
        var slot = new TypeSlot(name, shape.Kind, schema, pointer, componentKey ?? nameHint, componentKey);
        _slots[name] = slot;
        _order.Add(slot);
        _pending.Enqueue(slot);
        if (componentKey is null)
        {
            _inline[schema] = typeRef;
            if (structure is not null)
            {
                _inlineByStructure[structure] = typeRef;
            }
        }

        return typeRef.WithNullable(shape.Nullable);
    }

    private TypeRef MapUnnamed(IOpenApiSchema schema, SchemaShape shape, string nameHint, string pointer)
    {
        switch (shape.Kind)
        {
            case ShapeKind.Alias:
                var inner = Map(shape.Member, nameHint, pointer + "/" + shape.MemberPath);
                return inner.WithNullable(inner.Nullable || shape.Nullable);
            case ShapeKind.List:
                var items = Map(schema.Items, ItemName(nameHint), pointer + "/items");
                return TypeRef.ListOf(items).WithNullable(shape.Nullable);
            default:
                var values = schema.AdditionalProperties is { } additional && !SchemaFacts.IsEmpty(additional)
                    ? Map(additional, nameHint + "Value", pointer + "/additionalProperties")
                    : TypeRef.Any;
                return TypeRef.MapOf(values).WithNullable(shape.Nullable);
        }
    }

    private string ClaimTypeName(string wanted, string source, string pointer)
    {
        var name = _typeNames.Claim(wanted, "Model");
        if (name != wanted)
        {
            _diagnostics.Add(DiagnosticDescriptors.NameCollision, pointer, "schema", source, name);
        }

        return name;
    }

    private void Build(TypeSlot slot)
    {
        if (slot.Model is not null || slot.Building)
        {
            return;
        }

        slot.Building = true;
        slot.Model = slot.Shape switch
        {
            ShapeKind.Enum => BuildEnum(slot),
            ShapeKind.Union => BuildUnion(slot),
            _ => BuildObject(slot),
        };
        slot.Building = false;
    }

    /// <summary>"Items" of "FlowSources" is "FlowSource"; otherwise the hint plus "Item".</summary>
    private static string ItemName(string hint)
    {
        var pascal = Identifier.ToPascal(hint, "Item");
        if (pascal.EndsWith("ies", StringComparison.Ordinal) && pascal.Length > 4)
        {
            return pascal.Substring(0, pascal.Length - 3) + "y";
        }

        if ((pascal.EndsWith("sses", StringComparison.Ordinal) || pascal.EndsWith("xes", StringComparison.Ordinal) || pascal.EndsWith("ches", StringComparison.Ordinal)) && pascal.Length > 4)
        {
            return pascal.Substring(0, pascal.Length - 2);
        }

        if (pascal.EndsWith("s", StringComparison.Ordinal) && !pascal.EndsWith("ss", StringComparison.Ordinal) && pascal.Length > 3)
        {
            return pascal.Substring(0, pascal.Length - 1);
        }

        return pascal + "Item";
    }

    private static Dictionary<string, List<string>> FindDerivedComponents(OpenApiDocument document)
    {
        var derived = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var pair in document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
        {
            foreach (var member in pair.Value.AllOf ?? new List<IOpenApiSchema>())
            {
                var baseKey = SchemaFacts.ComponentKey(member);
                if (baseKey is not null && baseKey != pair.Key)
                {
                    if (!derived.TryGetValue(baseKey, out var list))
                    {
                        derived[baseKey] = list = new List<string>();
                    }

                    list.Add(pair.Key);
                }
            }
        }

        return derived;
    }

    /// <summary>Compares schemas by identity: the same inline schema object reached twice is one type.</summary>
    private sealed class ReferenceIdentity : IEqualityComparer<IOpenApiSchema>
    {
        public static readonly ReferenceIdentity Instance = new();

        public bool Equals(IOpenApiSchema? x, IOpenApiSchema? y) => ReferenceEquals(x, y);

        public int GetHashCode(IOpenApiSchema obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
