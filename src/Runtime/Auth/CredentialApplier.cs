using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiClientGenerator.Runtime;

/// <summary>Puts the configured credentials on a request according to the operation's security requirements.</summary>
internal static class CredentialApplier
{
    public static async Task ApplyAsync(
        HttpRequestMessage message,
        IReadOnlyList<SecurityRequirement> alternatives,
        ApiClientOptions options,
        List<KeyValuePair<string, string>> query,
        List<KeyValuePair<string, string>> cookies,
        CancellationToken cancellationToken)
    {
        // An empty alternative ("security: [{}]") makes credentials optional; it never wins over one that can be met.
        foreach (var requirement in alternatives)
        {
            if (requirement.Schemes.Count == 0 || !CanSatisfy(requirement, options))
            {
                continue;
            }

            foreach (var scheme in requirement.Schemes)
            {
                await ApplyAsync(message, scheme, options, query, cookies, cancellationToken).ConfigureAwait(false);
            }

            return;
        }
    }

    private static bool CanSatisfy(SecurityRequirement requirement, ApiClientOptions options)
    {
        foreach (var scheme in requirement.Schemes)
        {
            var available = scheme.Kind switch
            {
                SecuritySchemeKind.Basic => options.Basic is not null,
                SecuritySchemeKind.Bearer => options.BearerToken is not null || options.BearerTokenProvider is not null,
                _ => options.GetApiKey(scheme.Name) is not null,
            };
            if (!available)
            {
                return false;
            }
        }

        return true;
    }

    private static async Task ApplyAsync(
        HttpRequestMessage message,
        SecurityScheme scheme,
        ApiClientOptions options,
        List<KeyValuePair<string, string>> query,
        List<KeyValuePair<string, string>> cookies,
        CancellationToken cancellationToken)
    {
        switch (scheme.Kind)
        {
            case SecuritySchemeKind.Basic:
                message.Headers.Authorization = new AuthenticationHeaderValue("Basic", options.Basic!.ToHeaderParameter());
                break;
            case SecuritySchemeKind.Bearer:
                var token = options.BearerTokenProvider is { } provider
                    ? await provider(cancellationToken).ConfigureAwait(false)
                    : options.BearerToken;
                if (!string.IsNullOrEmpty(token))
                {
                    message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                }

                break;
            case SecuritySchemeKind.ApiKeyHeader:
                message.Headers.TryAddWithoutValidation(scheme.ParameterName!, options.GetApiKey(scheme.Name));
                break;
            case SecuritySchemeKind.ApiKeyQuery:
                query.Add(new KeyValuePair<string, string>(scheme.ParameterName!, options.GetApiKey(scheme.Name)!));
                break;
            case SecuritySchemeKind.ApiKeyCookie:
                cookies.Add(new KeyValuePair<string, string>(scheme.ParameterName!, options.GetApiKey(scheme.Name)!));
                break;
        }
    }
}
