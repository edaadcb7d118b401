using System;
using System.Collections.Generic;

namespace OpenApiClientGenerator.Runtime;

/// <summary>Thrown when the server answers with a status code the operation does not treat as success.</summary>
public class ApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ApiException(
        string message,
        int statusCode,
        string? reasonPhrase,
        IReadOnlyDictionary<string, IReadOnlyList<string>> headers,
        string? body,
        string operationId,
        Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        ReasonPhrase = reasonPhrase;
        Headers = headers;
        Body = body;
        OperationId = operationId;
    }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>The reason phrase sent by the server, if any.</summary>
    public string? ReasonPhrase { get; }

    /// <summary>Response and content headers, case-insensitive.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }

    /// <summary>The raw response body as text (empty when there was none).</summary>
    public string? Body { get; }

    /// <summary>The id of the operation that failed.</summary>
    public string OperationId { get; }

    /// <summary>The error the spec documents for this status code, deserialized; null when it has none.</summary>
    public virtual object? ErrorObject => null;
}
