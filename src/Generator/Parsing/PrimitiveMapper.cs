using System.Linq;
using System.Text.Json;
using Microsoft.OpenApi;
using OpenApiClientGenerator.Diagnostics;
using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Parsing;

/// <summary>Chooses the CLR type for a scalar schema from its type and format.</summary>
internal static class PrimitiveMapper
{
    public static PrimitiveType Map(IOpenApiSchema schema, DiagnosticCollector diagnostics, string pointer)
    {
        var type = SchemaFacts.NonNullType(schema) ?? InferType(schema);
        var format = schema.Format?.Trim().ToLowerInvariant();
        switch (type)
        {
            case JsonSchemaType.Boolean:
                return PrimitiveType.Boolean;
            case JsonSchemaType.Integer:
                return format switch
                {
                    null or "" => PrimitiveType.Int64,
                    "int32" or "int16" or "int8" or "uint8" or "uint16" => PrimitiveType.Int32,
                    "int64" or "uint32" or "uint64" or "unix-time" or "unixtime" or "timestamp" => PrimitiveType.Int64,
                    _ => Unknown(format, "integer", PrimitiveType.Int64, "long", diagnostics, pointer),
                };
            case JsonSchemaType.Number:
            case JsonSchemaType.Integer | JsonSchemaType.Number:
                return format switch
                {
                    null or "" or "double" => PrimitiveType.Double,
                    "float" => PrimitiveType.Single,
                    "decimal" or "currency" => PrimitiveType.Decimal,
                    "int32" => PrimitiveType.Int32,
                    "int64" => PrimitiveType.Int64,
                    _ => Unknown(format, "number", PrimitiveType.Double, "double", diagnostics, pointer),
                };
            case JsonSchemaType.String:
                return format switch
                {
                    null or "" => PrimitiveType.String,
                    "date-time" => PrimitiveType.DateTimeOffset,
                    "date" => PrimitiveType.Date,
                    "duration" => PrimitiveType.Duration,
                    "uuid" or "guid" => PrimitiveType.Guid,
                    "uri" or "uri-reference" or "iri" or "iri-reference" => PrimitiveType.Uri,
                    "byte" or "base64" => PrimitiveType.Bytes,
                    "binary" => PrimitiveType.File,

                    // RFC 3339 full-time carries an offset that TimeOnly cannot hold, so "time" stays text.
                    "time" or "email" or "idn-email" or "hostname" or "idn-hostname" or "ipv4" or "ipv6" or "password"
                        or "regex" or "json-pointer" or "relative-json-pointer" or "uri-template" or "phone" or "html"
                        or "markdown" or "url" => PrimitiveType.String,
                    _ => Unknown(format, "string", PrimitiveType.String, "string", diagnostics, pointer),
                };
            default:
                return PrimitiveType.String;
        }
    }

    private static JsonSchemaType InferType(IOpenApiSchema schema)
    {
        var sample = schema.Enum?.FirstOrDefault(value => !JsonNodes.IsNull(value));
        if (sample is not null)
        {
            return JsonNodes.Kind(sample) switch
            {
                JsonValueKind.Number => JsonSchemaType.Number,
                JsonValueKind.True or JsonValueKind.False => JsonSchemaType.Boolean,
                _ => JsonSchemaType.String,
            };
        }

        return JsonSchemaType.String;
    }

    private static PrimitiveType Unknown(string format, string type, PrimitiveType fallback, string clrName, DiagnosticCollector diagnostics, string pointer)
    {
        diagnostics.AddOnce("format:" + type + ":" + format, DiagnosticDescriptors.UnknownFormat, pointer + "/format", format, type, clrName);
        return fallback;
    }
}
