namespace OpenApiClientGenerator.Model;

/// <summary>One property of a generated object type.</summary>
/// <param name="JsonName">The name on the wire, exactly as in the spec.</param>
/// <param name="Name">The C# property name.</param>
/// <param name="Type">The C# type; <see cref="TypeRef.Nullable"/> says whether the property may hold null.</param>
/// <param name="Required">Whether C# must set it (<c>required</c>) and reading fails without it.</param>
/// <param name="Description">From the schema's description.</param>
/// <param name="Deprecated">Whether the property is deprecated.</param>
/// <param name="ReadOnly">Sent by the server only.</param>
/// <param name="WriteOnly">Sent by the client only.</param>
/// <param name="DefaultJson">The spec's default as JSON text; the emitter turns it into a C# literal when it fits the type.</param>
/// <param name="Inherited">True when the property is declared by the base type.</param>
internal sealed record PropertyModel(
    string JsonName,
    string Name,
    TypeRef Type,
    bool Required,
    string? Description,
    bool Deprecated,
    bool ReadOnly,
    bool WriteOnly,
    string? DefaultJson,
    bool Inherited);
