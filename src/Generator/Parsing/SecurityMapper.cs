using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenApiClientGenerator.Diagnostics;
using OpenApiClientGenerator.Helpers;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Naming;

namespace OpenApiClientGenerator.Parsing;

/// <summary>Maps <c>securitySchemes</c> and <c>security</c> requirements.</summary>
internal sealed class SecurityMapper
{
    private readonly Dictionary<string, SecuritySchemeModel> _schemes = new(StringComparer.Ordinal);
    private readonly IList<OpenApiSecurityRequirement>? _documentSecurity;

    public SecurityMapper(OpenApiDocument document, DiagnosticCollector diagnostics)
    {
        _documentSecurity = document.Security;
        var fields = new NameScope(ignoreCase: true);
        foreach (var pair in document.Components?.SecuritySchemes ?? new Dictionary<string, IOpenApiSecurityScheme>())
        {
            var pointer = JsonPointer.Append("#/components/securitySchemes", pair.Key);
            var scheme = pair.Value;
            var kind = KindOf(scheme, out var parameterName);
            if (kind is null)
            {
                diagnostics.Add(
                    DiagnosticDescriptors.UnsupportedConstruct,
                    pointer,
                    "The security scheme '" + pair.Key + "' (" + Describe(scheme) + ")",
                    "requests are sent without it; configure it on the HttpClient's handler instead");
                continue;
            }

            _schemes[pair.Key] = new SecuritySchemeModel(pair.Key, kind, parameterName, scheme.Description, fields.Claim("s_scheme" + Identifier.ToPascal(pair.Key, "Scheme")));
        }
    }

    public EquatableArray<SecuritySchemeModel> Schemes => _schemes.Values.ToEquatableArray();

    /// <summary>The requirement alternatives of an operation (its own list, else the document's).</summary>
    public EquatableArray<SecurityRequirementModel> For(OpenApiOperation operation)
    {
        var requirements = operation.Security ?? _documentSecurity;
        if (requirements is null)
        {
            return EquatableArray<SecurityRequirementModel>.Empty;
        }

        var result = new List<SecurityRequirementModel>();
        foreach (var requirement in requirements)
        {
            var names = requirement.Keys
                .Select(key => key.Reference?.Id ?? key.Name)
                .Where(name => name is not null && _schemes.ContainsKey(name))
                .Select(name => name!)
                .ToEquatableArray();
            if (names.Count > 0 || requirement.Count == 0)
            {
                result.Add(new SecurityRequirementModel(names));
            }
        }

        return result.ToEquatableArray();
    }

    private static string? KindOf(IOpenApiSecurityScheme scheme, out string? parameterName)
    {
        parameterName = null;
        switch (scheme.Type)
        {
            case SecuritySchemeType.Http when string.Equals(scheme.Scheme, "basic", StringComparison.OrdinalIgnoreCase):
                return "Basic";
            case SecuritySchemeType.Http when string.Equals(scheme.Scheme, "bearer", StringComparison.OrdinalIgnoreCase):
            case SecuritySchemeType.OAuth2:
            case SecuritySchemeType.OpenIdConnect:
                return "Bearer";
            case SecuritySchemeType.ApiKey when !string.IsNullOrEmpty(scheme.Name):
                parameterName = scheme.Name;
                return scheme.In switch
                {
                    Microsoft.OpenApi.ParameterLocation.Query => "ApiKeyQuery",
                    Microsoft.OpenApi.ParameterLocation.Cookie => "ApiKeyCookie",
                    _ => "ApiKeyHeader",
                };
            default:
                return null;
        }
    }

    private static string Describe(IOpenApiSecurityScheme scheme) =>
        scheme.Type?.ToString() + (string.IsNullOrEmpty(scheme.Scheme) ? string.Empty : " " + scheme.Scheme);
}
