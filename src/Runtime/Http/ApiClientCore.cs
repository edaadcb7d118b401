using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiClientGenerator.Runtime;

/// <summary>
/// What every generated client shares: the injected <see cref="HttpClient"/>, the server, the credentials, and
/// the sending and reading of requests. Generated methods only describe the operation.
/// </summary>
public sealed class ApiClientCore
{
    private static readonly IReadOnlyList<ErrorResponse> NoErrors = Array.Empty<ErrorResponse>();
    private readonly HttpClient _httpClient;
    private readonly Uri? _baseAddress;

    /// <summary>Creates the core for one client.</summary>
    /// <param name="httpClient">The client that sends requests; its handlers (resilience, logging) all apply.</param>
    /// <param name="options">Server and credentials.</param>
    /// <param name="defaultServerUrl">The spec's first server URL, used when neither the options nor the client name one.</param>
    public ApiClientCore(HttpClient httpClient, ApiClientOptions options, string? defaultServerUrl)
    {
        _httpClient = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
        Options = options ?? throw new ArgumentNullException(nameof(options));
        _baseAddress = options.BaseAddress ?? httpClient.BaseAddress ?? ParseAbsolute(defaultServerUrl);
    }

    /// <summary>The options this client was created with.</summary>
    public ApiClientOptions Options { get; }

    /// <summary>The server requests are sent to; credentials are only ever sent to this origin.</summary>
    public Uri BaseAddress => _baseAddress ?? throw new InvalidOperationException(
        "No server URL: the spec has no absolute server URL, so set ApiClientOptions.BaseAddress or HttpClient.BaseAddress.");

