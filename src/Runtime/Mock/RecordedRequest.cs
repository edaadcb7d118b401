using System;
using System.Collections.Generic;

namespace OpenApiClientGenerator.Runtime;

/// <summary>A request a mock handler received, with its body already read.</summary>
public sealed class RecordedRequest
{
    internal RecordedRequest(string method, Uri uri, IReadOnlyDictionary<string, string> headers, string? body, string? operationId)
    {
        Method = method;
        Uri = uri;
        Headers = headers;
        Body = body;
        OperationId = operationId;
    }

    /// <summary>The HTTP method.</summary>
    public string Method { get; }

    /// <summary>The full request URI.</summary>
    public Uri Uri { get; }

    /// <summary>Request and content headers (values joined with ", "), case-insensitive.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The body as text; null when there was none.</summary>
    public string? Body { get; }

    /// <summary>The operation the request was routed to; null when no route matched (answered 404).</summary>
    public string? OperationId { get; }
}
