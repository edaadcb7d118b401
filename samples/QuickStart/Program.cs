// QuickStart: submit a lead to a LeadConduit flow source, then run TrustedForm v4 operations
// (match_lead + retain + insights) on the lead's certificate.
//
// With no environment variables it runs offline against the generated mock handlers (the specs' example
// responses). To call the real services, set:
//   LEADCONDUIT_API_KEY, LEADCONDUIT_FLOW_ID, LEADCONDUIT_SOURCE_ID   (LeadConduit)
//   TRUSTEDFORM_API_KEY, TRUSTEDFORM_CERT_URL                          (TrustedForm)
using ActiveProspect.LeadConduit;
using ActiveProspect.TrustedForm.V4;
using Microsoft.Extensions.DependencyInjection;
using OpenApiClientGenerator.Runtime;

var leadConduitKey = Environment.GetEnvironmentVariable("LEADCONDUIT_API_KEY");
var trustedFormKey = Environment.GetEnvironmentVariable("TRUSTEDFORM_API_KEY");
var certificateUrl = Environment.GetEnvironmentVariable("TRUSTEDFORM_CERT_URL")
    ?? "https://cert.trustedform.com/eb9fc4dd9bed9ad451a5648946cf4bf09b5bb947";

// 1. Clients: the real services when a key is given, otherwise the generated in-process mocks.
var leadConduit = leadConduitKey is null
    ? LeadConduitClientMockHandler.CreateClient(out _)
    : new LeadConduitClient(new HttpClient(), new LeadConduitClientOptions { Basic = BasicCredentials.ForApiKey(leadConduitKey) });
var trustedForm = trustedFormKey is null
    ? TrustedFormV4ClientMockHandler.CreateClient(out _)
    : new TrustedFormV4Client(new HttpClient(), new TrustedFormV4ClientOptions { Basic = BasicCredentials.ForApiKey(trustedFormKey) });
Console.WriteLine($"LeadConduit: {(leadConduitKey is null ? "mock" : "live")}, TrustedForm: {(trustedFormKey is null ? "mock" : "live")}");

try
{
    // 2. Submit a lead: the body is a free-form field/value object.
    var lead = new Dictionary<string, string>
    {
        ["first_name"] = "Ada",
        ["last_name"] = "Lovelace",
        ["email"] = "ada@example.com",
        ["phone_1"] = "5125550100",
        ["trustedform_cert_url"] = certificateUrl,
    };
    var flowId = Environment.GetEnvironmentVariable("LEADCONDUIT_FLOW_ID") ?? "5fd4f6f3c3b4d0a0b8e0c0a1";
    var sourceId = Environment.GetEnvironmentVariable("LEADCONDUIT_SOURCE_ID") ?? "a1b2c3";
    var submission = await leadConduit.Flows.SubmitSourceAsync(flowId, sourceId, lead);
    Console.WriteLine($"Lead submitted: {submission.Count} submission record(s).");

    // 3. TrustedForm v4: one call runs match_lead + retain + insights. The certificate URL the vendor passed
    //    along is accepted as is; any URL not on https://cert.trustedform.com is refused before sending.
    var result = await trustedForm.CertificateUrl.RunOperationsAsync(certificateUrl, new RunOperationsRequest
    {
        MatchLead = new MatchLeadParameters { Email = lead["email"], Phone = lead["phone_1"] },
        Retain = new RetainParameters { Reference = "lead-0001", Vendor = "Example Vendor" },
        Insights = new InsightsParameters
        {
            Properties = new[] { InsightsParametersProperty.AgeSeconds, InsightsParametersProperty.BotDetected, InsightsParametersProperty.Domain },
        },
    });

    Console.WriteLine($"TrustedForm outcome: {result.Outcome} {result.Reason}");
    Console.WriteLine($"  match_lead: email={result.MatchLead?.Result?.EmailMatch}, phone={result.MatchLead?.Result?.PhoneMatch}");
    Console.WriteLine($"  retain: expires {result.Retain?.Results?.ExpiresAt}, previously retained: {result.Retain?.Results?.PreviouslyRetained}");
    var web = result.Insights?.WebInsightsResult?.Properties;
    Console.WriteLine($"  insights: age {web?.AgeSeconds}s, bot detected: {web?.BotDetected}, domain: {web?.Domain}");

    // 4. The same client from dependency injection: a typed client of IHttpClientFactory with a resilience pipeline.
    var services = new ServiceCollection();
    var builder = services.AddLeadConduitClient(options =>
    {
        if (leadConduitKey is not null)
        {
            options.Basic = BasicCredentials.ForApiKey(leadConduitKey);
        }
    });
    if (leadConduitKey is null)
    {
        builder.ConfigurePrimaryHttpMessageHandler(() => new LeadConduitClientMockHandler());
    }

    builder.AddStandardResilienceHandler();
    await using var provider = services.BuildServiceProvider();
    var fromContainer = provider.GetRequiredService<ILeadConduitClient>();
    var fields = await fromContainer.Fields.ListAsync();
    Console.WriteLine($"Through DI + resilience: {fields.Count} field(s), first '{fields.FirstOrDefault()?.Name}'.");
}
catch (ApiException exception)
{
    // Non-success responses carry the status, headers, raw body and (when documented) the typed error.
    Console.Error.WriteLine($"{exception.OperationId} failed with HTTP {exception.StatusCode}: {exception.Body}");
    return 1;
}

return 0;
