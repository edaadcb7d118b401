using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiClientGenerator.Runtime;

/// <summary>
/// Where a generated client sends its requests and which credentials it may attach. Credentials are
/// attached only to requests for this server's origin (scheme, host and port).
/// </summary>
public class ApiClientOptions
{
    /// <summary>
    /// The server to call. When null, the injected <see cref="System.Net.Http.HttpClient.BaseAddress"/> is used,
    /// then the first server of the spec.
    /// </summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>Credentials for HTTP basic security schemes.</summary>
    public BasicCredentials? Basic { get; set; }

    /// <summary>A fixed token for bearer, OAuth 2 and OpenID Connect schemes.</summary>
    public string? BearerToken { get; set; }

    /// <summary>Called before each request that needs a bearer token; wins over <see cref="BearerToken"/>.</summary>
    public Func<CancellationToken, Task<string?>>? BearerTokenProvider { get; set; }

    /// <summary>The key for every <c>apiKey</c> scheme that has no entry in <see cref="ApiKeys"/>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Keys for <c>apiKey</c> schemes, by scheme name.</summary>
    public IDictionary<string, string> ApiKeys { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Headers added to every request (for example a User-Agent or a tracing header).</summary>
    public IDictionary<string, string> DefaultHeaders { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    internal string? GetApiKey(string schemeName) =>
        ApiKeys.TryGetValue(schemeName, out var key) ? key : ApiKey;
}
