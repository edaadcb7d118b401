using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Pipeline;

namespace OpenApiClientGenerator.Emitting;

/// <summary>Turns <see cref="TypeRef"/>s into C# type names, JSON codec expressions and default-value literals.</summary>
internal sealed class CSharpTypes
{
    public const string Runtime = "global::OpenApiClientGenerator.Runtime";
    public const string Codecs = Runtime + ".JsonCodecs";

    private readonly string _namespace;
    private readonly TargetFeatures _features;

    public CSharpTypes(string ns, TargetFeatures features)
    {
        _namespace = ns;
        _features = features;
    }

    public string Namespace => _namespace;

    /// <summary>The fully qualified C# type, with <c>?</c> when the reference is nullable.</summary>
    public string Name(TypeRef type) => Name(type, type.Nullable);

    public string Name(TypeRef type, bool nullable) => Bare(type) + (nullable ? "?" : string.Empty);

    /// <summary>The type without its top-level nullability.</summary>
    public string Bare(TypeRef type) => type.Kind switch
    {
        TypeRefKind.Primitive => Primitive(type.Primitive),
        TypeRefKind.Model or TypeRefKind.Enum or TypeRefKind.Union => Qualified(type.Name!),
        TypeRefKind.List => "global::System.Collections.Generic.IReadOnlyList<" + Name(type.Element!) + ">",
        TypeRefKind.Map => "global::System.Collections.Generic.IReadOnlyDictionary<string, " + Name(type.Element!) + ">",
        _ => "global::System.Text.Json.Nodes.JsonNode",
    };

    public string Qualified(string typeName) => "global::" + _namespace + "." + typeName;

    public string ConverterName(string typeName) => "global::" + _namespace + ".Serialization." + typeName + "JsonConverter";

    /// <summary>True when the C# type is a value type (so <c>?</c> means <see cref="Nullable{T}"/>).</summary>
    public bool IsValueType(TypeRef type) =>
        type.Kind == TypeRefKind.Enum
        || (type.Kind == TypeRefKind.Primitive && type.Primitive switch
        {
            PrimitiveType.String or PrimitiveType.Uri or PrimitiveType.Bytes or PrimitiveType.File => false,
            PrimitiveType.Date => _features.HasDateOnly,
            _ => true,
        });

    /// <summary>
    /// An expression of type <c>JsonConverter&lt;T&gt;</c> where <c>T</c> is exactly <see cref="Name(TypeRef)"/> for
    /// value types and the non-nullable type for reference types (reference codecs read JSON null as null).
    /// </summary>
    public string Codec(TypeRef type)
    {
        var bare = BareCodec(type);
        return type.Nullable && IsValueType(type) ? Codecs + ".Nullable(" + bare + ")" : bare;
    }

    /// <summary>The C# type of <see cref="Codec"/>.</summary>
    public string CodecType(TypeRef type) =>
        "global::System.Text.Json.Serialization.JsonConverter<" + Name(type, type.Nullable && IsValueType(type)) + ">";

    /// <summary>True when the codec is built at run time and so belongs in a static field.</summary>
    public static bool IsComposite(string codec) => codec.IndexOf('(') >= 0;

    private string BareCodec(TypeRef type) => type.Kind switch
    {
        TypeRefKind.Primitive => Codecs + "." + PrimitiveCodec(type.Primitive),
        TypeRefKind.Model or TypeRefKind.Enum or TypeRefKind.Union => ConverterName(type.Name!) + ".Instance",
        TypeRefKind.List => Codecs + (NullableReference(type.Element!) ? ".ListOfNullable(" : ".ListOf(") + Codec(type.Element!) + ")",
        TypeRefKind.Map => Codecs + (NullableReference(type.Element!) ? ".MapOfNullable(" : ".MapOf(") + Codec(type.Element!) + ")",
        _ => Codecs + ".Node",
    };

    private bool NullableReference(TypeRef type) => type.Nullable && !IsValueType(type);

