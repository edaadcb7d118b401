namespace OpenApiClientGenerator.Runtime;

/// <summary>How a security scheme puts its credential on a request.</summary>
public enum SecuritySchemeKind
{
    /// <summary>HTTP basic: <c>Authorization: Basic ...</c>.</summary>
    Basic,

    /// <summary>A bearer token (HTTP bearer, OAuth 2 or OpenID Connect): <c>Authorization: Bearer ...</c>.</summary>
    Bearer,

    /// <summary>An API key in a request header.</summary>
    ApiKeyHeader,

    /// <summary>An API key in the query string.</summary>
    ApiKeyQuery,

    /// <summary>An API key in a cookie.</summary>
    ApiKeyCookie,
}
