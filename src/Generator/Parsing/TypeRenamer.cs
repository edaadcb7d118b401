using System.Collections.Generic;
using System.Linq;
using OpenApiClientGenerator.Helpers;
using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Parsing;

/// <summary>Renames generated types everywhere they are referenced (types, operations), once mapping is complete.</summary>
internal static class TypeRenamer
{
    public static TypeModel Apply(TypeModel type, IReadOnlyDictionary<string, string> renames) =>
        renames.Count == 0 ? type : type with
        {
            Name = Name(type.Name, renames),
            BaseTypeName = type.BaseTypeName is null ? null : Name(type.BaseTypeName, renames),
            Properties = type.Properties.Select(property => property with { Type = Apply(property.Type, renames) }).ToEquatableArray(),
            AdditionalProperties = type.AdditionalProperties is null ? null : Apply(type.AdditionalProperties, renames),
            Discriminator = type.Discriminator is null ? null : type.Discriminator with
            {
                Mapping = type.Discriminator.Mapping.Select(entry => entry with { TypeName = Name(entry.TypeName, renames) }).ToEquatableArray(),
            },
            Variants = type.Variants.Select(variant => variant with
            {
                Type = Apply(variant.Type, renames),
                Name = variant.Type.Name is { } old && variant.Name == old && !type.Variants.Any(other => other.Name == Name(old, renames)) ? Name(old, renames) : variant.Name,
            }).ToEquatableArray(),
        };

    public static OperationModel Apply(OperationModel operation, IReadOnlyDictionary<string, string> renames) =>
        renames.Count == 0 ? operation : operation with
        {
            Parameters = operation.Parameters.Select(parameter => parameter with { Type = Apply(parameter.Type, renames) }).ToEquatableArray(),
            Body = operation.Body is null ? null : operation.Body with
            {
                Type = Apply(operation.Body.Type, renames),
                FormFields = operation.Body.FormFields.Select(field => field with { Type = Apply(field.Type, renames) }).ToEquatableArray(),
            },
            Response = operation.Response.Type is null ? operation.Response : operation.Response with { Type = Apply(operation.Response.Type, renames) },
            Errors = operation.Errors.Select(error => error with { Type = Apply(error.Type, renames) }).ToEquatableArray(),
        };

    private static TypeRef Apply(TypeRef type, IReadOnlyDictionary<string, string> renames) => type with
    {
        Name = type.Name is null ? null : Name(type.Name, renames),
        Element = type.Element is null ? null : Apply(type.Element, renames),
    };

    private static string Name(string name, IReadOnlyDictionary<string, string> renames) =>
        renames.TryGetValue(name, out var renamed) ? renamed : name;
}
