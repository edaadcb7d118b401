using OpenApiClientGenerator.Helpers;

namespace OpenApiClientGenerator.Model;

/// <summary>The kinds of generated type.</summary>
internal enum TypeModelKind
{
    Object,
    Enum,
    Union,
}

/// <summary>A generated model type: a record for objects, a struct for string enums, a class for unions.</summary>
/// <param name="Kind">Object, enum or union.</param>
/// <param name="Name">The C# type name (unique in the spec's namespace).</param>
/// <param name="SchemaName">Where it came from in the spec (component key or inline path), for docs.</param>
/// <param name="Description">The schema's title/description.</param>
/// <param name="Deprecated">Whether the schema is deprecated.</param>
/// <param name="Properties">Object: all properties, inherited ones included, in spec order.</param>
/// <param name="BaseTypeName">Object: the type it derives from (allOf inheritance).</param>
/// <param name="IsSealed">Object: false when another generated type derives from it.</param>
/// <param name="AdditionalProperties">Object: the value type of extra properties, when the schema allows typed extras.</param>
/// <param name="Discriminator">Object base or union: the discriminator property and its mapping.</param>
/// <param name="EnumMembers">Enum: the known values.</param>
/// <param name="Variants">Union: the alternatives, in spec order.</param>
internal sealed record TypeModel(
    TypeModelKind Kind,
    string Name,
    string SchemaName,
    string? Description,
    bool Deprecated,
    EquatableArray<PropertyModel> Properties,
    string? BaseTypeName,
    bool IsSealed,
    TypeRef? AdditionalProperties,
    DiscriminatorModel? Discriminator,
    EquatableArray<EnumMemberModel> EnumMembers,
    EquatableArray<UnionVariantModel> Variants)
{
    public static TypeModel ForEnum(string name, string schemaName, string? description, bool deprecated, EquatableArray<EnumMemberModel> members) =>
        new(TypeModelKind.Enum, name, schemaName, description, deprecated, EquatableArray<PropertyModel>.Empty, null, true, null, null, members, EquatableArray<UnionVariantModel>.Empty);

    public static TypeModel ForUnion(string name, string schemaName, string? description, bool deprecated, DiscriminatorModel? discriminator, EquatableArray<UnionVariantModel> variants) =>
        new(TypeModelKind.Union, name, schemaName, description, deprecated, EquatableArray<PropertyModel>.Empty, null, true, null, discriminator, EquatableArray<EnumMemberModel>.Empty, variants);
}
