using System;

namespace OpenApiClientGenerator.Parsing.Positions;

/// <summary>
/// The JSON pointer of an error or warning of the Microsoft.OpenApi reader. Some of its messages carry the
/// place only in the text (<c>"foo is not a valid property at #/paths/~1pets/get"</c>, with an empty
/// <c>Pointer</c>); those are pointed at the offending key rather than at the start of the file.
/// </summary>
internal static class ReaderErrorPointer
{
    private const string NotValidProperty = " is not a valid property at ";

    public static string Of(string? pointer, string? message)
    {
        if (!string.IsNullOrEmpty(pointer))
        {
            return JsonPointer.Normalize(pointer);
        }

        var marker = message?.LastIndexOf(NotValidProperty, StringComparison.Ordinal) ?? -1;
        if (marker <= 0)
        {
            return JsonPointer.Root;
        }

        var parent = message!.Substring(marker + NotValidProperty.Length).Trim().TrimEnd('/');
        if (!parent.StartsWith(JsonPointer.Root, StringComparison.Ordinal))
        {
            return JsonPointer.Root;
        }

        return JsonPointer.Append(JsonPointer.Normalize(parent), message.Substring(0, marker));
    }
}
