using System;

namespace OpenApiClientGenerator.Runtime;

/// <summary>
/// For path parameters that accept either an id or the resource's full URL (for example a TrustedForm
/// certificate URL <c>https://cert.trustedform.com/&lt;id&gt;</c>): turns the URL back into the id and refuses
/// every URL that is not on the one allowed origin, before anything is sent.
/// </summary>
public static class ResourceUrl
{
    /// <summary>
    /// Returns the id carried by <paramref name="value"/>. A plain id is returned as is; a URL must be
    /// <c>https</c>, on exactly <paramref name="allowedOrigin"/>'s host and port, without user info, query or
    /// fragment, and with exactly one path segment.
    /// </summary>
    /// <exception cref="ArgumentException">The value is a URL that is not on the allowed origin, or is malformed.</exception>
    public static string ToId(string value, string allowedOrigin, string parameterName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(parameterName);
        }

        if (!LooksLikeUrl(value))
        {
            return value;
        }

        var origin = new Uri(allowedOrigin, UriKind.Absolute);
        if (value.IndexOf('\\') >= 0 || value.IndexOf('@') >= 0 || !Uri.TryCreate(value, UriKind.Absolute, out var url))
        {
            throw Refuse(value, allowedOrigin, parameterName, "it is not a well-formed URL");
        }

        if (!string.Equals(url.Scheme, Uri.UriSchemeHttps, StringComparison.OrdinalIgnoreCase))
        {
            throw Refuse(value, allowedOrigin, parameterName, "only https URLs are accepted");
        }

        if (url.UserInfo.Length > 0)
        {
            throw Refuse(value, allowedOrigin, parameterName, "it carries user information");
        }

        if (!string.Equals(url.IdnHost, origin.IdnHost, StringComparison.OrdinalIgnoreCase) || url.Port != origin.Port)
        {
            throw Refuse(value, allowedOrigin, parameterName, "its host is not " + origin.Authority);
        }

        if (url.Query.Length > 0 || url.Fragment.Length > 0)
        {
            throw Refuse(value, allowedOrigin, parameterName, "it has a query or fragment");
        }

        var path = url.AbsolutePath.Trim('/');
        if (path.Length == 0 || path.IndexOf('/') >= 0)
        {
            throw Refuse(value, allowedOrigin, parameterName, "its path is not a single id");
        }

        var id = Uri.UnescapeDataString(path);
        if (id is "." or ".." || id.IndexOf('/') >= 0)
        {
            throw Refuse(value, allowedOrigin, parameterName, "its path is not a single id");
        }

        return id;
    }

    private static bool LooksLikeUrl(string value) =>
        value.IndexOf("://", StringComparison.Ordinal) >= 0
        || value.StartsWith("//", StringComparison.Ordinal)
        || value.StartsWith("http:", StringComparison.OrdinalIgnoreCase)
        || value.StartsWith("https:", StringComparison.OrdinalIgnoreCase);

    private static ArgumentException Refuse(string value, string allowedOrigin, string parameterName, string reason) =>
        new($"'{value}' was refused as {parameterName}: {reason}. Pass an id or a URL that starts with {allowedOrigin.TrimEnd('/')}/.", parameterName);
}
