using System.Net;
using System.Text;

namespace Clients.Tests.Infrastructure;

/// <summary>Records the one request it gets (body read eagerly) and answers with a fixed response.</summary>
internal sealed class CapturingHandler : HttpMessageHandler
{
    private readonly int _status;
    private readonly string? _contentType;
    private readonly string? _body;

    public CapturingHandler(int status = 200, string? contentType = null, string? body = null)
    {
        _status = status;
        _contentType = contentType;
        _body = body;
    }

    public HttpRequestMessage? Request { get; private set; }

    public string? RequestBody { get; private set; }

    public int Calls { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Calls++;
        Request = request;
        RequestBody = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var response = new HttpResponseMessage((HttpStatusCode)_status) { RequestMessage = request };
        if (_body is not null)
        {
            var content = new ByteArrayContent(Encoding.UTF8.GetBytes(_body));
            content.Headers.TryAddWithoutValidation("Content-Type", _contentType ?? "application/json");
            response.Content = content;
        }

        return response;
    }
}
