namespace Clients.Tests.Infrastructure;

/// <summary>An operation as the spec file declares it, read independently of the generator.</summary>
public sealed record SpecOperation(
    string SpecFile,
    string OperationId,
    string Method,
    string Path,
    bool RequiresAuth,
    IReadOnlyList<SpecParameter> Parameters)
{
    public override string ToString() => SpecFile + " " + Method + " " + Path;
}

/// <summary>A parameter as the spec declares it.</summary>
public sealed record SpecParameter(string Name, string In, string? Style, bool Explode, bool IsArray, bool IsJsonContent);
