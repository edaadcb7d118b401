using System.Reflection;
using System.Text.Json;
using Clients.Tests.Infrastructure;
using TestApis.Names;
using Xunit;

namespace Clients.Tests.RealWorld;

/// <summary>Any spec text becomes a legal, readable, unique C# name; wire names are kept exactly.</summary>
public sealed class NamingTests
{
    [Fact]
    public void Property_names_are_legal_unique_and_map_to_the_exact_wire_names()
    {
        const string json = """
            {"class":"c","123abc":"d","first name":"e","last-name":"f","dotted.name":"g","ID":"h","id":"i","Weird":"j",
             "`quoted` (comma, separated)":"k","émoji_ünïcode":"l","$ref":"m","AdditionalProperties":"n","status":"in progress"}
            """;

        var weird = JsonSerializer.Deserialize<Weird>(json)!;

        Assert.Equal("c", weird.Class);
        Assert.Equal("d", weird.N123abc);
        Assert.Equal("e", weird.FirstName);
        Assert.Equal("f", weird.LastName);
        Assert.Equal("g", weird.DottedName);
        Assert.Equal("h", weird.ID);
        Assert.Equal("i", weird.Id2);
        Assert.Equal("j", weird.WeirdValue);
        Assert.Equal("k", weird.QuotedCommaSeparated);
        Assert.Equal("l", weird.ÉmojiÜnïcode);
        Assert.Equal("m", weird.Ref);
        Assert.Equal("n", weird.AdditionalPropertiesValue);
        Assert.Equal(Status.InProgress, weird.Status);
        Assert.Null(weird.AdditionalProperties);
        JsonAssert.Equivalent(json, JsonSerializer.Serialize(weird));
    }

    [Fact]
    public void Very_long_names_are_shortened_with_a_stable_hash()
    {
        var property = typeof(Weird).GetProperties().Single(candidate => candidate.Name.StartsWith("AVeryLong", StringComparison.Ordinal));

        Assert.True(property.Name.Length <= 100);
        Assert.Matches("_[0-9a-f]{8}$", property.Name);
    }

    [Fact]
    public void Enum_values_that_collide_after_sanitizing_stay_distinct()
    {
        var names = typeof(Status).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(property => property.PropertyType == typeof(Status))
            .ToDictionary(property => ((Status)property.GetValue(null)!).Value, property => property.Name);

        Assert.Equal(11, names.Count);
        Assert.Equal(names.Count, names.Values.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal("EtcGmtPlus0", names["Etc/GMT+0"]);
        Assert.Equal("StarSlashStar", names["*/*"]);
        Assert.Equal("Empty", names[""]);
    }

    [Fact]
    public void Schemas_named_like_generated_types_are_renamed()
    {
        Assert.NotNull(typeof(NamesClient).GetMethod("ListItemsAsync"));
        Assert.Equal(typeof(NamesClientModel), typeof(NamesClient).GetMethod("ListItemsAsync")!.ReturnType.GetGenericArguments()[0]);
        Assert.NotNull(typeof(NamesClientOptionsModel));
        Assert.Contains(typeof(NamesClient).Assembly.GetTypes(), type => type.FullName == "TestApis.Names.SerializationModel");
        Assert.Contains(typeof(NamesClient).Assembly.GetTypes(), type => type.FullName == "TestApis.Names.String");
    }

    [Fact]
    public async Task Operation_and_parameter_names_are_cleaned_but_the_wire_keeps_the_spec_names()
    {
        var client = NamesClientMockHandler.CreateClient(out var handler);

        await client.RunOperationsAsync(@class: "a b", @object: "o", startTimeLessThan: "2024", startTimeGreaterThan: "2023", startTime: "x", pageSize: 5, xRequestID: "r-1");
        await client.PostItemsAsync();

        var request = handler.Requests[0];
        Assert.Equal("/objects/a%20b", request.Uri.AbsolutePath);
        var query = ExpectedRequest.ParseQuery(request.Uri.Query);
        Assert.Contains(new KeyValuePair<string, string>("StartTime<", "2024"), query);
        Assert.Contains(new KeyValuePair<string, string>("StartTime>", "2023"), query);
        Assert.Contains(new KeyValuePair<string, string>("StartTime", "x"), query);
        Assert.Contains(new KeyValuePair<string, string>("page size", "5"), query);
        Assert.Contains(new KeyValuePair<string, string>("object", "o"), query);
        Assert.Equal("r-1", request.Headers["X-Request-ID"]);
        Assert.Equal("POST", handler.Requests[1].Method);
        Assert.Equal("postItems", handler.Requests[1].OperationId);
    }
}
