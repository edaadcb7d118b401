using System;

namespace OpenApiClientGenerator.Runtime;

/// <summary>One entry of a spec's <c>securitySchemes</c>, reduced to what a request needs.</summary>
public sealed class SecurityScheme
{
    /// <summary>Creates a scheme description.</summary>
    public SecurityScheme(string name, SecuritySchemeKind kind, string? parameterName = null)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Kind = kind;
        ParameterName = parameterName;
    }

    /// <summary>The scheme's key in <c>components.securitySchemes</c>.</summary>
    public string Name { get; }

    /// <summary>How the credential travels.</summary>
    public SecuritySchemeKind Kind { get; }

    /// <summary>The header, query or cookie name for API keys.</summary>
    public string? ParameterName { get; }
}
