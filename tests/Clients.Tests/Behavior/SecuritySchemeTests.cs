using System.Text;
using Clients.Tests.Infrastructure;
using OpenApiClientGenerator.Runtime;
using TestApis.Auth;
using Xunit;

namespace Clients.Tests.Behavior;

/// <summary>Every kind of securitySchemes entry puts its credential where the spec says, and only when required.</summary>
public sealed class SecuritySchemeTests
{
    private static (AuthClient Client, CapturingHandler Handler) Create(Action<AuthClientOptions> configure)
    {
        var handler = new CapturingHandler(204);
        var options = new AuthClientOptions();
        configure(options);
        return (new AuthClient(new HttpClient(handler), options), handler);
    }

    [Fact]
    public async Task Bearer_tokens_fixed_or_from_a_provider()
    {
        var (client, handler) = Create(options => options.BearerToken = "fixed");
        await client.WithBearerAsync();
        Assert.Equal("Bearer fixed", handler.Request!.Headers.Authorization!.ToString());

        var calls = 0;
        var (provided, providedHandler) = Create(options => options.BearerTokenProvider = _ => Task.FromResult<string?>("fresh-" + ++calls));
        await provided.WithOAuthAsync();
        await provided.WithOAuthAsync();
        Assert.Equal("Bearer fresh-2", providedHandler.Request!.Headers.Authorization!.ToString());
    }

    [Fact]
    public async Task Api_keys_go_in_their_header_query_or_cookie()
    {
        var (client, handler) = Create(options => options.ApiKey = "k 1");

        await client.WithHeaderKeyAsync();
        Assert.Equal("k 1", string.Join(",", handler.Request!.Headers.GetValues("X-Api-Key")));
        await client.WithQueryKeyAsync();
        Assert.Equal("?api_key=k%201", handler.Request!.RequestUri!.Query);
        await client.WithCookieKeyAsync();
        Assert.Equal("key=k%201", string.Join(";", handler.Request!.Headers.GetValues("Cookie")));
    }

    [Fact]
    public async Task Keys_per_scheme_win_over_the_shared_key_and_and_requirements_apply_together()
    {
        var (client, handler) = Create(options =>
        {
            options.ApiKey = "shared";
            options.ApiKeys["queryKey"] = "only-for-query";
        });

        await client.WithBothAsync();

        Assert.Equal("shared", string.Join(",", handler.Request!.Headers.GetValues("X-Api-Key")));
        Assert.Equal("?api_key=only-for-query", handler.Request.RequestUri!.Query);
    }

    [Fact]
    public async Task The_first_alternative_the_options_can_satisfy_is_used()
    {
        var (keyOnly, keyHandler) = Create(options => options.ApiKey = "k");
        await keyOnly.WithEitherAsync();
        Assert.Null(keyHandler.Request!.Headers.Authorization);
        Assert.Equal("k", string.Join(",", keyHandler.Request.Headers.GetValues("X-Api-Key")));

        var (basic, basicHandler) = Create(options => options.Basic = new BasicCredentials("user", "pw"));
        await basic.WithEitherAsync();
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("user:pw")), basicHandler.Request!.Headers.Authorization!.ToString());
    }

    [Fact]
    public async Task Optional_security_sends_credentials_when_configured_and_none_otherwise()
    {
        var (withToken, tokenHandler) = Create(options => options.BearerToken = "t");
        await withToken.WithOptionalAsync();
        Assert.Equal("Bearer t", tokenHandler.Request!.Headers.Authorization!.ToString());

        var (anonymous, anonymousHandler) = Create(_ => { });
        await anonymous.WithOptionalAsync();
        Assert.Null(anonymousHandler.Request!.Headers.Authorization);
    }

    [Fact]
    public async Task An_operation_with_empty_security_never_gets_credentials()
    {
        var (client, handler) = Create(options =>
        {
            options.BearerToken = "t";
            options.ApiKey = "k";
        });

        await client.WithNoneAsync();

        Assert.Null(handler.Request!.Headers.Authorization);
        Assert.False(handler.Request.Headers.Contains("X-Api-Key"));
    }

    [Fact]
    public async Task Vendor_json_media_types_are_sent_and_read_as_json()
    {
        var handler = new CapturingHandler(201, "application/vnd.acme.order+json", "{\"id\":\"o-9\"}");
        var client = new AuthClient(new HttpClient(handler), new AuthClientOptions { BearerToken = "t" });

        var created = await client.CreateOrderAsync(new CreateOrderRequest { Sku = "A-1" });

        Assert.Equal("o-9", created.Id);
        Assert.Equal("application/vnd.acme.order+json", handler.Request!.Content!.Headers.ContentType!.MediaType);
        Assert.Equal("application/vnd.acme.order+json", string.Join(",", handler.Request.Headers.GetValues("Accept")));
        JsonAssert.Equivalent("{\"sku\":\"A-1\"}", handler.RequestBody!);
    }
}
