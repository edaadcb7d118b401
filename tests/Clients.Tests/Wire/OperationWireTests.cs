using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Clients.Tests.Infrastructure;
using OpenApiClientGenerator.Runtime;
using Xunit;

namespace Clients.Tests.Wire;

/// <summary>
/// One test per bundled operation: the generated method, called with the route's example arguments, sends
/// exactly what the spec describes, and reads the example response into its typed result.
/// </summary>
public sealed class OperationWireTests
{
    private static readonly BasicCredentials Credentials = BasicCredentials.ForApiKey("test-api-key");

    public static TheoryData<string, string, string> Operations()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var operation in BundledSpecs.Operations)
        {
            data.Add(operation.SpecFile, operation.Method, operation.Path);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Sends_the_documented_request_and_reads_the_example_response(string specFile, string method, string path)
    {
        var operation = BundledSpecs.Operations.Single(candidate => candidate.SpecFile == specFile && candidate.Method == method && candidate.Path == path);
        var generated = GeneratedClients.Operations(specFile).Single(candidate =>
            candidate.Attribute.ResponseMediaType is null && candidate.Attribute.Method == method && candidate.Attribute.Path == path);
        var route = GeneratedClients.Mock(specFile).Routes.Single(candidate => candidate.OperationId == operation.OperationId && candidate.Method == method && candidate.PathTemplate == path);
        var handler = new CapturingHandler(route.StatusCode, route.ContentType, route.Body);
        var client = GeneratedClients.Create(specFile, handler, Credentials);

        var arguments = ArgumentFactory.Build(generated.Method, route, out var examples);
        var task = (Task)generated.Method.Invoke(generated.Target(client), arguments)!;
        await task;

        var request = handler.Request!;
        Assert.Equal(1, handler.Calls);
        Assert.Equal(method, request.Method.Method);
        Assert.Equal(ExpectedRequest.Path(operation, examples), request.RequestUri!.AbsolutePath);
        AssertQuery(ExpectedRequest.Query(operation, examples), ExpectedRequest.ParseQuery(request.RequestUri.Query));
        AssertHeaders(operation, examples, request, route);
        AssertBody(route, request, handler.RequestBody);
        AssertResult(generated.Method, task, route);
    }

    /// <summary>Same names with the same values in the same order per name (the order between names is free).</summary>
    private static void AssertQuery(List<KeyValuePair<string, string>> expected, List<KeyValuePair<string, string>> actual)
    {
        Assert.Equal(expected.Select(pair => pair.Key).Distinct().OrderBy(key => key, StringComparer.Ordinal), actual.Select(pair => pair.Key).Distinct().OrderBy(key => key, StringComparer.Ordinal));
        foreach (var name in expected.Select(pair => pair.Key).Distinct())
        {
            var left = expected.Where(pair => pair.Key == name).Select(pair => pair.Value).ToList();
            var right = actual.Where(pair => pair.Key == name).Select(pair => pair.Value).ToList();
            Assert.Equal(left.Count, right.Count);
            for (var i = 0; i < left.Count; i++)
            {
                Assert.True(SameValue(left[i], right[i]), $"query {name}: expected '{left[i]}', got '{right[i]}'");
            }
        }
    }

    /// <summary>Equal text, the same instant (Z or +00:00), or the same JSON.</summary>
    private static bool SameValue(string expected, string actual)
    {
        if (expected == actual)
        {
            return true;
        }

        if (DateTimeOffset.TryParse(expected, out var left) && DateTimeOffset.TryParse(actual, out var right))
        {
            return left == right;
        }

        try
        {
            JsonAssert.Equivalent(expected, actual);
            return true;
        }
        catch (Exception exception) when (exception is JsonException or Xunit.Sdk.XunitException)
        {
            return false;
        }
    }

    private static void AssertHeaders(SpecOperation operation, IReadOnlyDictionary<string, string> examples, HttpRequestMessage request, MockRoute route)
    {
        if (operation.RequiresAuth)
        {
            Assert.Equal(new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("API:test-api-key"))), request.Headers.Authorization);
        }
        else
        {
            Assert.Null(request.Headers.Authorization);
        }

        if (route.ContentType is not null)
        {
            Assert.Equal(route.ContentType, string.Join(", ", request.Headers.GetValues("Accept")));
        }

        foreach (var parameter in operation.Parameters.Where(parameter => parameter.In == "Header"))
        {
            if (examples.TryGetValue("header:" + parameter.Name, out var json))
            {
                Assert.Equal(ExpectedRequest.Scalar(json), string.Join(",", request.Headers.GetValues(parameter.Name)));
            }
        }
    }

    private static void AssertBody(MockRoute route, HttpRequestMessage request, string? body)
    {
        if (route.RequestBody is null)
        {
            Assert.Null(request.Content);
            return;
        }

        Assert.NotNull(body);
        var mediaType = request.Content!.Headers.ContentType?.MediaType;
        if (mediaType == "application/x-www-form-urlencoded")
        {
            // Each top-level scalar property of the example is a form field.
            var fields = ExpectedRequest.ParseQuery(body!.Replace('+', ' '));
            using var example = JsonDocument.Parse(route.RequestBody);
            foreach (var property in example.RootElement.EnumerateObject().Where(property => property.Value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Null)))
            {
                Assert.Contains(new KeyValuePair<string, string>(property.Name, ExpectedRequest.Scalar(property.Value.GetRawText())), fields);
            }

            return;
        }

        Assert.True(mediaType == "application/json" || mediaType?.EndsWith("+json", StringComparison.Ordinal) == true, "unexpected media type " + mediaType);
        JsonAssert.Equivalent(route.RequestBody, body!);
    }

    private static void AssertResult(MethodInfo method, Task task, MockRoute route)
    {
        var resultProperty = task.GetType().GetProperty("Result");
        if (method.ReturnType == typeof(Task) || resultProperty is null)
        {
            return;
        }

        var result = resultProperty.GetValue(task);
        if (route.Body is null)
        {
            return;
        }

        Assert.NotNull(result);
        var isJson = route.ContentType is { } contentType && (contentType.Contains("json", StringComparison.Ordinal));
        if (result is string text && !isJson)
        {
            Assert.Equal(route.Body, text);
            return;
        }

        // Writing the typed result back must give the example again: every field was read into the model.
        var written = JsonSerializer.Serialize(result, result.GetType());
        JsonAssert.Equivalent(route.Body, written);
    }
}
