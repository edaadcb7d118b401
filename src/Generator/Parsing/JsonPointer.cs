using System.Text;

namespace OpenApiClientGenerator.Parsing;

/// <summary>Builds RFC 6901 JSON pointers (<c>#/paths/~1flows/get</c>) for locating diagnostics.</summary>
internal static class JsonPointer
{
    public const string Root = "#";

    public static string Append(string pointer, string segment) => pointer + "/" + Escape(segment);

    public static string Append(string pointer, int index) => pointer + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Append(string pointer, params string[] segments)
    {
        var builder = new StringBuilder(pointer);
        foreach (var segment in segments)
        {
            builder.Append('/').Append(Escape(segment));
        }

        return builder.ToString();
    }

    public static string Escape(string segment) => segment.Replace("~", "~0").Replace("/", "~1");

    /// <summary>The pointer one level up, or null at the root.</summary>
    public static string? Parent(string pointer)
    {
        var slash = pointer.LastIndexOf('/');
        return slash <= 0 ? (pointer == Root ? null : Root) : pointer.Substring(0, slash);
    }

    /// <summary>Normalizes pointers as Microsoft.OpenApi reports them (with or without <c>#</c>).</summary>
    public static string Normalize(string? pointer)
    {
        if (string.IsNullOrEmpty(pointer))
        {
            return Root;
        }

        if (pointer![0] == '#')
        {
            return pointer.Length > 1 && pointer[1] != '/' ? Root : pointer;
        }

        return pointer[0] == '/' ? Root + pointer : Root + "/" + pointer;
    }
}
