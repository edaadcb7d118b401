namespace OpenApiClientGenerator.Model;

/// <summary>A security scheme, reduced to what the runtime needs.</summary>
/// <param name="Name">The key in <c>components.securitySchemes</c>.</param>
/// <param name="Kind">The runtime <c>SecuritySchemeKind</c> member name.</param>
/// <param name="ParameterName">Header, query or cookie name for API keys.</param>
/// <param name="Description">From the spec.</param>
/// <param name="FieldName">The C# field that holds it in the generated security class.</param>
internal sealed record SecuritySchemeModel(string Name, string Kind, string? ParameterName, string? Description, string FieldName);
