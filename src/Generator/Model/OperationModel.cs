using OpenApiClientGenerator.Helpers;

namespace OpenApiClientGenerator.Model;

/// <summary>One operation of the spec, as one generated method.</summary>
/// <param name="OperationId">The spec's operationId, or one derived from method and path.</param>
/// <param name="MethodName">The C# method name, ending in <c>Async</c>.</param>
/// <param name="GroupClassName">The sub-client that holds it; null for the root client.</param>
/// <param name="HttpMethod">Upper-case HTTP method.</param>
/// <param name="Path">The path template exactly as in the spec.</param>
/// <param name="Summary">The operation's summary.</param>
/// <param name="Description">The operation's description.</param>
/// <param name="Deprecated">Whether the operation is deprecated.</param>
/// <param name="Parameters">Path, query, header and cookie parameters, in signature order.</param>
/// <param name="Body">The request body, if any.</param>
/// <param name="Response">How the success response is read.</param>
/// <param name="AlternateResponses">Other success media types offered (for example text/csv next to JSON).</param>
/// <param name="Errors">Documented error responses that carry a JSON schema.</param>
/// <param name="Security">Alternatives of the security requirement; each is a list of scheme names.</param>
/// <param name="Mock">What the generated mock handler answers.</param>
internal sealed record OperationModel(
    string OperationId,
    string MethodName,
    string? GroupClassName,
    string HttpMethod,
    string Path,
    string? Summary,
    string? Description,
    bool Deprecated,
    EquatableArray<ParameterModel> Parameters,
    RequestBodyModel? Body,
    ResponseModel Response,
    EquatableArray<ResponseModel> AlternateResponses,
    EquatableArray<ErrorResponseModel> Errors,
    EquatableArray<SecurityRequirementModel> Security,
    MockResponseModel Mock);

/// <summary>One alternative of a security requirement: the schemes applied together.</summary>
internal sealed record SecurityRequirementModel(EquatableArray<string> SchemeNames);
