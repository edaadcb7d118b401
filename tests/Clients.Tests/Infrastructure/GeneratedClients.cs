using System.Reflection;
using OpenApiClientGenerator.Runtime;

namespace Clients.Tests.Infrastructure;

/// <summary>Finds the clients the generator compiled into this test assembly, by the spec file they came from.</summary>
internal static class GeneratedClients
{
    private static readonly Type[] Types = typeof(GeneratedClients).Assembly.GetTypes();

    public static Type RootClient(string specFile) =>
        Types.Single(type => type.GetCustomAttribute<OpenApiClientAttribute>()?.SpecFileName == specFile);

    /// <summary>Every method that carries <see cref="OpenApiOperationAttribute"/>, on the root client and its tag sub-clients.</summary>
    public static IReadOnlyList<GeneratedOperation> Operations(string specFile)
    {
        var root = RootClient(specFile);
        var result = new List<GeneratedOperation>();
        Collect(root, null);
        foreach (var property in root.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var implementation = Types.SingleOrDefault(type => type.IsClass && property.PropertyType.IsAssignableFrom(type) && type.Namespace == root.Namespace);
            if (property.PropertyType.IsInterface && implementation is not null)
            {
                Collect(implementation, property);
            }
        }

        return result;

        void Collect(Type type, PropertyInfo? group)
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                if (method.GetCustomAttribute<OpenApiOperationAttribute>() is { } attribute)
                {
                    result.Add(new GeneratedOperation(root, group, method, attribute));
                }
            }
        }
    }

    /// <summary>Creates the root client on <paramref name="handler"/> with the given credentials.</summary>
    public static object Create(string specFile, HttpMessageHandler handler, BasicCredentials? credentials = null, Uri? baseAddress = null)
    {
        var root = RootClient(specFile);
        var constructor = root.GetConstructors().Single(candidate => candidate.GetParameters().Length == 2 && candidate.GetParameters()[0].ParameterType == typeof(HttpClient));
        var options = (ApiClientOptions)Activator.CreateInstance(constructor.GetParameters()[1].ParameterType)!;
        options.Basic = credentials;
        options.BaseAddress = baseAddress;
        return constructor.Invoke(new object?[] { new HttpClient(handler), options });
    }

    /// <summary>The generated mock handler of a spec (a new instance).</summary>
    public static MockHttpHandler Mock(string specFile)
    {
        var root = RootClient(specFile);
        var mock = Types.Single(type => type.Name == root.Name + "MockHandler" && type.Namespace == root.Namespace);
        return (MockHttpHandler)Activator.CreateInstance(mock)!;
    }
}
