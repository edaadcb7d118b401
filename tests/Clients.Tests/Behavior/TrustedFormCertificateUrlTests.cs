using ActiveProspect.TrustedForm.V4;
using Clients.Tests.Infrastructure;
using OpenApiClientGenerator.Runtime;
using Xunit;

namespace Clients.Tests.Behavior;

/// <summary>
/// Vendors hand buyers certificate URLs: the TrustedForm clients take a URL as well as an id, and refuse,
/// before sending anything, every URL that is not https://cert.trustedform.com/&lt;id&gt;.
/// </summary>
public sealed class TrustedFormCertificateUrlTests
{
    private static readonly string ResponseBody = new TrustedFormV4ClientMockHandler().Routes.Single().Body!;

    [Theory]
    [InlineData("eb9fc4dd9bed9ad451a5648946cf4bf09b5bb947", "/eb9fc4dd9bed9ad451a5648946cf4bf09b5bb947")]
    [InlineData("https://cert.trustedform.com/eb9fc4dd9bed9ad451a5648946cf4bf09b5bb947", "/eb9fc4dd9bed9ad451a5648946cf4bf09b5bb947")]
    [InlineData("HTTPS://CERT.TRUSTEDFORM.COM/abc123", "/abc123")]
    [InlineData("https://cert.trustedform.com:443/abc123/", "/abc123")]
    public async Task Accepts_an_id_or_a_certificate_url(string certificate, string expectedPath)
    {
        var handler = new CapturingHandler(200, "application/json", ResponseBody);
        var client = new TrustedFormV4Client(new HttpClient(handler), new TrustedFormV4ClientOptions { Basic = BasicCredentials.ForApiKey("key") });

        await client.CertificateUrl.RunOperationsAsync(certificate);

        Assert.Equal("cert.trustedform.com", handler.Request!.RequestUri!.Host);
        Assert.Equal(expectedPath, handler.Request.RequestUri.AbsolutePath);
        Assert.NotNull(handler.Request.Headers.Authorization);
    }

    [Theory]
    [InlineData("http://cert.trustedform.com/abc123")]
    [InlineData("https://cert.trustedform.com.evil.example/abc123")]
    [InlineData("https://evil.example/abc123")]
    [InlineData("https://evil.example/https://cert.trustedform.com/abc123")]
    [InlineData("https://user:password@cert.trustedform.com/abc123")]
    [InlineData("https://cert.trustedform.com@evil.example/abc123")]
    [InlineData("https://cert.trustedform.com\\@evil.example/abc123")]
    [InlineData("https://cert.trustedform.com:8443/abc123")]
    [InlineData("https://cеrt.trustedform.com/abc123")]
    [InlineData("https://cert.trustedform.com/abc123?redirect=https://evil.example")]
    [InlineData("https://cert.trustedform.com/abc123#fragment")]
    [InlineData("https://cert.trustedform.com/abc/123")]
    [InlineData("https://cert.trustedform.com/")]
    [InlineData("https://cert.trustedform.com/%2e%2e")]
    [InlineData("//evil.example/abc123")]
    [InlineData("ftp://cert.trustedform.com/abc123")]
    [InlineData("..")]
    public async Task Refuses_anything_else_and_sends_nothing(string certificate)
    {
        var handler = new CapturingHandler(200, "application/json", ResponseBody);
        var client = new TrustedFormV4Client(new HttpClient(handler), new TrustedFormV4ClientOptions { Basic = BasicCredentials.ForApiKey("key") });

        var exception = await Assert.ThrowsAsync<ArgumentException>(() => client.CertificateUrl.RunOperationsAsync(certificate));

        Assert.Equal(0, handler.Calls);
        Assert.Contains("cert_id", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task V3_and_v2_clients_take_urls_too()
    {
        var v3Body = new ActiveProspect.TrustedForm.V3.TrustedFormV3ClientMockHandler().Routes.First(route => route.Method == "GET" && route.PathTemplate == "/{cert_id}").Body;
        var v3Handler = new CapturingHandler(200, "application/json", v3Body);
        var v3 = new ActiveProspect.TrustedForm.V3.TrustedFormV3Client(new HttpClient(v3Handler));
        await v3.ViewingCertificates.ViewCertificateAsync("https://cert.trustedform.com/abc123");
        Assert.Equal("/abc123", v3Handler.Request!.RequestUri!.AbsolutePath);

        var v2Handler = new CapturingHandler(200, "application/json", "{}");
        var v2 = new ActiveProspect.TrustedForm.V2.TrustedFormV2Client(new HttpClient(v2Handler));
        await Assert.ThrowsAsync<ArgumentException>(() => v2.Ping.RetrieveDataAsync("https://evil.example/abc123"));
        Assert.Equal(0, v2Handler.Calls);
    }
}
