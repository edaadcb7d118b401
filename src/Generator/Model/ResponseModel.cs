namespace OpenApiClientGenerator.Model;

/// <summary>How a success response is read.</summary>
/// <param name="Kind">None (no body), JSON, text or binary.</param>
/// <param name="ContentType">The media type asked for in <c>Accept</c>.</param>
/// <param name="Type">For JSON: the result type (nullable when some success codes carry no body).</param>
/// <param name="StatusCode">The documented status key it came from.</param>
/// <param name="Description">The response description, for the method's <c>returns</c> doc.</param>
internal sealed record ResponseModel(BodyKind Kind, string? ContentType, TypeRef? Type, string StatusCode, string? Description);

/// <summary>A documented error response with a JSON body.</summary>
/// <param name="StatusKey">404, 4XX or default.</param>
/// <param name="Type">The error body type.</param>
internal sealed record ErrorResponseModel(string StatusKey, TypeRef Type);

/// <summary>What the generated mock handler answers for an operation.</summary>
/// <param name="StatusCode">The success status code.</param>
/// <param name="ContentType">The media type, null without body.</param>
/// <param name="Body">The example body (from the spec, or synthesized from the schema).</param>
internal sealed record MockResponseModel(int StatusCode, string? ContentType, string? Body);
