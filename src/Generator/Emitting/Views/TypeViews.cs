using System.Collections.Generic;

namespace OpenApiClientGenerator.Emitting.Views;

// Render-ready views for the model and serialization templates. Every string here is already valid C#
// (identifiers sanitized, literals and doc text escaped); templates only lay the text out.

/// <summary>Values shared by every file of one spec.</summary>
internal sealed class FileView
{
    public string Header { get; set; } = string.Empty;

    public string Namespace { get; set; } = string.Empty;

    public string Access { get; set; } = "public";

    public string GeneratedCode { get; set; } = string.Empty;
}

/// <summary>A record for an object schema.</summary>
internal sealed class RecordView
{
    public FileView File { get; set; } = new();

    public List<string> Doc { get; set; } = new();

    public string Name { get; set; } = string.Empty;

    public string Modifiers { get; set; } = string.Empty;

    public string BaseClause { get; set; } = string.Empty;

    public string Converter { get; set; } = string.Empty;

    public string? Obsolete { get; set; }

    public List<PropertyView> Properties { get; set; } = new();
}

/// <summary>A property declaration.</summary>
internal sealed class PropertyView
{
    public List<string> Doc { get; set; } = new();

    public string? Obsolete { get; set; }

    public string Required { get; set; } = string.Empty;

    public string Type { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Initializer { get; set; } = string.Empty;
}

/// <summary>A string enum struct.</summary>
internal sealed class EnumView
{
    public FileView File { get; set; } = new();

    public List<string> Doc { get; set; } = new();

    public string Name { get; set; } = string.Empty;

    public string Converter { get; set; } = string.Empty;

    public string? Obsolete { get; set; }

    public List<EnumMemberView> Members { get; set; } = new();
}

/// <summary>A known enum value.</summary>
internal sealed class EnumMemberView
{
    public List<string> Doc { get; set; } = new();

    public string Name { get; set; } = string.Empty;

    public string ValueLiteral { get; set; } = string.Empty;
}

/// <summary>A oneOf/anyOf union class.</summary>
internal sealed class UnionView
{
    public FileView File { get; set; } = new();

    public List<string> Doc { get; set; } = new();

    public string Name { get; set; } = string.Empty;

    public string Converter { get; set; } = string.Empty;

    public string? Obsolete { get; set; }

    public List<VariantView> Variants { get; set; } = new();
}

/// <summary>One union alternative.</summary>
internal sealed class VariantView
{
    public string Name { get; set; } = string.Empty;

    public string Type { get; set; } = string.Empty;

    public string NullableType { get; set; } = string.Empty;

    public bool IsValueType { get; set; }

    public bool AllowsImplicit { get; set; }

    public string Codec { get; set; } = string.Empty;

    public string ShapeExpression { get; set; } = string.Empty;

    public List<string> DiscriminatorLiterals { get; set; } = new();

    public int Index { get; set; }
}

/// <summary>The converter of an object type.</summary>
internal sealed class ObjectConverterView
{
    public FileView File { get; set; } = new();

    public string TypeName { get; set; } = string.Empty;

    public string Type { get; set; } = string.Empty;

    public string TypeNameLiteral { get; set; } = string.Empty;

    public List<StaticFieldView> CodecFields { get; set; } = new();

    public List<ConverterPropertyView> Properties { get; set; } = new();

    public string? DiscriminatorLiteral { get; set; }

    public List<DerivedView> Derived { get; set; } = new();

    public string? AdditionalCodec { get; set; }

    public string? AdditionalValueType { get; set; }
}

/// <summary>A static readonly field of a generated class: a codec built at run time, a security or error table.</summary>
internal sealed class StaticFieldView
{
    public string Type { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Expression { get; set; } = string.Empty;
}

/// <summary>How a converter reads and writes one property.</summary>
internal sealed class ConverterPropertyView
{
    public string JsonNameLiteral { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Local { get; set; } = string.Empty;

    public string Has { get; set; } = string.Empty;

    public string LocalType { get; set; } = string.Empty;

    public string Codec { get; set; } = string.Empty;

    public bool MustBePresent { get; set; }

    public bool MustBeNonNull { get; set; }

    public bool IsValueType { get; set; }

    public bool AlwaysWrite { get; set; }
}

/// <summary>A derived type a polymorphic base dispatches to.</summary>
internal sealed class DerivedView
{
    public List<string> ValueLiterals { get; set; } = new();

    public string Type { get; set; } = string.Empty;

    public string Converter { get; set; } = string.Empty;

    public string Local { get; set; } = string.Empty;
}

/// <summary>The converter of an enum or union.</summary>
internal sealed class SimpleConverterView
{
    public FileView File { get; set; } = new();

    public string TypeName { get; set; } = string.Empty;

    public string Type { get; set; } = string.Empty;

    public string TypeNameLiteral { get; set; } = string.Empty;

    public string? DiscriminatorLiteral { get; set; }

    public List<VariantView> Variants { get; set; } = new();

    public string? VariantsField { get; set; }

    public List<StaticFieldView> CodecFields { get; set; } = new();
}
