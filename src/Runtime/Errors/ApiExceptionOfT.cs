using System;
using System.Collections.Generic;

namespace OpenApiClientGenerator.Runtime;

/// <summary>An <see cref="ApiException"/> whose body matched the error schema the spec documents for its status code.</summary>
/// <typeparam name="TError">The generated error type.</typeparam>
public class ApiException<TError> : ApiException
{
    /// <summary>Creates the exception.</summary>
    public ApiException(
        string message,
        int statusCode,
        string? reasonPhrase,
        IReadOnlyDictionary<string, IReadOnlyList<string>> headers,
        string? body,
        string operationId,
        TError error,
        Exception? innerException = null)
        : base(message, statusCode, reasonPhrase, headers, body, operationId, innerException)
    {
        Error = error;
    }

    /// <summary>The deserialized error body.</summary>
    public TError Error { get; }

    /// <inheritdoc />
    public override object? ErrorObject => Error;
}
