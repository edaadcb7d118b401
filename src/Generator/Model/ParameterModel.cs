namespace OpenApiClientGenerator.Model;

/// <summary>Where a parameter goes.</summary>
internal enum ParameterLocation
{
    Path,
    Query,
    Header,
    Cookie,
}

/// <summary>How a parameter value is serialized.</summary>
internal enum ParameterSerialization
{
    /// <summary>Scalars and lists of scalars.</summary>
    Value,

    /// <summary>
    /// A structured value written through its JSON form: objects spread into fields (form or deepObject),
    /// unions and free-form values as their scalar text or JSON.
    /// </summary>
    Object,

    /// <summary>The value sent as JSON text (<c>content: application/json</c>).</summary>
    Json,
}

/// <summary>A path, query, header or cookie parameter.</summary>
/// <param name="WireName">The name on the wire, exactly as in the spec.</param>
/// <param name="Name">The C# parameter name (keywords escaped).</param>
/// <param name="Location">Where it goes.</param>
/// <param name="Style">The runtime <c>ParameterStyle</c> member name.</param>
/// <param name="Explode">The spec's explode flag (with its default applied).</param>
/// <param name="Required">Whether the caller must give it.</param>
/// <param name="Type">The C# type.</param>
/// <param name="Serialization">How the value is written.</param>
/// <param name="Description">From the spec.</param>
/// <param name="Deprecated">Whether the parameter is deprecated.</param>
/// <param name="ResourceUrlOrigin">When set, the parameter also accepts a full URL on this origin (its id is taken from the path).</param>
/// <param name="ExampleJson">An example value as JSON, for tests and docs.</param>
internal sealed record ParameterModel(
    string WireName,
    string Name,
    ParameterLocation Location,
    string Style,
    bool Explode,
    bool Required,
    TypeRef Type,
    ParameterSerialization Serialization,
    string? Description,
    bool Deprecated,
    string? ResourceUrlOrigin,
    string? ExampleJson);
