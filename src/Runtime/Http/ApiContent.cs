using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Serialization;

namespace OpenApiClientGenerator.Runtime;

/// <summary>Builds request bodies.</summary>
public static class ApiContent
{
    /// <summary>A JSON body written by a generated converter.</summary>
    public static HttpContent Json<T>(T value, JsonConverter<T> converter, string mediaType = "application/json")
    {
        var content = new ByteArrayContent(JsonCodecs.ToUtf8Bytes(value, converter));
        SetMediaType(content, mediaType, "utf-8");
        return content;
    }

    /// <summary>A text body.</summary>
    public static HttpContent Text(string value, string mediaType = "text/plain")
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(value));
        SetMediaType(content, mediaType, "utf-8");
        return content;
    }

    /// <summary>A binary body.</summary>
    public static HttpContent Binary(FileParameter file, string mediaType = "application/octet-stream")
    {
        var content = new StreamContent(file.Content);
        SetMediaType(content, file.ContentType ?? mediaType, null);
        return content;
    }

    /// <summary>
    /// Sets Content-Type without the strict header parser, so vendor media types that the parser rejects
    /// (such as <c>application/vnd.com/leadconduit.cap+json</c>) still go out as the spec wrote them.
    /// </summary>
    internal static void SetMediaType(HttpContent content, string mediaType, string? charset)
    {
        content.Headers.ContentType = null;
        if (MediaTypeHeaderValue.TryParse(mediaType, out var parsed))
        {
            if (charset is not null && parsed.CharSet is null && !mediaType.Contains("multipart"))
            {
                parsed.CharSet = charset;
            }

            content.Headers.ContentType = parsed;
        }
        else
        {
            content.Headers.TryAddWithoutValidation("Content-Type", mediaType);
        }
    }
}
