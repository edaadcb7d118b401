using OpenApiClientGenerator.Naming;
using OpenApiClientGenerator.Parsing;

namespace OpenApiClientGenerator.Tests.Naming;

/// <summary>Method names from operationIds (<c>Parsing/OperationNamer.cs</c>).</summary>
public sealed class OperationNamerTests
{
    [Theory]
    [InlineData("ClaimerWeb.ClaimController.runOperations", "RunOperations")]
    [InlineData("listFlows", "ListFlows")]
    [InlineData("get_pet_by_id", "GetPetById")]
    [InlineData("Pets.", "Pets")]
    public void FullName_is_the_last_dotted_segment_in_PascalCase(string operationId, string expected) =>
        Assert.Equal(expected, OperationNamer.FullName(operationId));

    [Theory]
    [InlineData("GET", "/pets/{petId}", "getPetsByPetId")]
    [InlineData("POST", "/pets", "postPets")]
    [InlineData("DELETE", "/stores/{store_id}/orders/{orderId}", "deleteStoresByStoreIdOrdersByOrderId")]
    public void DeriveOperationId_names_an_operation_without_one(string method, string path, string expected) =>
        Assert.Equal(expected, OperationNamer.DeriveOperationId(method, path));

    [Fact]
    public void The_group_noun_is_dropped_unless_that_makes_two_names_equal()
    {
        var names = OperationNamer.Name<string>([("a", "listFlows"), ("b", "getFlow"), ("c", "deleteFlows")], "Flows", new NameScope(ignoreCase: true));

        Assert.Equal("ListAsync", names["a"]);
        Assert.Equal("GetAsync", names["b"]);
        Assert.Equal("DeleteAsync", names["c"]);
    }

    [Fact]
    public void Stripping_that_would_clash_keeps_the_full_names()
    {
        var names = OperationNamer.Name<string>([("a", "getFlow"), ("b", "getFlows")], "Flows", new NameScope(ignoreCase: true));

        Assert.Equal("GetFlowAsync", names["a"]);
        Assert.Equal("GetFlowsAsync", names["b"]);
    }

    [Fact]
    public void Dotted_ids_whose_last_segments_clash_get_distinct_names()
    {
        var names = OperationNamer.Name<string>(
            [("a", "ClaimerWeb.ClaimController.runOperations"), ("b", "ClaimerWeb.InsightsController.runOperations")],
            tag: null,
            new NameScope(ignoreCase: true));

        Assert.NotEqual(names["a"], names["b"], StringComparer.OrdinalIgnoreCase);
        Assert.Equal("ClaimerWebClaimControllerRunOperationsAsync", names["a"]);
    }

    [Fact]
    public void Dotted_ids_whose_last_segments_clash_all_keep_their_whole_id()
    {
        var names = OperationNamer.Name<string>(
            [("a", "ClaimerWeb.ClaimController.runOperations"), ("b", "ClaimerWeb.InsightsController.runOperations")],
            tag: null,
            new NameScope(ignoreCase: true));

        Assert.Equal("ClaimerWebClaimControllerRunOperationsAsync", names["a"]);
        Assert.Equal("ClaimerWebInsightsControllerRunOperationsAsync", names["b"]);
    }

    [Fact]
    public void OperationIds_differing_only_by_case_get_distinct_methods()
    {
        var names = OperationNamer.Name<string>([("a", "getPet"), ("b", "GetPet")], tag: null, new NameScope(ignoreCase: true));

        Assert.NotEqual(names["a"], names["b"], StringComparer.OrdinalIgnoreCase);
        Assert.StartsWith("GetPet", names["a"], StringComparison.Ordinal);
        Assert.StartsWith("GetPet", names["b"], StringComparison.Ordinal);
    }
}
