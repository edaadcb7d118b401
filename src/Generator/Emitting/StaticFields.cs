using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using OpenApiClientGenerator.Emitting.Views;
using OpenApiClientGenerator.Helpers;
using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Emitting;

/// <summary>
/// The static readonly fields of one generated class: codecs built at run time (lists, maps, nullable
/// wrappers), string arrays, security requirements and error tables. Equal expressions share one field.
/// </summary>
internal sealed class StaticFields
{
    private readonly CSharpTypes _types;
    private readonly Dictionary<string, string> _byExpression = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, int> _counters = new(System.StringComparer.Ordinal);

    public StaticFields(CSharpTypes types) => _types = types;

    public List<StaticFieldView> Fields { get; } = new();

    /// <summary>The codec for <paramref name="type"/>: a field name when composite, the expression otherwise.</summary>
    public string For(TypeRef type)
    {
        var expression = _types.Codec(type);
        return CSharpTypes.IsComposite(expression) ? Shared(_types.CodecType(type), expression, "s_codec") : expression;
    }

    /// <summary>The name of a field of <paramref name="type"/> initialized with <paramref name="expression"/>.</summary>
    public string Shared(string type, string expression, string prefix)
    {
        if (_byExpression.TryGetValue(expression, out var existing))
        {
            return existing;
        }

        _counters.TryGetValue(prefix, out var count);
        _counters[prefix] = count + 1;
        var name = prefix + count.ToString(CultureInfo.InvariantCulture);
        Fields.Add(new StaticFieldView { Type = type, Name = name, Expression = expression });
        _byExpression[expression] = name;
        return name;
    }
}
