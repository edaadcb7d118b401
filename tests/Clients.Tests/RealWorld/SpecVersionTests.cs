using System.Text;
using System.Text.Json;
using Clients.Tests.Infrastructure;
using OpenApiClientGenerator.Runtime;
using TestApis.Schemas31;
using TestApis.Swagger2;
using Xunit;

namespace Clients.Tests.RealWorld;

/// <summary>OpenAPI 3.1 type arrays, const and $ref siblings; Swagger 2.0 formData, files, collectionFormat and x-nullable.</summary>
public sealed class SpecVersionTests
{
    [Fact]
    public void OpenApi31_type_arrays_make_nullable_members_and_refs_keep_recursion()
    {
        const string json = """{"id":"3fa85f64-5717-4562-b3fc-2c963f66afa6","label":null,"count":null,"kind":"thing","parent":{"id":"3fa85f64-5717-4562-b3fc-2c963f66afa7","label":"p","kind":"thing"},"alias":null}""";

        var thing = JsonSerializer.Deserialize<Thing>(json)!;

        Assert.Null(thing.Label);
        Assert.Null(thing.Count);
        Assert.Equal("thing", thing.Kind);
        Assert.Equal("p", thing.Parent!.Label);
        JsonAssert.Equivalent(json, JsonSerializer.Serialize(thing));
    }

    [Fact]
    public void A_required_nullable_member_must_be_present_but_may_be_null()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Thing>("""{"id":"3fa85f64-5717-4562-b3fc-2c963f66afa6","kind":"thing"}"""));
    }

    [Fact]
    public async Task Swagger2_form_data_with_a_file_is_sent_as_multipart()
    {
        var client = Swagger2TestApiClientMockHandler.CreateClient(out var handler);

        await client.UploadFileAsync(new UploadFileRequest
        {
            File = new FileParameter(Encoding.UTF8.GetBytes("hello"), "hello.txt", "text/plain"),
            Note = "greeting",
            Tags = new[] { "a", "b" },
        });

        var request = handler.Requests.Single();
        Assert.Equal("https://v2.example.test/api/uploads", request.Uri.ToString());
        Assert.StartsWith("multipart/form-data", request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Contains("filename=hello.txt", request.Body, StringComparison.Ordinal);
        Assert.Contains("hello", request.Body, StringComparison.Ordinal);
        Assert.Contains("greeting", request.Body, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(request.Body!, "name=tags"));
    }

    [Fact]
    public async Task Swagger2_collection_formats_shape_the_query()
    {
        var client = Swagger2TestApiClientMockHandler.CreateClient(out var handler);

        await client.SearchAsync(ids: new long[] { 1, 2 }, tags: new[] { "x", "y" }, words: new[] { "p", "q" });

        var query = ExpectedRequest.ParseQuery(handler.Requests.Single().Uri.Query);
        Assert.Contains(new KeyValuePair<string, string>("ids", "1,2"), query);
        Assert.Contains(new KeyValuePair<string, string>("tags", "x|y"), query);
        Assert.Equal(new[] { "p", "q" }, query.Where(pair => pair.Key == "words").Select(pair => pair.Value));
    }

    [Fact]
    public async Task Swagger2_url_encoded_forms_and_empty_responses()
    {
        var client = Swagger2TestApiClientMockHandler.CreateClient(out var handler);

        await client.SubmitFormAsync(new SubmitFormRequest { Name = "Ada Lovelace", Age = 36 });

        var request = handler.Requests.Single();
        Assert.Equal("application/x-www-form-urlencoded", request.Headers["Content-Type"]);
        Assert.Equal("name=Ada+Lovelace&age=36", request.Body);
    }

    [Fact]
    public void Swagger2_x_nullable_makes_a_nullable_member()
    {
        var upload = JsonSerializer.Deserialize<Upload>("""{"id":"u1","note":null}""")!;

        Assert.Null(upload.Note);
        Assert.Equal(typeof(string), typeof(Upload).GetProperty("Note")!.PropertyType);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var index = text.IndexOf(part, StringComparison.Ordinal); index >= 0; index = text.IndexOf(part, index + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
