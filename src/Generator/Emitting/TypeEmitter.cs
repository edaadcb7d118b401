using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using OpenApiClientGenerator.Emitting.Views;
using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Emitting;

/// <summary>Builds the views of model types and their converters and renders them.</summary>
internal sealed class TypeEmitter
{
    private readonly SpecModel _spec;
    private readonly CSharpTypes _types;
    private readonly FileView _file;
    private readonly bool _supportsRequired;
    private readonly Dictionary<string, TypeModel> _byName;

    public TypeEmitter(SpecModel spec, CSharpTypes types, FileView file, bool supportsRequired)
    {
        _spec = spec;
        _types = types;
        _file = file;
        _supportsRequired = supportsRequired;
        _byName = spec.Types.ToDictionary(type => type.Name, System.StringComparer.Ordinal);
    }

    public IEnumerable<GeneratedSource> Emit(TypeModel type)
    {
        var prefix = _spec.Namespace + ".";
        switch (type.Kind)
        {
            case TypeModelKind.Enum:
                yield return new GeneratedSource(prefix + type.Name + ".g.cs", TemplateRenderer.Render("Model.Enum", EnumView(type)));
                yield return new GeneratedSource(prefix + "Serialization." + type.Name + "JsonConverter.g.cs", TemplateRenderer.Render("Serialization.Enum", SimpleConverter(type)));
                break;
            case TypeModelKind.Union:
                yield return new GeneratedSource(prefix + type.Name + ".g.cs", TemplateRenderer.Render("Model.Union", UnionView(type)));
                yield return new GeneratedSource(prefix + "Serialization." + type.Name + "JsonConverter.g.cs", TemplateRenderer.Render("Serialization.Union", SimpleConverter(type)));
                break;
            default:
                yield return new GeneratedSource(prefix + type.Name + ".g.cs", TemplateRenderer.Render("Model.Record", RecordView(type)));
                yield return new GeneratedSource(prefix + "Serialization." + type.Name + "JsonConverter.g.cs", TemplateRenderer.Render("Serialization.Object", ObjectConverter(type)));
                break;
        }
    }

    private RecordView RecordView(TypeModel type)
    {
        var view = new RecordView
        {
            File = _file,
            Doc = CodeText.Summary(type.Description, null, "The <c>" + Plain(type.SchemaName) + "</c> schema."),
            Name = type.Name,
            Modifiers = type.IsSealed ? "sealed " : string.Empty,
            BaseClause = type.BaseTypeName is null ? string.Empty : " : " + _types.Qualified(type.BaseTypeName),
            Converter = _types.ConverterName(type.Name),
            Obsolete = type.Deprecated ? CodeText.Literal("Deprecated in the OpenAPI spec.") : null,
        };

        foreach (var property in type.Properties.Where(property => !property.Inherited))
        {
            var required = property.Required && _supportsRequired;
            var defaultLiteral = property.Required ? null : _types.DefaultLiteral(property.Type, property.DefaultJson, property.Type.Kind == TypeRefKind.Enum ? Find(property.Type.Name) : null);
            var doc = CodeText.Summary(property.Description, null, "The <c>" + Plain(property.JsonName) + "</c> property.");
            if (property.Deprecated && property.Required)
            {
                doc.Add("<remarks>Deprecated in the OpenAPI spec.</remarks>");
            }

            view.Properties.Add(new PropertyView
            {
                Doc = doc,
                Obsolete = property.Deprecated && !property.Required ? CodeText.Literal("Deprecated in the OpenAPI spec.") : null,
                Required = required ? "required " : string.Empty,
                Type = _types.Name(property.Type),
                Name = property.Name,
                Initializer = defaultLiteral is not null ? " = " + defaultLiteral + ";"
                    : property.Required && !_supportsRequired && !property.Type.Nullable && !_types.IsValueType(property.Type) ? " = default!;" : string.Empty,
            });
        }

        if (type.AdditionalProperties is { } additional && !BaseHasAdditional(type))
        {
            view.Properties.Add(new PropertyView
            {
                Doc = new List<string> { "<summary>Properties the spec does not name, as received; written back unchanged.</summary>" },
                Type = "global::System.Collections.Generic.IReadOnlyDictionary<string, " + _types.Name(additional) + ">?",
                Name = "AdditionalProperties",
            });
        }

        return view;
    }

    private ObjectConverterView ObjectConverter(TypeModel type)
    {
        var view = new ObjectConverterView
        {
            File = _file,
            TypeName = type.Name,
            Type = _types.Qualified(type.Name),
            TypeNameLiteral = CodeText.Literal(type.Name),
        };

        var codecs = new StaticFields(_types);
        var index = 0;
        foreach (var property in type.Properties)
        {
            var isValueType = _types.IsValueType(property.Type);
            view.Properties.Add(new ConverterPropertyView
            {
                JsonNameLiteral = CodeText.Literal(property.JsonName),
                Name = property.Name,
                Local = "v" + index.ToString(CultureInfo.InvariantCulture),
                Has = "h" + index.ToString(CultureInfo.InvariantCulture),
                LocalType = _types.Name(property.Type, nullable: true),
                Codec = codecs.For(property.Type),
                MustBePresent = property.Required,
                MustBeNonNull = property.Required && !property.Type.Nullable,
                IsValueType = isValueType,
                AlwaysWrite = property.Required,
            });
            index++;
        }

        if (type.AdditionalProperties is { } additional)
        {
            view.AdditionalCodec = codecs.For(additional);
            view.AdditionalValueType = _types.Name(additional);
        }

        if (type.Discriminator is { } discriminator)
        {
            view.DiscriminatorLiteral = CodeText.Literal(discriminator.PropertyName);
            var local = 0;
            foreach (var group in discriminator.Mapping
                .Where(entry => entry.TypeName != type.Name)
                .GroupBy(entry => entry.TypeName)
                .OrderByDescending(group => Depth(group.Key)))
            {
                view.Derived.Add(new DerivedView
                {
                    ValueLiterals = group.Select(entry => CodeText.Literal(entry.Value)).ToList(),
                    Type = _types.Qualified(group.Key),
                    Converter = _types.ConverterName(group.Key),
                    Local = "derived" + local++.ToString(CultureInfo.InvariantCulture),
                });
            }
        }

        view.CodecFields = codecs.Fields;
        return view;
    }

