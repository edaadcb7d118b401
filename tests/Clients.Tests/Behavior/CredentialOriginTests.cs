using System.Net;
using System.Text;
using ActiveProspect.LeadConduit;
using Clients.Tests.Infrastructure;
using OpenApiClientGenerator.Runtime;
using Xunit;

namespace Clients.Tests.Behavior;

/// <summary>Credentials are attached only to requests for the configured server's origin (scheme, host, port).</summary>
public sealed class CredentialOriginTests
{
    private static readonly IReadOnlyList<SecurityRequirement> Basic = new[] { new SecurityRequirement(new SecurityScheme("Basic", SecuritySchemeKind.Basic)) };

    [Theory]
    [InlineData("https://app.leadconduit.com/flows", true)]
    [InlineData("https://app.leadconduit.com:443/flows", true)]
    [InlineData("http://app.leadconduit.com/flows", false)]
    [InlineData("https://app.leadconduit.com:8443/flows", false)]
    [InlineData("https://app.leadconduit.com.evil.example/flows", false)]
    [InlineData("https://evil.example/flows", false)]
    public async Task Absolute_urls_get_credentials_only_on_the_configured_origin(string url, bool expectCredentials)
    {
        var handler = new CapturingHandler(204);
        var client = new LeadConduitClient(new HttpClient(handler), new LeadConduitClientOptions { Basic = BasicCredentials.ForApiKey("secret") });

        await client.Core.SendRawAsync(new ApiRequest("GET", url, "test") { Security = Basic }, HttpCompletionOption.ResponseContentRead, CancellationToken.None);

        Assert.Equal(expectCredentials, handler.Request!.Headers.Authorization is not null);
    }

    [Fact]
    public async Task A_changed_base_address_is_the_only_origin_that_gets_credentials()
    {
        var handler = new CapturingHandler(200, "application/json", "[]");
        var client = new LeadConduitClient(new HttpClient(handler), new LeadConduitClientOptions
        {
            BaseAddress = new Uri("https://staging.example.test/api/"),
            Basic = BasicCredentials.ForApiKey("secret"),
        });

        await client.Flows.ListAsync();
        Assert.Equal("https://staging.example.test/api/flows", handler.Request!.RequestUri!.ToString());
        Assert.NotNull(handler.Request.Headers.Authorization);

        await client.Core.SendRawAsync(new ApiRequest("GET", "https://app.leadconduit.com/flows", "test") { Security = Basic }, HttpCompletionOption.ResponseContentRead, CancellationToken.None);
        Assert.Null(handler.Request.Headers.Authorization);
    }

    [Fact]
    public async Task A_redirect_to_another_origin_arrives_without_credentials()
    {
        using var target = new LoopbackServer(_ => (200, "application/json", "[]"));
        using var origin = new LoopbackServer(_ => (302, null, null), location: target.Url + "flows");
        var client = new LeadConduitClient(new HttpClient(), new LeadConduitClientOptions
        {
            BaseAddress = new Uri(origin.Url),
            Basic = BasicCredentials.ForApiKey("secret"),
        });

        var flows = await client.Flows.ListAsync();

        Assert.Empty(flows);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("API:secret")), origin.Requests.Single().Authorization);
        Assert.Null(target.Requests.Single().Authorization);
    }

    /// <summary>A real HTTP server on 127.0.0.1 (a random free port) that records what it receives.</summary>
    private sealed class LoopbackServer : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly Func<HttpListenerRequest, (int Status, string? ContentType, string? Body)> _respond;
        private readonly string? _location;
        private readonly Task _loop;

        public LoopbackServer(Func<HttpListenerRequest, (int, string?, string?)> respond, string? location = null)
        {
            _respond = respond;
            _location = location;
            for (var attempt = 0; ; attempt++)
            {
                var port = Random.Shared.Next(20000, 60000);
                Url = "http://127.0.0.1:" + port + "/";
                _listener.Prefixes.Clear();
                _listener.Prefixes.Add(Url);
                try
                {
                    _listener.Start();
                    break;
                }
                catch (HttpListenerException) when (attempt < 20)
                {
                }
            }

            _loop = Task.Run(ServeAsync);
        }

        public string Url { get; private set; } = string.Empty;

        public List<(string Path, string? Authorization)> Requests { get; } = new();

        public void Dispose()
        {
            _listener.Stop();
            _listener.Close();
        }

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }

                lock (Requests)
                {
                    Requests.Add((context.Request.Url!.AbsolutePath, context.Request.Headers["Authorization"]));
                }

                var (status, contentType, body) = _respond(context.Request);
                context.Response.StatusCode = status;
                if (_location is not null)
                {
                    context.Response.RedirectLocation = _location;
                }

                if (body is not null)
                {
                    var bytes = Encoding.UTF8.GetBytes(body);
                    context.Response.ContentType = contentType;
                    await context.Response.OutputStream.WriteAsync(bytes);
                }

                context.Response.Close();
            }
        }
    }
}
