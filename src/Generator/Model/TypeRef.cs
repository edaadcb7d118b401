namespace OpenApiClientGenerator.Model;

/// <summary>The kinds of C# type a schema maps to.</summary>
internal enum TypeRefKind
{
    Primitive,
    Model,
    Enum,
    Union,
    List,
    Map,
    Any,
}

/// <summary>Primitive CLR types, chosen from the schema's type and format.</summary>
internal enum PrimitiveType
{
    None,
    String,
    Int32,
    Int64,
    Double,
    Single,
    Decimal,
    Boolean,
    DateTimeOffset,
    Date,
    Duration,
    Guid,
    Uri,
    Bytes,
    File,
}

/// <summary>
/// A reference to a C# type: a primitive, a generated type by name, or a list/map of another reference.
/// </summary>
/// <param name="Kind">What kind of type.</param>
/// <param name="Primitive">For <see cref="TypeRefKind.Primitive"/>: which one.</param>
/// <param name="Name">For generated types: the type's name in the spec's namespace.</param>
/// <param name="Element">For lists and maps: the item type.</param>
/// <param name="Nullable">Whether <c>null</c> is a valid value.</param>
internal sealed record TypeRef(TypeRefKind Kind, PrimitiveType Primitive, string? Name, TypeRef? Element, bool Nullable)
{
    public static TypeRef Of(PrimitiveType primitive) => new(TypeRefKind.Primitive, primitive, null, null, false);

    public static TypeRef Named(TypeRefKind kind, string name) => new(kind, PrimitiveType.None, name, null, false);

    public static TypeRef ListOf(TypeRef element) => new(TypeRefKind.List, PrimitiveType.None, null, element, false);

    public static TypeRef MapOf(TypeRef element) => new(TypeRefKind.Map, PrimitiveType.None, null, element, false);

    public static readonly TypeRef Any = new(TypeRefKind.Any, PrimitiveType.None, null, null, true);

    public TypeRef WithNullable(bool nullable) => Nullable == nullable ? this : this with { Nullable = nullable };
}
