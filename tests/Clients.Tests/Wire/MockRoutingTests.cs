using Clients.Tests.Infrastructure;
using OpenApiClientGenerator.Runtime;
using Xunit;

namespace Clients.Tests.Wire;

/// <summary>The generated mock handler routes every bundled operation to its own canned answer.</summary>
public sealed class MockRoutingTests
{
    [Theory]
    [MemberData(nameof(OperationWireTests.Operations), MemberType = typeof(OperationWireTests))]
    public async Task Every_operation_reaches_its_route_and_gets_its_example(string specFile, string method, string path)
    {
        var generated = GeneratedClients.Operations(specFile).Single(candidate =>
            candidate.Attribute.ResponseMediaType is null && candidate.Attribute.Method == method && candidate.Attribute.Path == path);
        var mock = GeneratedClients.Mock(specFile);
        var route = mock.Routes.Single(candidate => candidate.OperationId == generated.Attribute.OperationId && candidate.Method == method && candidate.PathTemplate == path);
        var client = GeneratedClients.Create(specFile, mock, BasicCredentials.ForApiKey("k"));

        var task = (Task)generated.Method.Invoke(generated.Target(client), ArgumentFactory.Build(generated.Method, route, out _))!;
        await task;

        var routedTo = mock.Requests.Single().OperationId;

        // Two operations whose method and path template only differ in a parameter name cannot be told apart by
        // any server (TrustedForm v3: POST /{cert_id} and POST /{cert_id_}); the first one listed answers.
        var twins = mock.Routes.Where(candidate => candidate.Method == method && SameShape(candidate.PathTemplate, path)).Select(candidate => candidate.OperationId).ToList();
        Assert.Equal(twins.Count == 1 ? generated.Attribute.OperationId : twins.Intersect(new[] { routedTo! }).Single(), routedTo);
    }

    private static bool SameShape(string left, string right) => Shape(left) == Shape(right);

    private static string Shape(string template) =>
        System.Text.RegularExpressions.Regex.Replace(template, "\\{[^}]*\\}", "{}");
}
