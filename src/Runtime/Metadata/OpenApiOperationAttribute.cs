using System;

namespace OpenApiClientGenerator.Runtime;

/// <summary>
/// Marks a generated client method with the OpenAPI operation it calls, so tools and tests can map
/// methods back to the spec.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false, AllowMultiple = false)]
public sealed class OpenApiOperationAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="operationId">The operation's <c>operationId</c> (or the id derived from method and path when the spec has none).</param>
    /// <param name="method">The HTTP method in upper case.</param>
    /// <param name="path">The path template exactly as written in the spec.</param>
    public OpenApiOperationAttribute(string operationId, string method, string path)
    {
        OperationId = operationId;
        Method = method;
        Path = path;
    }

    /// <summary>The operation's id.</summary>
    public string OperationId { get; }

    /// <summary>The HTTP method in upper case.</summary>
    public string Method { get; }

    /// <summary>The path template as written in the spec.</summary>
    public string Path { get; }

    /// <summary>
    /// Null on the one method that represents the operation. Set on an extra method that asks the same
    /// operation for another response media type (for example <c>text/csv</c>).
    /// </summary>
    public string? ResponseMediaType { get; set; }
}
