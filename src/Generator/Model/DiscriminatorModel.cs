using OpenApiClientGenerator.Helpers;

namespace OpenApiClientGenerator.Model;

/// <summary>A discriminator: the property to look at and which value selects which generated type.</summary>
internal sealed record DiscriminatorModel(string PropertyName, EquatableArray<DiscriminatorMappingModel> Mapping);

/// <summary>One discriminator value and the type it selects.</summary>
internal sealed record DiscriminatorMappingModel(string Value, string TypeName);
