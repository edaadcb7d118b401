using Microsoft.OpenApi;

namespace OpenApiClientGenerator.Parsing;

/// <summary>An operation as found in the document, before it is mapped.</summary>
internal sealed class OperationSource
{
    public OperationSource(string path, string method, OpenApiOperation operation, IOpenApiPathItem pathItem, string operationId, bool derivedId, string? tag)
    {
        Path = path;
        Method = method;
        Operation = operation;
        PathItem = pathItem;
        OperationId = operationId;
        DerivedId = derivedId;
        Tag = tag;
        Pointer = JsonPointer.Append(JsonPointer.Append("#/paths", path), method.ToLowerInvariant());
    }

    public string Path { get; }

    public string Method { get; }

    public OpenApiOperation Operation { get; }

    public IOpenApiPathItem PathItem { get; }

    public string OperationId { get; }

    public bool DerivedId { get; }

    public string? Tag { get; }

    public string Pointer { get; }

    public string MethodName { get; set; } = string.Empty;

    /// <summary>The stem used to name inline request/response types (<c>GetFlow</c>).</summary>
    public string TypeStem => OperationNamer.FullName(OperationId);
}