    private string Primitive(PrimitiveType primitive) => primitive switch
    {
        PrimitiveType.String => "string",
        PrimitiveType.Int32 => "int",
        PrimitiveType.Int64 => "long",
        PrimitiveType.Double => "double",
        PrimitiveType.Single => "float",
        PrimitiveType.Decimal => "decimal",
        PrimitiveType.Boolean => "bool",
        PrimitiveType.DateTimeOffset => "global::System.DateTimeOffset",
        PrimitiveType.Date => _features.HasDateOnly ? "global::System.DateOnly" : "string",
        PrimitiveType.Duration => "global::System.TimeSpan",
        PrimitiveType.Guid => "global::System.Guid",
        PrimitiveType.Uri => "global::System.Uri",
        PrimitiveType.Bytes => "byte[]",
        PrimitiveType.File => Runtime + ".FileParameter",
        _ => "string",
    };

    private string PrimitiveCodec(PrimitiveType primitive) => primitive switch
    {
        PrimitiveType.Int32 => "Int32",
        PrimitiveType.Int64 => "Int64",
        PrimitiveType.Double => "Double",
        PrimitiveType.Single => "Single",
        PrimitiveType.Decimal => "Decimal",
        PrimitiveType.Boolean => "Boolean",
        PrimitiveType.DateTimeOffset => "DateTimeOffset",
        PrimitiveType.Date => _features.HasDateOnly ? "Date" : "String",
        PrimitiveType.Duration => "Duration",
        PrimitiveType.Guid => "Guid",
        PrimitiveType.Uri => "Uri",
        PrimitiveType.Bytes => "Bytes",
        PrimitiveType.File => "File",
        _ => "String",
    };

    /// <summary>A C# expression for a spec default when it fits the type exactly; null otherwise.</summary>
    public string? DefaultLiteral(TypeRef type, string? json, TypeModel? enumType)
    {
        if (json is null)
        {
            return null;
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return null;
        }

        if (node is not JsonValue value)
        {
            return null;
        }

        var kind = value.GetValueKind();
        switch (type.Kind)
        {
            case TypeRefKind.Enum when kind == JsonValueKind.String && enumType is not null:
                var text = value.GetValue<string>();
                foreach (var member in enumType.EnumMembers)
                {
                    if (member.Value == text)
                    {
                        return Qualified(enumType.Name) + "." + member.Name;
                    }
                }

                return "new " + Qualified(enumType.Name) + "(" + CodeText.Literal(text) + ")";
            case TypeRefKind.Primitive:
                return PrimitiveLiteral(type.Primitive, value, kind);
            default:
                return null;
        }
    }

    private string? PrimitiveLiteral(PrimitiveType primitive, JsonValue value, JsonValueKind kind)
    {
        switch (primitive)
        {
            case PrimitiveType.String when kind == JsonValueKind.String:
                return CodeText.Literal(value.GetValue<string>());
            case PrimitiveType.Boolean when kind is JsonValueKind.True or JsonValueKind.False:
                return kind == JsonValueKind.True ? "true" : "false";
            case PrimitiveType.Int32 when kind == JsonValueKind.Number && value.GetValue<JsonElement>().TryGetInt32(out var int32):
                return int32.ToString(CultureInfo.InvariantCulture);
            case PrimitiveType.Int64 when kind == JsonValueKind.Number && value.GetValue<JsonElement>().TryGetInt64(out var int64):
                return int64.ToString(CultureInfo.InvariantCulture) + "L";
            case PrimitiveType.Double when kind == JsonValueKind.Number && value.GetValue<JsonElement>().TryGetDouble(out var number) && !double.IsInfinity(number):
                return number.ToString("R", CultureInfo.InvariantCulture) + "d";
            case PrimitiveType.Single when kind == JsonValueKind.Number && value.GetValue<JsonElement>().TryGetSingle(out var single) && !float.IsInfinity(single):
                return single.ToString("R", CultureInfo.InvariantCulture) + "f";
            case PrimitiveType.Decimal when kind == JsonValueKind.Number && value.GetValue<JsonElement>().TryGetDecimal(out var money):
                return money.ToString(CultureInfo.InvariantCulture) + "m";
            default:
                return null;
        }
    }
}
