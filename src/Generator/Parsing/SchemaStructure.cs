using System.IO;
using Microsoft.OpenApi;

namespace OpenApiClientGenerator.Parsing;

/// <summary>A canonical text of an inline schema (references kept as <c>$ref</c>), to find identical copies.</summary>
internal static class SchemaStructure
{
    public static string? Key(IOpenApiSchema schema)
    {
        try
        {
            using var text = new StringWriter();
            var writer = new OpenApiJsonWriter(text, new OpenApiJsonWriterSettings { Terse = true });
            schema.SerializeAsV31(writer);
            return text.ToString();
        }
        catch (System.Exception exception) when (exception is OpenApiException or System.InvalidOperationException or System.NotSupportedException)
        {
            return null;
        }
    }
}
