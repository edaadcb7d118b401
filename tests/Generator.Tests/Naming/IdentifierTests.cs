using OpenApiClientGenerator.Naming;

namespace OpenApiClientGenerator.Tests.Naming;

/// <summary>Spec text to C# identifiers (<c>Naming/Identifier.cs</c>).</summary>
public sealed class IdentifierTests
{
    [Theory]
    [InlineData("first_name", "FirstName")]
    [InlineData("first-name", "FirstName")]
    [InlineData("firstName", "FirstName")]
    [InlineData("HTTPResponse", "HttpResponse")]
    [InlineData("cert_id", "CertId")]
    [InlineData("123abc", "N123abc")]
    [InlineData("2fa code", "N2faCode")]
    [InlineData("StartTime<", "StartTimeLessThan")]
    [InlineData("scan[]", "ScanList")]
    [InlineData("Etc/GMT+0", "EtcGmtPlus0")]
    [InlineData("Etc/GMT0", "EtcGmt0")]
    [InlineData("  ", "Value")]
    [InlineData("", "Value")]
    public void ToPascal_makes_a_legal_readable_identifier(string text, string expected) =>
        Assert.Equal(expected, Identifier.ToPascal(text));

    [Theory]
    [InlineData("class", "@class")]
    [InlineData("object", "@object")]
    [InlineData("var", "@var")]
    [InlineData("Return", "@return")]
    [InlineData("first_name", "firstName")]
    [InlineData("URLValue", "urlValue")]
    [InlineData("ID", "id")]
    [InlineData("9lives", "n9lives")]
    public void ToCamel_lowercases_the_first_word_and_escapes_keywords(string text, string expected) =>
        Assert.Equal(expected, Identifier.ToCamel(text));

    [Fact]
    public void Very_long_names_are_cut_with_a_stable_hash()
    {
        var text = string.Concat(Enumerable.Repeat("segment_", 40));

        var name = Identifier.ToPascal(text);

        Assert.Equal(100, name.Length);
        Assert.Equal(name, Identifier.ToPascal(text));
        Assert.Matches("^(Segment)+_[0-9a-f]{8}$", name);
        Assert.NotEqual(name, Identifier.ToPascal(text + "x"));
    }

    [Theory]
    [InlineData("Acme.Api", true)]
    [InlineData("ActiveProspect.TrustedForm.V4", true)]
    [InlineData("My.2Pets", false)]
    [InlineData("Acme.class", false)]
    [InlineData("Acme..Api", false)]
    [InlineData("", false)]
    public void IsValidNamespace_accepts_dotted_identifiers_only(string text, bool expected) =>
        Assert.Equal(expected, Identifier.IsValidNamespace(text));
}
