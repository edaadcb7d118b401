using System;
using System.Collections.Generic;

namespace OpenApiClientGenerator.Runtime;

/// <summary>
/// One alternative of an operation's <c>security</c> list: every scheme in it must be applied together.
/// An empty requirement means "no credentials needed".
/// </summary>
public sealed class SecurityRequirement
{
    /// <summary>Creates a requirement from the schemes that must all be applied.</summary>
    public SecurityRequirement(params SecurityScheme[] schemes)
    {
        Schemes = schemes ?? Array.Empty<SecurityScheme>();
    }

    /// <summary>The schemes applied together.</summary>
    public IReadOnlyList<SecurityScheme> Schemes { get; }
}