    private EnumView EnumView(TypeModel type) => new()
    {
        File = _file,
        Doc = CodeText.Summary(type.Description, null, "The <c>" + Plain(type.SchemaName) + "</c> values."),
        Name = type.Name,
        Converter = _types.ConverterName(type.Name),
        Obsolete = type.Deprecated ? CodeText.Literal("Deprecated in the OpenAPI spec.") : null,
        Members = type.EnumMembers.Select(member => new EnumMemberView
        {
            Doc = CodeText.Summary(member.Description, null, "The value <c>" + Plain(member.Value) + "</c>."),
            Name = member.Name,
            ValueLiteral = CodeText.Literal(member.Value),
        }).ToList(),
    };

    private UnionView UnionView(TypeModel type) => new()
    {
        File = _file,
        Doc = CodeText.Summary(type.Description, null, "One of several shapes (<c>" + Plain(type.SchemaName) + "</c>)."),
        Name = type.Name,
        Converter = _types.ConverterName(type.Name),
        Obsolete = type.Deprecated ? CodeText.Literal("Deprecated in the OpenAPI spec.") : null,
        Variants = Variants(type, new StaticFields(_types)),
    };

    private SimpleConverterView SimpleConverter(TypeModel type)
    {
        var codecs = new StaticFields(_types);
        var view = new SimpleConverterView
        {
            File = _file,
            TypeName = type.Name,
            Type = _types.Qualified(type.Name),
            TypeNameLiteral = CodeText.Literal(type.Name),
            DiscriminatorLiteral = type.Kind == TypeModelKind.Union && type.Discriminator is { } discriminator ? CodeText.Literal(discriminator.PropertyName) : null,
        };

        if (type.Kind == TypeModelKind.Union)
        {
            view.Variants = Variants(type, codecs);
            if (view.Variants.Count > 0)
            {
                view.VariantsField = codecs.Shared(
                    CSharpTypes.Runtime + ".UnionVariantShape[]",
                    "new " + CSharpTypes.Runtime + ".UnionVariantShape[] { " + string.Join(", ", view.Variants.Select(variant => variant.ShapeExpression)) + " }",
                    "s_variants");
            }
        }

        view.CodecFields = codecs.Fields;
        return view;
    }

    /// <summary>
    /// Variant views, one per distinct C# type, derived types before their bases: the converter tries variants
    /// in this order, and C# type patterns must not be subsumed by an earlier base type.
    /// </summary>
    private List<VariantView> Variants(TypeModel type, StaticFields codecs)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        var result = new List<VariantView>();
        var index = 0;
        foreach (var variant in type.Variants.OrderByDescending(variant => variant.Type.Kind == TypeRefKind.Model ? Depth(variant.Type.Name!) : 0))
        {
            var csType = _types.Name(variant.Type, nullable: false);
            if (!seen.Add(csType))
            {
                continue;
            }

            var isValueType = _types.IsValueType(variant.Type);
            result.Add(new VariantView
            {
                Name = variant.Name,
                Type = csType,
                NullableType = csType + "?",
                IsValueType = isValueType,
                AllowsImplicit = variant.Type.Kind is not (TypeRefKind.List or TypeRefKind.Map),
                Codec = codecs.For(variant.Type.WithNullable(false)),
                ShapeExpression = "new " + CSharpTypes.Runtime + ".UnionVariantShape(" + CSharpTypes.Runtime + ".JsonShape." + variant.Shape
                    + ", " + StringArray(variant.RequiredProperties) + ", " + StringArray(variant.KnownProperties)
                    + string.Concat(variant.Constants.Select(constant => ", " + CodeText.Literal(constant.Name) + ", " + CodeText.Literal(constant.Value))) + ")",
                DiscriminatorLiterals = variant.DiscriminatorValues.Select(CodeText.Literal).ToList(),
                Index = index++,
            });
        }

        return result;
    }

    private static string StringArray(IEnumerable<string> values) =>
        "new string[] { " + string.Join(", ", values.Select(CodeText.Literal)) + " }";

    private TypeModel? Find(string? name) => name is not null && _byName.TryGetValue(name, out var type) ? type : null;

    private int Depth(string typeName)
    {
        var depth = 0;
        for (var current = Find(typeName); current?.BaseTypeName is { } baseName && depth < 64; current = Find(baseName))
        {
            depth++;
        }

        return depth;
    }

    private bool BaseHasAdditional(TypeModel type) =>
        type.BaseTypeName is { } baseName && Find(baseName)?.AdditionalProperties is not null;

    private static string Plain(string text) => CodeText.Inline(text);
}
