using System;

namespace OpenApiClientGenerator.Runtime;

/// <summary>Marks a parameter of a generated method with the spec parameter it carries.</summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false, AllowMultiple = false)]
public sealed class OpenApiParameterAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="name">The parameter's name on the wire, exactly as in the spec (<c>body</c> for the request body).</param>
    /// <param name="location"><c>path</c>, <c>query</c>, <c>header</c>, <c>cookie</c> or <c>body</c>.</param>
    public OpenApiParameterAttribute(string name, string location)
    {
        Name = name;
        Location = location;
    }

    /// <summary>The name on the wire.</summary>
    public string Name { get; }

    /// <summary>Where the value goes.</summary>
    public string Location { get; }
}
