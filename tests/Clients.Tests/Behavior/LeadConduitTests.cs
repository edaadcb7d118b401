using System.Text;
using ActiveProspect.LeadConduit;
using Clients.Tests.Infrastructure;
using OpenApiClientGenerator.Runtime;
using Xunit;

namespace Clients.Tests.Behavior;

/// <summary>LeadConduit specifics: free-form lead submission, CSV statistics, extensible enums, path safety.</summary>
public sealed class LeadConduitTests
{
    [Fact]
    public async Task Submits_a_lead_as_a_free_form_object()
    {
        var client = LeadConduitClientMockHandler.CreateClient(out var handler, new LeadConduitClientOptions { Basic = BasicCredentials.ForApiKey("k3y") });
        var lead = new Dictionary<string, string> { ["first_name"] = "Ada", ["email"] = "ada@example.com", ["trustedform_cert_url"] = "https://cert.trustedform.com/abc" };

        var records = await client.Flows.SubmitSourceAsync("5fd4f6f3c3b4d0a0b8e0c0a1", "src 1", lead);

        var request = handler.Requests.Single();
        Assert.Equal("POST", request.Method);
        Assert.Equal("/flows/5fd4f6f3c3b4d0a0b8e0c0a1/sources/src%201/submit", request.Uri.AbsolutePath);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("API:k3y")), request.Headers["Authorization"]);
        Assert.Equal("application/json", request.Headers["Accept"]);
        JsonAssert.Equivalent("{\"first_name\":\"Ada\",\"email\":\"ada@example.com\",\"trustedform_cert_url\":\"https://cert.trustedform.com/abc\"}", request.Body!);
        Assert.NotEmpty(records);
    }

    [Fact]
    public async Task Event_statistics_come_as_csv_text_on_request()
    {
        var handler = new CapturingHandler(200, "text/csv", "start,end,total\n2024-01-01,2024-01-02,10\n");
        var client = new LeadConduitClient(new HttpClient(handler));

        var csv = await client.Leads.GetEventStatsAsCsvAsync(groupBy: "flow_id");

        Assert.Equal("start,end,total\n2024-01-01,2024-01-02,10\n", csv);
        Assert.Equal("text/csv", string.Join(",", handler.Request!.Headers.GetValues("Accept")));
        Assert.Equal("flow_id", ExpectedRequest.ParseQuery(handler.Request.RequestUri!.Query).Single(pair => pair.Key == "group_by").Value);
    }

    [Fact]
    public void Unknown_enum_values_are_kept_and_written_back_unchanged()
    {
        const string json = "{\"id\":\"lead_score\",\"name\":\"Lead score\",\"type\":\"quantum-number\"}";

        var field = System.Text.Json.JsonSerializer.Deserialize<Field>(json)!;

        Assert.False(field.Type.IsKnown);
        Assert.Equal("quantum-number", field.Type.Value);
        Assert.True(FieldType.Email.IsKnown);
        JsonAssert.Equivalent(json, System.Text.Json.JsonSerializer.Serialize(field));
    }

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("")]
    public async Task Path_values_cannot_leave_their_segment(string id)
    {
        var handler = new CapturingHandler(200, "application/json", "{}");
        var client = new LeadConduitClient(new HttpClient(handler));

        await Assert.ThrowsAsync<ArgumentException>(() => client.Flows.GetAsync(id));

        Assert.Equal(0, handler.Calls);
    }

    [Fact]
    public async Task Slashes_in_path_values_are_encoded()
    {
        var handler = new CapturingHandler(200, "application/json", new LeadConduitClientMockHandler().Routes.Single(route => route.OperationId == "getField").Body);
        var client = new LeadConduitClient(new HttpClient(handler));

        await client.Fields.GetAsync("a/../b");

        Assert.Equal("/fields/a%2F..%2Fb", handler.Request!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task Required_arguments_are_checked_before_sending()
    {
        var handler = new CapturingHandler(200, "application/json", "[]");
        var client = new LeadConduitClient(new HttpClient(handler));

        await Assert.ThrowsAsync<ArgumentNullException>(() => client.Flows.SubmitSourceAsync("f", "s", null!));

        Assert.Equal(0, handler.Calls);
    }
}
