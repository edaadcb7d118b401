using System;
using System.Collections.Generic;

namespace OpenApiClientGenerator.Runtime;

/// <summary>What a union variant looks like in JSON, for choosing a variant without a discriminator.</summary>
public sealed class UnionVariantShape
{
    private readonly HashSet<string> _known;

    /// <summary>Creates a variant description.</summary>
    /// <param name="shape">The JSON shape it accepts.</param>
    /// <param name="requiredProperties">Properties an object must have.</param>
    /// <param name="knownProperties">Every property the variant declares.</param>
    /// <param name="constants">Properties with a single allowed value, as name/value pairs.</param>
    public UnionVariantShape(JsonShape shape, string[] requiredProperties, string[] knownProperties, params string[] constants)
    {
        Shape = shape;
        RequiredProperties = requiredProperties;
        KnownProperties = knownProperties;
        _known = new HashSet<string>(knownProperties, StringComparer.Ordinal);
        var pairs = new List<KeyValuePair<string, string>>();
        for (var i = 0; i + 1 < constants.Length; i += 2)
        {
            pairs.Add(new KeyValuePair<string, string>(constants[i], constants[i + 1]));
        }

        Constants = pairs;
    }

    /// <summary>The JSON shape it accepts.</summary>
    public JsonShape Shape { get; }

    /// <summary>Properties an object must have.</summary>
    public IReadOnlyList<string> RequiredProperties { get; }

    /// <summary>Every property the variant declares.</summary>
    public IReadOnlyList<string> KnownProperties { get; }

    /// <summary>Properties with a single allowed value.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Constants { get; }

    internal bool Knows(string property) => _known.Contains(property);
}
