using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiClientGenerator.Runtime;

/// <summary>
/// An in-memory server for a spec: every operation answers with its documented example response (or a
/// synthesized valid one), unknown routes answer 404. Generated per spec; lets integrations be tested offline.
/// </summary>
public class MockHttpHandler : HttpMessageHandler
{
    private readonly List<MockRoute> _routes;
    private readonly List<RecordedRequest> _requests = new();
    private readonly object _gate = new();

    /// <summary>Creates a handler answering with <paramref name="routes"/>.</summary>
    public MockHttpHandler(IEnumerable<MockRoute> routes)
    {
        // More literal segments first, so "/flows/deploy" wins over "/flows/{id}".
        _routes = routes.OrderByDescending(route => route.LiteralSegments).ToList();
    }

    /// <summary>The routes, by operation id.</summary>
    public IReadOnlyList<MockRoute> Routes => _routes;

    /// <summary>Every request received so far, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return _requests.ToArray();
            }
        }
    }

    /// <summary>Changes what an operation answers (for testing error paths).</summary>
    public void Respond(string operationId, int statusCode, string? body, string? contentType = "application/json")
    {
        var found = false;
        foreach (var route in _routes.Where(route => route.OperationId == operationId))
        {
            route.StatusCode = statusCode;
            route.Body = body;
            route.ContentType = body is null ? null : contentType;
            found = true;
        }

        if (!found)
        {
            throw new ArgumentException($"No operation '{operationId}' in this mock.", nameof(operationId));
        }
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri ?? throw new InvalidOperationException("The request has no URI.");
        var segments = uri.AbsolutePath.Trim('/').Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
        var route = _routes.FirstOrDefault(candidate => candidate.Matches(request.Method.Method, segments));
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync().ConfigureAwait(false);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in request.Headers)
        {
            headers[header.Key] = string.Join(", ", header.Value);
        }

        if (request.Content is not null)
        {
            foreach (var header in request.Content.Headers)
            {
                headers[header.Key] = string.Join(", ", header.Value);
            }
        }

        lock (_gate)
        {
            _requests.Add(new RecordedRequest(request.Method.Method, uri, headers, body, route?.OperationId));
        }

        if (route is null)
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound)
            {
                RequestMessage = request,
                Content = new StringContent("{\"error\":\"No operation of this mock matches " + request.Method.Method + " " + uri.AbsolutePath.Replace("\"", "%22") + "\"}", Encoding.UTF8, "application/json"),
            };
        }

        var response = new HttpResponseMessage((HttpStatusCode)route.StatusCode) { RequestMessage = request };
        if (route.Body is not null)
        {
            var content = new ByteArrayContent(Encoding.UTF8.GetBytes(route.Body));
            ApiContent.SetMediaType(content, route.ContentType ?? "application/json", null);
            response.Content = content;
        }

        return response;
    }
}
