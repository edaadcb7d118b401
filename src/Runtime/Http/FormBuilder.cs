using System.Collections;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenApiClientGenerator.Runtime;

/// <summary>
/// Collects the fields of an <c>application/x-www-form-urlencoded</c> or <c>multipart/form-data</c> body.
/// Scalars are written as text, lists as repeated fields, objects as JSON (the OpenAPI default encoding).
/// </summary>
public sealed class FormBuilder
{
    private readonly List<KeyValuePair<string, string>> _fields = new();
    private readonly List<KeyValuePair<string, FileParameter>> _files = new();

    /// <summary>Adds a scalar or a list of scalars; null is left out.</summary>
    public FormBuilder Add(string name, object? value)
    {
        if (value is null)
        {
            return this;
        }

        if (value is FileParameter file)
        {
            _files.Add(new KeyValuePair<string, FileParameter>(name, file));
            return this;
        }

        if (ApiValueFormatter.IsSequence(value))
        {
            foreach (var item in (IEnumerable)value)
            {
                Add(name, item);
            }

            return this;
        }

        _fields.Add(new KeyValuePair<string, string>(name, ApiValueFormatter.Format(value)!));
        return this;
    }

    /// <summary>Adds an object-valued field as JSON text.</summary>
    public FormBuilder AddJson<T>(string name, T? value, JsonConverter<T> converter)
    {
        if (value is not null)
        {
            var element = JsonCodecs.ToElement(value, converter);
            if (element.ValueKind != JsonValueKind.Null)
            {
                _fields.Add(new KeyValuePair<string, string>(name, JsonCodecs.ScalarText(element)));
            }
        }

        return this;
    }

    /// <summary>Adds every property of a JSON object as its own field (for free-form form bodies).</summary>
    public FormBuilder AddObject<T>(T? value, JsonConverter<T> converter)
    {
        if (value is null)
        {
            return this;
        }

        var element = JsonCodecs.ToElement(value, converter);
        if (element.ValueKind != JsonValueKind.Object)
        {
            return this;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in property.Value.EnumerateArray())
                {
                    _fields.Add(new KeyValuePair<string, string>(property.Name, JsonCodecs.ScalarText(item)));
                }
            }
            else if (property.Value.ValueKind != JsonValueKind.Null)
            {
                _fields.Add(new KeyValuePair<string, string>(property.Name, JsonCodecs.ScalarText(property.Value)));
            }
        }

        return this;
    }

    /// <summary>Builds an <c>application/x-www-form-urlencoded</c> body (files are sent base64-encoded).</summary>
    public HttpContent ToUrlEncoded(string mediaType = "application/x-www-form-urlencoded")
    {
        var fields = new List<KeyValuePair<string, string>>(_fields);
        foreach (var file in _files)
        {
            fields.Add(new KeyValuePair<string, string>(file.Key, System.Convert.ToBase64String(file.Value.ToArray())));
        }

        var content = new FormUrlEncodedContent(fields);
        ApiContent.SetMediaType(content, mediaType, null);
        return content;
    }

    /// <summary>Builds a <c>multipart/form-data</c> body.</summary>
    public HttpContent ToMultipart()
    {
        var content = new MultipartFormDataContent();
        foreach (var field in _fields)
        {
            content.Add(new StringContent(field.Value), field.Key);
        }

        foreach (var file in _files)
        {
            var part = new StreamContent(file.Value.Content);
            ApiContent.SetMediaType(part, file.Value.ContentType ?? "application/octet-stream", null);
            content.Add(part, file.Key, file.Value.FileName ?? file.Key);
        }

        return content;
    }
}
