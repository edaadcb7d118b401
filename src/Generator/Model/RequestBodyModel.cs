using OpenApiClientGenerator.Helpers;

namespace OpenApiClientGenerator.Model;

/// <summary>How a request or response body is encoded.</summary>
internal enum BodyKind
{
    None,
    Json,
    Form,
    Multipart,
    Binary,
    Text,
}

/// <summary>The request body of an operation.</summary>
/// <param name="Kind">The encoding chosen among the media types the spec offers.</param>
/// <param name="ContentType">The media type sent, exactly as in the spec.</param>
/// <param name="ParameterName">The C# name of the body parameter.</param>
/// <param name="Type">The C# type of the body parameter.</param>
/// <param name="Required">Whether the body must be given.</param>
/// <param name="Description">From the spec.</param>
/// <param name="FormFields">For form and multipart bodies of object type: how each property is written.</param>
/// <param name="ExampleJson">An example body as JSON, for tests and docs.</param>
internal sealed record RequestBodyModel(
    BodyKind Kind,
    string ContentType,
    string ParameterName,
    TypeRef Type,
    bool Required,
    string? Description,
    EquatableArray<FormFieldModel> FormFields,
    string? ExampleJson);

/// <summary>One field of a form or multipart body, taken from a property of the body type.</summary>
/// <param name="WireName">The field name.</param>
/// <param name="PropertyName">The C# property of the body type it comes from.</param>
/// <param name="Type">The property's type.</param>
/// <param name="IsObject">Objects and lists of objects are sent as JSON text.</param>
internal sealed record FormFieldModel(string WireName, string PropertyName, TypeRef Type, bool IsObject);
