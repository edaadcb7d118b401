using System;

namespace OpenApiClientGenerator.Runtime;

/// <summary>Marks a generated client class with the spec it was generated from.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Interface, Inherited = false)]
public sealed class OpenApiClientAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public OpenApiClientAttribute(string title, string version, string specFileName)
    {
        Title = title;
        Version = version;
        SpecFileName = specFileName;
    }

    /// <summary>The spec's <c>info.title</c>.</summary>
    public string Title { get; }

    /// <summary>The spec's <c>info.version</c>.</summary>
    public string Version { get; }

    /// <summary>The spec file's name (without its folder).</summary>
    public string SpecFileName { get; }
}
