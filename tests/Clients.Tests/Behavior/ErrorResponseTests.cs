using ActiveProspect.LeadConduit;
using Clients.Tests.Infrastructure;
using OpenApiClientGenerator.Runtime;
using Xunit;

namespace Clients.Tests.Behavior;

/// <summary>Non-success responses raise typed exceptions with status, headers, raw body and the documented error.</summary>
public sealed class ErrorResponseTests
{
    [Fact]
    public async Task A_documented_error_is_deserialized()
    {
        var handler = new MockWithHeaders(401, "{\"error\":\"Authorization information is missing or invalid.\"}");
        var client = new LeadConduitClient(new HttpClient(handler));

        var exception = await Assert.ThrowsAsync<ApiException<Error>>(() => client.Flows.ListAsync());

        Assert.Equal(401, exception.StatusCode);
        Assert.Equal("listFlows", exception.OperationId);
        Assert.Equal("Authorization information is missing or invalid.", exception.Error.ErrorValue);
        Assert.Equal("{\"error\":\"Authorization information is missing or invalid.\"}", exception.Body);
        Assert.Equal(new[] { "req-42" }, exception.Headers["X-Request-Id"]);
        Assert.Same(exception.Error, exception.ErrorObject);
    }

    [Fact]
    public async Task An_undocumented_status_keeps_the_raw_body()
    {
        var handler = new MockWithHeaders(503, "upstream down");
        var client = new LeadConduitClient(new HttpClient(handler));

        var exception = await Assert.ThrowsAsync<ApiException>(() => client.Flows.GetAsync("5fd4f6f3c3b4d0a0b8e0c0a1"));

        Assert.IsNotType<ApiException<Error>>(exception);
        Assert.Equal(503, exception.StatusCode);
        Assert.Equal("upstream down", exception.Body);
        Assert.Null(exception.ErrorObject);
    }

    [Fact]
    public async Task An_error_body_that_does_not_fit_its_schema_still_raises_with_the_body()
    {
        var handler = new MockWithHeaders(401, "<html>nope</html>");
        var client = new LeadConduitClient(new HttpClient(handler));

        var exception = await Assert.ThrowsAsync<ApiException>(() => client.Flows.ListAsync());

        Assert.Equal(401, exception.StatusCode);
        Assert.Equal("<html>nope</html>", exception.Body);
    }

    [Fact]
    public async Task A_success_body_that_does_not_fit_raises_with_the_body()
    {
        var handler = new CapturingHandler(200, "application/json", "{\"not\":\"a list\"}");
        var client = new LeadConduitClient(new HttpClient(handler));

        var exception = await Assert.ThrowsAsync<ApiException>(() => client.Flows.ListAsync());

        Assert.Equal(200, exception.StatusCode);
        Assert.Contains("does not match the spec", exception.Message, StringComparison.Ordinal);
        Assert.IsType<System.Text.Json.JsonException>(exception.InnerException);
    }

    [Fact]
    public async Task The_mock_handler_answers_unknown_routes_with_404()
    {
        var client = LeadConduitClientMockHandler.CreateClient(out var handler);

        var exception = await Assert.ThrowsAsync<ApiException>(() => client.Core.SendAsync(new ApiRequest("GET", "/no/such/route", "unknown"), null, CancellationToken.None));

        Assert.Equal(404, exception.StatusCode);
        Assert.Null(handler.Requests.Single().OperationId);
    }

    private sealed class MockWithHeaders : HttpMessageHandler
    {
        private readonly int _status;
        private readonly string _body;

        public MockWithHeaders(int status, string body)
        {
            _status = status;
            _body = body;
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = new HttpResponseMessage((System.Net.HttpStatusCode)_status) { Content = new StringContent(_body) };
            response.Headers.Add("X-Request-Id", "req-42");
            return Task.FromResult(response);
        }
    }
}
