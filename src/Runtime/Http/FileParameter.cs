using System;
using System.IO;

namespace OpenApiClientGenerator.Runtime;

/// <summary>Binary content to upload (a file part, or an <c>application/octet-stream</c> body).</summary>
public sealed class FileParameter
{
    /// <summary>Creates a file from a stream. The stream is read when the request is sent.</summary>
    public FileParameter(Stream content, string? fileName = null, string? contentType = null)
    {
        Content = content ?? throw new ArgumentNullException(nameof(content));
        FileName = fileName;
        ContentType = contentType;
    }

    /// <summary>Creates a file from bytes.</summary>
    public FileParameter(byte[] content, string? fileName = null, string? contentType = null)
        : this(new MemoryStream(content ?? throw new ArgumentNullException(nameof(content)), writable: false), fileName, contentType)
    {
    }

    /// <summary>The bytes to send.</summary>
    public Stream Content { get; }

    /// <summary>The file name sent with a multipart part.</summary>
    public string? FileName { get; }

    /// <summary>The part's media type; <c>application/octet-stream</c> when null.</summary>
    public string? ContentType { get; }

    /// <summary>Wraps a stream.</summary>
    public static implicit operator FileParameter(Stream content) => new(content);

    /// <summary>Wraps bytes.</summary>
    public static implicit operator FileParameter(byte[] content) => new(content);

    /// <summary>Reads the whole content into memory (rewinding seekable streams first).</summary>
    public byte[] ToArray()
    {
        if (Content is MemoryStream memory)
        {
            return memory.ToArray();
        }

        if (Content.CanSeek)
        {
            Content.Position = 0;
        }

        using var copy = new MemoryStream();
        Content.CopyTo(copy);
        return copy.ToArray();
    }
}
