using Clients.Tests.Infrastructure;
using TestApis.Orders;
using Xunit;

namespace Clients.Tests.RealWorld;

/// <summary>A $ref into another spec item of the project is resolved from that item; its schemas become types.</summary>
public sealed class MultiFileSpecTests
{
    [Fact]
    public async Task Types_from_a_referenced_spec_item_are_generated_and_used()
    {
        var client = OrdersTestApiClientMockHandler.CreateClient(out var handler);

        var order = await client.GetOrderAsync("o-1");

        Assert.IsType<Order>(order);
        Assert.NotEmpty(order.Lines);
        Assert.IsType<OrderLine>(order.Lines[0]);
        Assert.Equal("/orders/o-1", handler.Requests.Single().Uri.AbsolutePath);
    }

    [Fact]
    public void A_components_only_spec_item_gives_models_but_no_client()
    {
        var shared = typeof(TestApis.Shared.Order).Assembly.GetTypes().Where(type => type.Namespace == "TestApis.Shared").Select(type => type.Name).ToList();

        Assert.Contains("Order", shared);
        Assert.DoesNotContain(shared, name => name.EndsWith("Client", StringComparison.Ordinal));
    }
}
