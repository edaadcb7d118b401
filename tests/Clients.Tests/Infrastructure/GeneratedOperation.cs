using System.Reflection;
using OpenApiClientGenerator.Runtime;

namespace Clients.Tests.Infrastructure;

/// <summary>A generated method, the attribute that maps it to the spec, and how to reach it from the root client.</summary>
internal sealed record GeneratedOperation(Type RootClient, PropertyInfo? Group, MethodInfo Method, OpenApiOperationAttribute Attribute)
{
    public object Target(object rootClient) => Group is null ? rootClient : Group.GetValue(rootClient)!;
}