    /// <summary>True when <paramref name="uri"/> has the same scheme, host and port as <see cref="BaseAddress"/>.</summary>
    public bool IsSameOrigin(Uri uri) =>
        uri.IsAbsoluteUri
        && _baseAddress is not null
        && string.Equals(uri.Scheme, _baseAddress.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(uri.IdnHost, _baseAddress.IdnHost, StringComparison.OrdinalIgnoreCase)
        && uri.Port == _baseAddress.Port;

    /// <summary>Sends a request that expects no body back.</summary>
    public async Task SendAsync(ApiRequest request, IReadOnlyList<ErrorResponse>? errors, CancellationToken cancellationToken)
    {
        using var response = await SendRawAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(request, response, errors, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends a request and reads a JSON body with a generated converter.</summary>
    public async Task<T> SendJsonAsync<T>(ApiRequest request, JsonConverter<T> converter, IReadOnlyList<ErrorResponse>? errors, bool allowEmpty, CancellationToken cancellationToken)
    {
        using var response = await SendRawAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(request, response, errors, cancellationToken).ConfigureAwait(false);
        var bytes = await ReadBytesAsync(response, cancellationToken).ConfigureAwait(false);
        if (bytes.Length == 0 || IsWhiteSpace(bytes))
        {
            return allowEmpty
                ? default!
                : throw CreateException(request, response, string.Empty, $"Operation '{request.OperationId}' returned {(int)response.StatusCode} with an empty body where the spec documents one.");
        }

        try
        {
            var value = JsonCodecs.Deserialize(bytes, converter);
            return value is null && !allowEmpty
                ? throw new JsonException("The body is JSON null where the spec documents a value.")
                : value;
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException or OverflowException)
        {
            var body = Encoding.UTF8.GetString(bytes);
            throw CreateException(request, response, body, $"Operation '{request.OperationId}' returned a body that does not match the spec: {exception.Message}", exception);
        }
    }

    /// <summary>Sends a request and reads a text body (for example <c>text/csv</c>).</summary>
    public async Task<string> SendTextAsync(ApiRequest request, IReadOnlyList<ErrorResponse>? errors, CancellationToken cancellationToken)
    {
        using var response = await SendRawAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(request, response, errors, cancellationToken).ConfigureAwait(false);
        return await ReadStringAsync(response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sends a request and returns the binary body as a stream. Dispose the stream to release the connection.
    /// </summary>
    public async Task<Stream> SendBinaryAsync(ApiRequest request, IReadOnlyList<ErrorResponse>? errors, CancellationToken cancellationToken)
    {
        var response = await SendRawAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        try
        {
            await EnsureSuccessAsync(request, response, errors, cancellationToken).ConfigureAwait(false);
            var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
            return new ResponseStream(stream, response);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>Sends the request as built, with credentials when it targets <see cref="BaseAddress"/>'s origin.</summary>
    public async Task<HttpResponseMessage> SendRawAsync(ApiRequest request, HttpCompletionOption completion, CancellationToken cancellationToken)
    {
        var message = await CreateMessageAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            return await _httpClient.SendAsync(message, completion, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // The response keeps what it needs; the request content (streams) can go.
            message.Dispose();
        }
    }

    /// <summary>Builds the <see cref="HttpRequestMessage"/> for <paramref name="request"/> without sending it.</summary>
    public async Task<HttpRequestMessage> CreateMessageAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var query = new List<KeyValuePair<string, string>>(request.Query);
        var cookies = new List<KeyValuePair<string, string>>(request.Cookies);
        var target = ResolveTarget(request.Path);
        var message = new HttpRequestMessage(new HttpMethod(request.Method), target) { Content = request.Content };

        foreach (var header in Options.DefaultHeaders)
        {
            message.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        foreach (var header in request.Headers)
        {
            message.Headers.Remove(header.Key);
            message.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        if (request.Accept is not null)
        {
            message.Headers.Accept.Clear();
            message.Headers.TryAddWithoutValidation("Accept", request.Accept);
        }

        if (IsSameOrigin(target))
        {
            await CredentialApplier.ApplyAsync(message, request.Security, Options, query, cookies, cancellationToken).ConfigureAwait(false);
        }

        if (query.Count > 0)
        {
            message.RequestUri = new Uri(target.GetLeftPart(UriPartial.Path) + BuildQuery(target.Query, query));
        }

        if (cookies.Count > 0)
        {
            var parts = new List<string>();
            foreach (var cookie in cookies)
            {
                parts.Add(cookie.Key + "=" + Uri.EscapeDataString(cookie.Value));
            }

            message.Headers.TryAddWithoutValidation("Cookie", string.Join("; ", parts));
        }

        return message;
    }

    private Uri ResolveTarget(string path)
    {
        if (Uri.TryCreate(path, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttps || absolute.Scheme == Uri.UriSchemeHttp))
        {
            return absolute;
        }

        var root = BaseAddress.AbsoluteUri;
        var queryStart = root.IndexOf('?');
        if (queryStart >= 0)
        {
            root = root.Substring(0, queryStart);
        }

        return new Uri(root.TrimEnd('/') + (path.StartsWith("/", StringComparison.Ordinal) ? path : "/" + path));
    }

    private static string BuildQuery(string existing, List<KeyValuePair<string, string>> query)
    {
        var builder = new StringBuilder(existing.Length > 1 ? existing : "?");
        var first = existing.Length <= 1;
        foreach (var pair in query)
        {
            if (!first)
            {
                builder.Append('&');
            }

            first = false;
            builder.Append(Uri.EscapeDataString(pair.Key)).Append('=').Append(Uri.EscapeDataString(pair.Value));
        }

        return builder.ToString();
    }

    private async Task EnsureSuccessAsync(ApiRequest request, HttpResponseMessage response, IReadOnlyList<ErrorResponse>? errors, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (status >= 200 && status < 300)
        {
            return;
        }

        var body = response.Content is null ? string.Empty : await ReadStringAsync(response, cancellationToken).ConfigureAwait(false);
        var message = $"Operation '{request.OperationId}' failed with HTTP {status}{(string.IsNullOrEmpty(response.ReasonPhrase) ? string.Empty : " " + response.ReasonPhrase)}.";
        var headers = CollectHeaders(response);
        var documented = ErrorResponse.Find(errors ?? NoErrors, status);
        throw documented?.TryCreate(message, status, response.ReasonPhrase, headers, body, request.OperationId)
            ?? new ApiException(message, status, response.ReasonPhrase, headers, body, request.OperationId);
    }

    private static ApiException CreateException(ApiRequest request, HttpResponseMessage response, string body, string message, Exception? inner = null) =>
        new(message, (int)response.StatusCode, response.ReasonPhrase, CollectHeaders(response), body, request.OperationId, inner);

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> CollectHeaders(HttpResponseMessage response)
    {
        var headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        Add(response.Headers);
        if (response.Content is not null)
        {
            Add(response.Content.Headers);
        }

        return headers;

        void Add(HttpHeaders source)
        {
            foreach (var header in source)
            {
                headers[header.Key] = new List<string>(header.Value);
            }
        }
    }

    private static async Task<byte[]> ReadBytesAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content is null)
        {
            return Array.Empty<byte>();
        }

#if NET5_0_OR_GREATER
        return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
#else
        cancellationToken.ThrowIfCancellationRequested();
        return await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
#endif
    }

    private static async Task<string> ReadStringAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var bytes = await ReadBytesAsync(response, cancellationToken).ConfigureAwait(false);
        var charset = response.Content?.Headers.ContentType?.CharSet;
        var encoding = Encoding.UTF8;
        if (!string.IsNullOrEmpty(charset))
        {
            try
            {
                encoding = Encoding.GetEncoding(charset!.Trim('"'));
            }
            catch (ArgumentException)
            {
            }
        }

        return encoding.GetString(bytes);
    }

    private static bool IsWhiteSpace(byte[] bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    private static Uri? ParseAbsolute(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri : null;
}
