using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenApiClientGenerator.Runtime;

/// <summary>An error response the spec documents: which status codes it covers and how to read its body.</summary>
public abstract class ErrorResponse
{
    /// <summary>Creates an entry for a status key: <c>404</c>, <c>4XX</c> or <c>default</c>.</summary>
    protected ErrorResponse(string statusKey) => StatusKey = statusKey;

    /// <summary>The status key as written in the spec.</summary>
    public string StatusKey { get; }

    /// <summary>An error with a JSON body read by <paramref name="converter"/>.</summary>
    public static ErrorResponse Json<TError>(string statusKey, JsonConverter<TError> converter) => new JsonErrorResponse<TError>(statusKey, converter);

    /// <summary>Picks the entry for <paramref name="statusCode"/>: exact code, then range (<c>4XX</c>), then <c>default</c>.</summary>
    public static ErrorResponse? Find(IReadOnlyList<ErrorResponse> responses, int statusCode)
    {
        var exact = statusCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var range = (statusCode / 100).ToString(System.Globalization.CultureInfo.InvariantCulture) + "XX";
        ErrorResponse? rangeMatch = null;
        ErrorResponse? fallback = null;
        foreach (var response in responses)
        {
            if (response.StatusKey == exact)
            {
                return response;
            }

            if (string.Equals(response.StatusKey, range, StringComparison.OrdinalIgnoreCase))
            {
                rangeMatch = response;
            }
            else if (string.Equals(response.StatusKey, "default", StringComparison.OrdinalIgnoreCase))
            {
                fallback = response;
            }
        }

        return rangeMatch ?? fallback;
    }

    /// <summary>Builds the typed exception; returns null when the body does not fit the documented schema.</summary>
    internal abstract ApiException? TryCreate(string message, int statusCode, string? reason, IReadOnlyDictionary<string, IReadOnlyList<string>> headers, string body, string operationId);

    private sealed class JsonErrorResponse<TError> : ErrorResponse
    {
        private readonly JsonConverter<TError> _converter;

        public JsonErrorResponse(string statusKey, JsonConverter<TError> converter)
            : base(statusKey) => _converter = converter;

        internal override ApiException? TryCreate(string message, int statusCode, string? reason, IReadOnlyDictionary<string, IReadOnlyList<string>> headers, string body, string operationId)
        {
            if (string.IsNullOrWhiteSpace(body))
            {
                return null;
            }

            try
            {
                var error = JsonCodecs.Deserialize(body, _converter);
                return new ApiException<TError>(message, statusCode, reason, headers, body, operationId, error);
            }
            catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException or OverflowException)
            {
                return null;
            }
        }
    }
}
