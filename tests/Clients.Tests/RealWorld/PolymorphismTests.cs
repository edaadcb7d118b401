using System.Text.Json;
using Clients.Tests.Infrastructure;
using OpenApiClientGenerator.Runtime;
using TestApis.Polymorphism;
using TestApis.Polymorphism.Serialization;
using Xunit;

namespace Clients.Tests.RealWorld;

/// <summary>allOf, oneOf/anyOf with and without discriminators, nullable unions and "not" round-trip through the generated converters.</summary>
public sealed class PolymorphismTests
{
    [Fact]
    public void AllOf_inheritance_reads_each_pet_as_its_own_type_and_writes_it_back()
    {
        const string json = """
            [
              {"petType":"dog","name":"Rex","bark":"woof"},
              {"petType":"kitty","name":"Tom","lives":9},
              {"petType":"Lizard","name":"Liz","scales":true},
              {"petType":"dragon","name":"Smaug","fire":true}
            ]
            """;

        var pets = JsonCodecs.Deserialize(json, JsonCodecs.ListOf(PetJsonConverter.Instance));

        Assert.Equal("woof", Assert.IsType<Dog>(pets[0]).Bark);
        Assert.Equal(9, Assert.IsType<Cat>(pets[1]).Lives);
        Assert.True(Assert.IsType<Lizard>(pets[2]).Scales);
        var unknown = Assert.IsType<Pet>(pets[3]);
        Assert.Equal("dragon", unknown.PetType);
        Assert.Equal("true", unknown.AdditionalProperties!["fire"]!.ToJsonString());
        JsonAssert.Equivalent(json, JsonCodecs.ToJsonString(pets, JsonCodecs.ListOf(PetJsonConverter.Instance)));
    }

    [Fact]
    public void A_derived_type_is_assignable_to_its_base_and_serializes_as_itself()
    {
        Pet pet = new Dog { PetType = "dog", Name = "Rex", Bark = "woof" };

        var json = JsonSerializer.Serialize(pet);

        JsonAssert.Equivalent("""{"petType":"dog","name":"Rex","bark":"woof"}""", json);
    }

    [Fact]
    public void AllOf_mixins_are_flattened_into_one_type()
    {
        const string json = """{"name":"Spec","pages":12,"createdAt":"2024-01-02T03:04:05Z"}""";

        var document = JsonSerializer.Deserialize<Document>(json)!;

        Assert.Equal("Spec", document.Name);
        Assert.Equal(12, document.Pages);
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), document.CreatedAt);
        JsonAssert.Equivalent(json, JsonSerializer.Serialize(document));
    }

    [Theory]
    [InlineData("""{"kind":"circle","radius":1.5}""", typeof(Circle))]
    [InlineData("""{"kind":"sq","side":2}""", typeof(Square))]
    [InlineData("""{"kind":"Triangle","a":3,"b":4,"c":5}""", typeof(Triangle))]
    public void OneOf_with_discriminator_picks_the_mapped_variant(string json, Type expected)
    {
        var shape = JsonCodecs.Deserialize(json, ShapeJsonConverter.Instance);

        Assert.IsType(expected, shape.Value);
        JsonAssert.Equivalent(json, JsonCodecs.ToJsonString(shape, ShapeJsonConverter.Instance));
    }

    [Fact]
    public void An_unknown_discriminator_value_keeps_the_raw_payload()
    {
        const string json = """{"kind":"hexagon","side":1,"extra":{"deep":[1,2]}}""";

        var shape = JsonCodecs.Deserialize(json, ShapeJsonConverter.Instance);

        Assert.Null(shape.Value);
        Assert.Null(shape.Circle);
        Assert.Equal(JsonValueKind.Object, shape.Raw!.Value.ValueKind);
        JsonAssert.Equivalent(json, JsonCodecs.ToJsonString(shape, ShapeJsonConverter.Instance));
    }

    [Fact]
    public void A_union_built_in_code_writes_its_variant()
    {
        Shape shape = new Circle { Kind = "circle", Radius = 2 };

        JsonAssert.Equivalent("""{"kind":"circle","radius":2}""", JsonCodecs.ToJsonString(shape, ShapeJsonConverter.Instance));
        Assert.Null(shape.Raw);
    }

    [Theory]
    [InlineData("\"ada@example.com\"", "String")]
    [InlineData("42", "Int64")]
    [InlineData("""["a","b"]""", "StringList")]
    [InlineData("""{"address":"ada@example.com","verified":true}""", "Email")]
    [InlineData("""{"number":"+15125550100","country":"US"}""", "Phone")]
    public void OneOf_without_discriminator_picks_the_variant_by_shape_and_properties(string json, string variant)
    {
        var contact = JsonCodecs.Deserialize(json, ContactJsonConverter.Instance);

        Assert.NotNull(typeof(Contact).GetProperty(variant)!.GetValue(contact));
        JsonAssert.Equivalent(json, JsonCodecs.ToJsonString(contact, ContactJsonConverter.Instance));
    }

    [Theory]
    [InlineData("true")]
    [InlineData("""{"fax":"123"}""")]
    public void A_value_no_variant_fits_is_kept_raw(string json)
    {
        var contact = JsonCodecs.Deserialize(json, ContactJsonConverter.Instance);

        Assert.Null(contact.Value);
        JsonAssert.Equivalent(json, JsonCodecs.ToJsonString(contact, ContactJsonConverter.Instance));
    }

    [Fact]
    public void AnyOf_objects_become_one_type_with_every_property()
    {
        var filter = JsonSerializer.Deserialize<Filter>("""{"phone":"5125550100"}""")!;

        Assert.Equal("5125550100", filter.Phone);
        Assert.Null(filter.Email);
    }

    [Fact]
    public void Nullable_unions_and_not_round_trip()
    {
        const string json = """{"maybeEmail":{"address":"a@b.c"},"maybeContact":"x","notAString":5}""";

        var holder = JsonSerializer.Deserialize<Holder>(json)!;
        var empty = JsonSerializer.Deserialize<Holder>("""{"maybeEmail":null,"maybeContact":null}""")!;

        Assert.Equal("a@b.c", holder.MaybeEmail!.Address);
        Assert.Equal("x", holder.MaybeContact!.String);
        Assert.Equal(5, holder.NotAString!.GetValue<int>());
        Assert.Null(empty.MaybeEmail);
        Assert.Null(empty.MaybeContact);
        JsonAssert.Equivalent(json, JsonSerializer.Serialize(holder));
    }

    [Fact]
    public async Task The_client_sends_and_reads_unions()
    {
        var client = PolymorphismTestApiClientMockHandler.CreateClient(out var handler);

        var drawn = await client.DrawShapeAsync(new Square { Kind = "sq", Side = 3 });

        JsonAssert.Equivalent("""{"kind":"sq","side":3}""", handler.Requests.Single().Body!);
        Assert.NotNull(drawn);
    }
}
