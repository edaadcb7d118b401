using System.Text;
using Clients.Tests.Infrastructure;
using OpenApiClientGenerator.Runtime;
using TestApis.Parameters;
using Xunit;

namespace Clients.Tests.RealWorld;

/// <summary>Every parameter style and location, and binary and text bodies, on the wire.</summary>
public sealed class ParameterStyleTests
{
    [Fact]
    public async Task Path_query_header_and_cookie_styles_serialize_as_the_spec_says()
    {
        var handler = new CapturingHandler(204);
        var client = new ParametersClient(new HttpClient(handler));

        await client.StylesAsync(
            simple: new[] { "a", "b" },
            label: new[] { "c", "d" },
            matrix: new[] { "e", "f" },
            exploded: new long[] { 1, 2 },
            joined: new long[] { 3, 4 },
            spaced: new[] { "x", "y" },
            piped: new[] { "p", "q" },
            filter: new StylesFilter { Status = "open", Range = new StylesFilterRange { Min = 1, Max = 9 } },
            point: new StylesPoint { X = 5, Y = 6 },
            box: new StylesBox { W = 7, H = 8 },
            when: new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero),
            day: new DateOnly(2024, 5, 6),
            flag: true,
            xTrace: new[] { "t1", "t2" },
            session: "s 1",
            theme: "dark");

        var request = handler.Request!;
        Assert.Equal("/api/styles/a,b/.c.d/;matrix=e,f", request.RequestUri!.AbsolutePath);
        var query = ExpectedRequest.ParseQuery(request.RequestUri.Query);
        Assert.Equal(new[] { "1", "2" }, Values(query, "exploded"));
        Assert.Equal(new[] { "3,4" }, Values(query, "joined"));
        Assert.Equal(new[] { "x y" }, Values(query, "spaced"));
        Assert.Equal(new[] { "p|q" }, Values(query, "piped"));
        Assert.Equal(new[] { "open" }, Values(query, "filter[status]"));
        Assert.Equal(new[] { "1" }, Values(query, "filter[range][min]"));
        Assert.Equal(new[] { "9" }, Values(query, "filter[range][max]"));
        Assert.Equal(new[] { "5" }, Values(query, "x"));
        Assert.Equal(new[] { "6" }, Values(query, "y"));
        Assert.Equal(new[] { "w,7,h,8" }, Values(query, "box"));
        Assert.Equal(new[] { "2024-05-06T07:08:09Z" }, Values(query, "when"));
        Assert.Equal(new[] { "2024-05-06" }, Values(query, "day"));
        Assert.Equal(new[] { "true" }, Values(query, "flag"));
        Assert.Equal("t1,t2", string.Join(",", request.Headers.GetValues("X-Trace")));
        Assert.Equal("session=s%201; theme=dark", string.Join("; ", request.Headers.GetValues("Cookie")));
    }

    [Fact]
    public async Task Binary_bodies_go_out_as_octet_stream_and_come_back_as_a_stream()
    {
        var client = ParametersClientMockHandler.CreateClient(out var handler);

        await client.PutBlobAsync("report.pdf", new FileParameter(new byte[] { 1, 2, 3 }));
        using var stream = await client.GetBlobAsync("report.pdf");
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);

        Assert.Equal("application/octet-stream", handler.Requests[0].Headers["Content-Type"]);
        Assert.Equal("\u0001\u0002\u0003", handler.Requests[0].Body);
        Assert.Equal("application/octet-stream", handler.Requests[1].Headers["Accept"]);
        Assert.NotEmpty(copy.ToArray());
    }

    [Fact]
    public async Task Text_bodies_go_out_and_come_back_as_strings()
    {
        var handler = new CapturingHandler(200, "text/plain; charset=utf-8", "échoed");
        var client = new ParametersClient(new HttpClient(handler));

        var echoed = await client.PostNoteAsync("héllo");

        Assert.Equal("text/plain", handler.Request!.Content!.Headers.ContentType!.MediaType);
        Assert.Equal("héllo", handler.RequestBody);
        Assert.Equal("échoed", echoed);
    }

    private static string[] Values(List<KeyValuePair<string, string>> query, string name) =>
        query.Where(pair => pair.Key == name).Select(pair => pair.Value).ToArray();
}
