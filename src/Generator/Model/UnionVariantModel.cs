using OpenApiClientGenerator.Helpers;

namespace OpenApiClientGenerator.Model;

/// <summary>The JSON shape a union variant accepts, used to pick a variant when there is no discriminator.</summary>
internal enum JsonShape
{
    Any,
    Object,
    Array,
    String,
    Number,
    Integer,
    Boolean,
}

/// <summary>One alternative of a oneOf/anyOf union.</summary>
/// <param name="Name">The C# member name on the union (<c>union.Web</c>).</param>
/// <param name="Type">The variant's type.</param>
/// <param name="Shape">The JSON shape it accepts.</param>
/// <param name="RequiredProperties">For object variants: properties that must be present.</param>
/// <param name="DiscriminatorValues">The discriminator values that select this variant.</param>
/// <param name="KnownProperties">For object variants: every property it declares (to rank variants by fit).</param>
/// <param name="Constants">For object variants: properties with a single allowed string value.</param>
internal sealed record UnionVariantModel(
    string Name,
    TypeRef Type,
    JsonShape Shape,
    EquatableArray<string> RequiredProperties,
    EquatableArray<string> DiscriminatorValues,
    EquatableArray<string> KnownProperties,
    EquatableArray<PropertyConstantModel> Constants);

/// <summary>A property that can hold only one string value (<c>const</c> or a one-value enum).</summary>
internal sealed record PropertyConstantModel(string Name, string Value);
