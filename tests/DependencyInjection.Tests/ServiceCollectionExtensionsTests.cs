using System.Net.Http.Headers;
using System.Text;
using ActiveProspect.LeadConduit;
using ActiveProspect.TrustedForm.V2;
using ActiveProspect.TrustedForm.V3;
using ActiveProspect.TrustedForm.V4;
using Microsoft.Extensions.DependencyInjection;
using OpenApiClientGenerator.Runtime;

namespace OpenApiClientGenerator.DependencyInjection.Tests;

/// <summary>
/// The generated <c>services.AddLeadConduitClient(...)</c>: a typed client of IHttpClientFactory whose requests go
/// through the handlers the user chains (here the standard resilience pipeline) to the generated mock handler.
/// </summary>
public sealed class ServiceCollectionExtensionsTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Resolved_client_sends_through_the_resilience_pipeline_with_the_configured_credentials()
    {
        var handler = new LeadConduitClientMockHandler();
        var services = new ServiceCollection();
        services.AddLeadConduitClient(options =>
            {
                options.Basic = BasicCredentials.ForApiKey("secret-key");
                options.BaseAddress = new Uri("https://leadconduit.test/");
            })
            .ConfigurePrimaryHttpMessageHandler(() => handler)
            .AddStandardResilienceHandler();
        using var provider = services.BuildServiceProvider(validateScopes: true);

        var client = provider.GetRequiredService<ILeadConduitClient>();
        var flows = await client.Flows.ListAsync(Cancellation);

        Assert.IsType<LeadConduitClient>(client);
        Assert.Equal("Sales Leads", Assert.Single(flows).Name);
        var request = Assert.Single(handler.Requests);
        Assert.Equal("listFlows", request.OperationId);
        Assert.Equal(new Uri("https://leadconduit.test/flows"), request.Uri);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("API:secret-key")), request.Headers["Authorization"]);
    }

    [Fact]
    public async Task Transient_failures_are_retried_by_the_chained_resilience_handler()
    {
        var handler = new LeadConduitClientMockHandler();
        handler.Respond("listFlows", 503, "{\"error\":\"try again\"}");
        var services = new ServiceCollection();
        services.AddLeadConduitClient()
            .ConfigurePrimaryHttpMessageHandler(() => handler)
            .AddStandardResilienceHandler(resilience =>
            {
                resilience.Retry.MaxRetryAttempts = 2;
                resilience.Retry.Delay = TimeSpan.Zero;
            });
        using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<ILeadConduitClient>();
        var error = await Assert.ThrowsAnyAsync<ApiException>(() => client.Flows.ListAsync(Cancellation));

        Assert.Equal(503, error.StatusCode);
        Assert.Equal(3, handler.Requests.Count); // the first try and two retries, all answered by the mock
        Assert.All(handler.Requests, request => Assert.Equal("listFlows", request.OperationId));
    }

    [Fact]
    public async Task Handlers_chained_on_the_returned_builder_see_every_request()
    {
        var handler = new LeadConduitClientMockHandler();
        var services = new ServiceCollection();
        services.AddLeadConduitClient(options => options.BearerToken = "unused-by-this-spec")
            .AddHttpMessageHandler(() => new HeaderHandler("X-Trace", "abc"))
            .ConfigurePrimaryHttpMessageHandler(() => handler);
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<ILeadConduitClient>().Flows.ListAsync(Cancellation);

        var request = Assert.Single(handler.Requests);
        Assert.Equal("abc", request.Headers["X-Trace"]);
        Assert.Equal(new Uri("https://app.leadconduit.com/flows"), request.Uri); // the spec's server when none is set
        Assert.False(request.Headers.ContainsKey("Authorization")); // basic scheme, and no basic credentials given
    }

    [Fact]
    public void Options_are_one_resolvable_singleton_shared_by_every_client_instance()
    {
        var services = new ServiceCollection();
        services.AddLeadConduitClient(options => options.ApiKeys["APIKey"] = "k")
            .ConfigurePrimaryHttpMessageHandler(() => new LeadConduitClientMockHandler());
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<LeadConduitClientOptions>();
        var first = (LeadConduitClient)provider.GetRequiredService<ILeadConduitClient>();
        var second = (LeadConduitClient)provider.GetRequiredService<ILeadConduitClient>();

        Assert.Equal("k", options.ApiKeys["APIKey"]);
        Assert.NotSame(first, second); // typed clients are transient
        Assert.Same(options, first.Core.Options);
        Assert.Same(options, second.Core.Options);
    }

    [Fact]
    public async Task Options_can_be_built_from_the_service_provider()
    {
        var handler = new LeadConduitClientMockHandler();
        var services = new ServiceCollection();
        services.AddSingleton(new ApiKeySource("from-the-container"));
        services.AddLeadConduitClient((provider, options) => options.Basic = BasicCredentials.ForApiKey(provider.GetRequiredService<ApiKeySource>().Key))
            .ConfigurePrimaryHttpMessageHandler(() => handler);
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<ILeadConduitClient>().Flows.ListAsync(Cancellation);

        var authorization = AuthenticationHeaderValue.Parse(Assert.Single(handler.Requests).Headers["Authorization"]);
        Assert.Equal("Basic", authorization.Scheme);
        Assert.Equal("API:from-the-container", Encoding.UTF8.GetString(Convert.FromBase64String(authorization.Parameter!)));
    }

    [Fact]
    public void Every_client_of_the_compilation_gets_its_own_registration()
    {
        var services = new ServiceCollection();
        services.AddTrustedFormV4Client(options => options.Basic = BasicCredentials.ForApiKey("v4"));
        services.AddTrustedFormV3Client();
        services.AddTrustedFormV2Client();
        services.AddLeadConduitClient();
        using var provider = services.BuildServiceProvider();

        Assert.IsType<TrustedFormV4Client>(provider.GetRequiredService<ITrustedFormV4Client>());
        Assert.IsType<TrustedFormV3Client>(provider.GetRequiredService<ITrustedFormV3Client>());
        Assert.IsType<TrustedFormV2Client>(provider.GetRequiredService<ITrustedFormV2Client>());
        Assert.IsType<LeadConduitClient>(provider.GetRequiredService<ILeadConduitClient>());
    }

    [Fact]
    public async Task Internal_clients_get_an_internal_registration_and_api_keys_reach_the_request()
    {
        var handler = new Widgets.WidgetsClientMockHandler();
        var services = new ServiceCollection();
        Widgets.WidgetsClientServiceCollectionExtensions.AddWidgetsClient(services, options => options.ApiKey = "widget-key")
            .ConfigurePrimaryHttpMessageHandler(() => handler);
        using var provider = services.BuildServiceProvider();

        var widget = await provider.GetRequiredService<Widgets.IWidgetsClient>().Widgets.GetAsync("w-1", Cancellation);

        Assert.False(typeof(Widgets.WidgetsClientServiceCollectionExtensions).IsPublic);
        Assert.Equal("Sprocket", widget.Name);
        var request = Assert.Single(handler.Requests);
        Assert.Equal(new Uri("https://widgets.example.com/v1/widgets/w-1"), request.Uri);
        Assert.Equal("widget-key", request.Headers["X-Api-Key"]);
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        Assert.Throws<ArgumentNullException>("services", () => LeadConduitClientServiceCollectionExtensions.AddLeadConduitClient(null!));
        Assert.Throws<ArgumentNullException>("configure", () => new ServiceCollection().AddLeadConduitClient((Action<IServiceProvider, LeadConduitClientOptions>)null!));
    }

    /// <summary>A stand-in for configuration or a secret store.</summary>
    private sealed record ApiKeySource(string Key);

    /// <summary>A user's own handler, chained on the returned builder.</summary>
    private sealed class HeaderHandler(string name, string value) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Add(name, value);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
