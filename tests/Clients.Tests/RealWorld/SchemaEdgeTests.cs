using System.Text.Json;
using Clients.Tests.Infrastructure;
using TestApis.Edges;
using Xunit;

namespace Clients.Tests.RealWorld;

/// <summary>Formats, recursion, maps, nesting and defaults.</summary>
public sealed class SchemaEdgeTests
{
    private const string Full = """
        {
          "int32": 2147483647,
          "int64": 9007199254740993,
          "integer": 9223372036854775807,
          "float": 1.5,
          "double": 0.1,
          "decimal": 79228162514264337593543950335,
          "number": -2.5e-7,
          "date": "2024-02-29",
          "dateTime": "2024-02-29T23:59:59.1234567+05:30",
          "time": "10:15:00Z",
          "duration": "P1DT2H3M4S",
          "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
          "uri": "https://example.com/a?b=c#d",
          "byte": "AAECAw==",
          "binary": "BAUG",
          "email": "ada@example.com",
          "freeForm": {"a": [1, {"b": null}]},
          "anything": 7,
          "typedMap": {"a": 1, "b": 2},
          "openMap": {"x": {"y": 1}},
          "matrix": [[1, 2], [], [3.5]],
          "deep": {"level1": {"level2": {"level3": {"leaf": "bottom"}}}},
          "tree": {"value": "root", "children": [{"value": "a", "children": [{"value": "a1"}]}, {"value": "b"}]},
          "person": {"name": "Ada", "employer": {"name": "Analytical", "employees": [{"name": "Charles"}]}},
          "withDefaults": {"limit": 5}
        }
        """;

    [Fact]
    public void Every_format_round_trips()
    {
        var sample = JsonSerializer.Deserialize<Sample>(Full)!;

        Assert.Equal(int.MaxValue, sample.Int32);
        Assert.Equal(9007199254740993L, sample.Int64);
        Assert.Equal(long.MaxValue, sample.Integer);
        Assert.Equal(79228162514264337593543950335m, sample.Decimal);
        Assert.Equal(new DateOnly(2024, 2, 29), sample.Date);
        Assert.Equal(new DateTimeOffset(2024, 2, 29, 23, 59, 59, TimeSpan.FromMinutes(330)).AddTicks(1234567), sample.DateTime);
        Assert.Equal("10:15:00Z", sample.Time);
        Assert.Equal(new TimeSpan(1, 2, 3, 4), sample.Duration);
        Assert.Equal(Guid.Parse("3fa85f64-5717-4562-b3fc-2c963f66afa6"), sample.Uuid);
        Assert.Equal("https://example.com/a?b=c#d", sample.Uri!.OriginalString);
        Assert.Equal(new byte[] { 0, 1, 2, 3 }, sample.Byte);
        Assert.Equal(new byte[] { 4, 5, 6 }, sample.Binary!.ToArray());
        Assert.Equal(2, sample.TypedMap!["b"]);
        Assert.Equal(3.5, sample.Matrix![2][0]);
        Assert.Equal("bottom", sample.Deep!.Level1!.Level2!.Level3!.Leaf);
        Assert.Equal("a1", sample.Tree!.Children![0].Children![0].Value);
        Assert.Equal("Charles", sample.Person!.Employer!.Employees![0].Name);
        JsonAssert.Equivalent(Full, JsonSerializer.Serialize(sample));
    }

    [Fact]
    public void Required_members_are_enforced_when_reading()
    {
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Sample>("""{"int32":1,"int64":2}"""));

        Assert.Contains("integer", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Integers_that_overflow_their_format_are_refused()
    {
        Assert.ThrowsAny<Exception>(() => JsonSerializer.Deserialize<Sample>("""{"int32":2147483648,"int64":1,"integer":1}"""));
    }

    [Fact]
    public void Defaults_apply_to_new_objects_but_absent_wire_values_stay_absent()
    {
        var created = new Defaults();
        var read = JsonSerializer.Deserialize<Defaults>("{}")!;

        Assert.Equal(100, created.Limit);
        Assert.Equal(0.25, created.Ratio);
        Assert.True(created.Enabled);
        Assert.Equal("n/a", created.Label);
        Assert.Equal(DefaultsColor.Green, created.Color);
        Assert.Null(created.Upload);
        Assert.Null(read.Limit);
        Assert.Equal("{}", JsonSerializer.Serialize(read));
    }

    [Fact]
    public async Task The_mock_echoes_a_valid_synthesized_sample()
    {
        var client = EdgeSchemasTestApiClientMockHandler.CreateClient(out var handler);
        var body = JsonSerializer.Deserialize<Sample>(handler.Routes.Single().RequestBody!)!;

        var echoed = await client.EchoSampleAsync(body);

        Assert.Equal("https://edges.example.test/v1/samples", handler.Requests.Single().Uri.ToString());
        Assert.NotNull(echoed);
    }
}
