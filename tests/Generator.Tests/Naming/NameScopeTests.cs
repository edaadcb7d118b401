using OpenApiClientGenerator.Naming;

namespace OpenApiClientGenerator.Tests.Naming;

/// <summary>Unique names within one C# scope (<c>Naming/NameScope.cs</c>).</summary>
public sealed class NameScopeTests
{
    [Fact]
    public void A_taken_name_gets_a_number()
    {
        var scope = new NameScope();

        Assert.Equal("Pet", scope.Claim("Pet"));
        Assert.Equal("Pet2", scope.Claim("Pet"));
        Assert.Equal("Pet3", scope.Claim("Pet"));
    }

    [Fact]
    public void Names_differing_only_by_case_stay_unique_in_a_case_insensitive_scope()
    {
        var scope = new NameScope(ignoreCase: true);

        var first = scope.Claim(Identifier.ToPascal("id"), "Value");
        var second = scope.Claim(Identifier.ToPascal("ID"), "Value");
        var third = scope.Claim(Identifier.ToPascal("Id"), "Value");

        // "ID" stays "ID" (two-letter acronyms keep their case), so the clash is found ignoring case.
        Assert.Equal(["Id", "IDValue", "IdValue2"], new[] { first, second, third });
    }

    [Fact]
    public void An_ordinal_scope_keeps_names_that_differ_by_case()
    {
        var scope = new NameScope(ignoreCase: false);

        Assert.Equal("pet", scope.Claim("pet"));
        Assert.Equal("Pet", scope.Claim("Pet"));
    }

    [Fact]
    public void A_name_ending_in_a_digit_gets_an_underscore_before_its_number()
    {
        var scope = new NameScope();

        Assert.Equal("EtcGmt0", scope.Claim("EtcGmt0"));
        Assert.Equal("EtcGmt0_2", scope.Claim("EtcGmt0"));
    }

    [Fact]
    public void Reserved_and_escaped_names_count_as_taken()
    {
        var scope = new NameScope(ignoreCase: true, ["PetsClient", "@class"]);

        Assert.True(scope.IsTaken("petsclient"));
        Assert.Equal("PetsClientGroup", scope.Claim("PetsClient", "Group"));
        Assert.Equal("class2", scope.Claim("class"));
        Assert.Equal("@event", scope.Claim("@event"));
        Assert.True(scope.IsTaken("event"));
    }
}
