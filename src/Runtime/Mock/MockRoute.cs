using System;
using System.Collections.Generic;

namespace OpenApiClientGenerator.Runtime;

/// <summary>One canned answer of a generated mock handler: the operation it answers and the response it gives.</summary>
public sealed class MockRoute
{
    private readonly string[] _segments;

    /// <summary>Creates a route.</summary>
    public MockRoute(string operationId, string method, string pathTemplate, int statusCode, string? contentType, string? body)
    {
        OperationId = operationId;
        Method = method;
        PathTemplate = pathTemplate;
        StatusCode = statusCode;
        ContentType = contentType;
        Body = body;
        var hash = pathTemplate.IndexOf('#');
        var path = hash >= 0 ? pathTemplate.Substring(0, hash) : pathTemplate;
        _segments = path.Trim('/').Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
        foreach (var segment in _segments)
        {
            if (!IsVariable(segment))
            {
                LiteralSegments++;
            }
        }
    }

    /// <summary>The operation answered.</summary>
    public string OperationId { get; }

    /// <summary>The HTTP method in upper case.</summary>
    public string Method { get; }

    /// <summary>The path template as written in the spec.</summary>
    public string PathTemplate { get; }

    /// <summary>The status code answered.</summary>
    public int StatusCode { get; set; }

    /// <summary>The Content-Type answered; null for no body.</summary>
    public string? ContentType { get; set; }

    /// <summary>The body answered; null for none.</summary>
    public string? Body { get; set; }

    /// <summary>A valid request body for the operation as JSON (the spec's example, or synthesized); null when it takes none.</summary>
    public string? RequestBody { get; init; }

    /// <summary>A valid value for each parameter as JSON, by wire name (the spec's examples, or synthesized).</summary>
    public IReadOnlyDictionary<string, string> ParameterExamples { get; init; } = new Dictionary<string, string>();

    internal int LiteralSegments { get; }

    /// <summary>
    /// True when the request path ends with this template's segments (so any server base path is allowed in front).
    /// </summary>
    internal bool Matches(string method, string[] requestSegments)
    {
        if (!string.Equals(method, Method, StringComparison.OrdinalIgnoreCase) || requestSegments.Length < _segments.Length)
        {
            return false;
        }

        var offset = requestSegments.Length - _segments.Length;
        for (var i = 0; i < _segments.Length; i++)
        {
            var actual = Uri.UnescapeDataString(requestSegments[offset + i]);
            var expected = _segments[i];
            if (IsVariable(expected))
            {
                if (actual.Length == 0)
                {
                    return false;
                }

                continue;
            }

            if (!SegmentMatches(expected, actual))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsVariable(string segment) => segment.Length > 2 && segment[0] == '{' && segment[segment.Length - 1] == '}';

    // A segment may mix text and variables, e.g. "{id}.json" or "v{version}".
    private static bool SegmentMatches(string template, string actual)
    {
        var open = template.IndexOf('{');
        if (open < 0)
        {
            return string.Equals(template, actual, StringComparison.Ordinal);
        }

        var close = template.LastIndexOf('}');
        var prefix = template.Substring(0, open);
        var suffix = close >= 0 ? template.Substring(close + 1) : string.Empty;
        return actual.Length > prefix.Length + suffix.Length
            && actual.StartsWith(prefix, StringComparison.Ordinal)
            && actual.EndsWith(suffix, StringComparison.Ordinal);
    }
}
