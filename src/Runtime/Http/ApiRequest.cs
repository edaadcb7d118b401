using System;
using System.Collections;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenApiClientGenerator.Runtime;

/// <summary>A request being built by a generated client method: method, path, parameters and body.</summary>
public sealed class ApiRequest
{
    private static readonly IReadOnlyList<SecurityRequirement> NoSecurity = Array.Empty<SecurityRequirement>();

    /// <summary>Creates a request for <paramref name="path"/> (already expanded, relative to the server).</summary>
    public ApiRequest(string method, string path, string operationId)
    {
        Method = method;
        Path = path;
        OperationId = operationId;
    }

    /// <summary>The HTTP method in upper case.</summary>
    public string Method { get; }

    /// <summary>The expanded path, relative to the server URL.</summary>
    public string Path { get; }

    /// <summary>The operation's id, for errors and logs.</summary>
    public string OperationId { get; }

    /// <summary>The value of the <c>Accept</c> header, if any.</summary>
    public string? Accept { get; set; }

    /// <summary>The request body, if any.</summary>
    public HttpContent? Content { get; set; }

    /// <summary>The alternatives of the operation's security requirement.</summary>
    public IReadOnlyList<SecurityRequirement> Security { get; set; } = NoSecurity;

    internal List<KeyValuePair<string, string>> Query { get; } = new();

    internal List<KeyValuePair<string, string>> Headers { get; } = new();

    internal List<KeyValuePair<string, string>> Cookies { get; } = new();

    /// <summary>Adds a query parameter; null values are left out.</summary>
    public void AddQuery(string name, object? value, ParameterStyle style = ParameterStyle.Form, bool explode = true)
    {
        if (value is null)
        {
            return;
        }

        if (!ApiValueFormatter.IsSequence(value))
        {
            Query.Add(new KeyValuePair<string, string>(name, ApiValueFormatter.Format(value)!));
            return;
        }

        var items = new List<string>();
        foreach (var item in (IEnumerable)value)
        {
            if (item is not null)
            {
                items.Add(ApiValueFormatter.Format(item)!);
            }
        }

        if (explode && style is ParameterStyle.Form or ParameterStyle.DeepObject)
        {
            foreach (var item in items)
            {
                Query.Add(new KeyValuePair<string, string>(name, item));
            }

            return;
        }

        var separator = style switch
        {
            ParameterStyle.SpaceDelimited => " ",
            ParameterStyle.PipeDelimited => "|",
            _ => ",",
        };
        Query.Add(new KeyValuePair<string, string>(name, string.Join(separator, items)));
    }

    /// <summary>
    /// Adds a structured query parameter (an object, a union, free-form JSON) through its JSON form: object
    /// properties become <c>name[key]=value</c> (deepObject), <c>key=value</c> (form, exploded) or
    /// <c>name=key,value,...</c> (form, not exploded); arrays and scalars are written like plain values.
    /// </summary>
    public void AddQueryObject<T>(string name, T? value, JsonConverter<T> converter, ParameterStyle style = ParameterStyle.Form, bool explode = true)
    {
        if (value is null)
        {
            return;
        }

        var element = JsonCodecs.ToElement(value, converter);
        if (element.ValueKind == JsonValueKind.Array)
        {
            var items = new List<string>();
            foreach (var item in element.EnumerateArray())
            {
                items.Add(JsonCodecs.ScalarText(item));
            }

            AddQuery(name, items, style, explode);
            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            if (element.ValueKind != JsonValueKind.Null)
            {
                AddQuery(name, JsonCodecs.ScalarText(element), style, explode);
            }

            return;
        }

        if (style == ParameterStyle.DeepObject)
        {
            AddDeepObject(name, element);
            return;
        }

        var flat = new List<string>();
        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            if (explode)
            {
                Query.Add(new KeyValuePair<string, string>(property.Name, JsonCodecs.ScalarText(property.Value)));
            }
            else
            {
                flat.Add(property.Name);
                flat.Add(JsonCodecs.ScalarText(property.Value));
            }
        }

        if (!explode)
        {
            Query.Add(new KeyValuePair<string, string>(name, string.Join(",", flat)));
        }
    }

    /// <summary>Adds a query parameter whose value is sent as JSON text (<c>content: application/json</c>).</summary>
    public void AddQueryJson<T>(string name, T? value, JsonConverter<T> converter)
    {
        if (value is not null)
        {
            Query.Add(new KeyValuePair<string, string>(name, JsonCodecs.ToJsonString(value, converter)));
        }
    }

    /// <summary>Adds a header parameter (<c>simple</c> style); null values are left out.</summary>
    public void AddHeader(string name, object? value)
    {
        var text = JoinSimple(value);
        if (text is not null)
        {
            Headers.Add(new KeyValuePair<string, string>(name, text));
        }
    }

    /// <summary>Adds a cookie parameter; null values are left out.</summary>
    public void AddCookie(string name, object? value)
    {
        var text = JoinSimple(value);
        if (text is not null)
        {
            Cookies.Add(new KeyValuePair<string, string>(name, text));
        }
    }

    private void AddDeepObject(string prefix, JsonElement element)
    {
        foreach (var property in element.EnumerateObject())
        {
            var key = prefix + "[" + property.Name + "]";
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.Null:
                    break;
                case JsonValueKind.Object:
                    AddDeepObject(key, property.Value);
                    break;
                case JsonValueKind.Array:
                    foreach (var item in property.Value.EnumerateArray())
                    {
                        Query.Add(new KeyValuePair<string, string>(key, JsonCodecs.ScalarText(item)));
                    }

                    break;
                default:
                    Query.Add(new KeyValuePair<string, string>(key, JsonCodecs.ScalarText(property.Value)));
                    break;
            }
        }
    }

    private static string? JoinSimple(object? value)
    {
        if (value is null)
        {
            return null;
        }

        if (!ApiValueFormatter.IsSequence(value))
        {
            return ApiValueFormatter.Format(value);
        }

        var items = new List<string>();
        foreach (var item in (IEnumerable)value)
        {
            if (item is not null)
            {
                items.Add(ApiValueFormatter.Format(item)!);
            }
        }

        return string.Join(",", items);
    }
}
