using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace OpenApiClientGenerator.Parsing;

/// <summary>A diagnostic found while reading a spec, located by JSON pointer until positions are resolved.</summary>
internal readonly struct PendingDiagnostic
{
    public PendingDiagnostic(DiagnosticDescriptor descriptor, string pointer, string[] arguments)
    {
        Descriptor = descriptor;
        Pointer = pointer;
        Arguments = arguments;
    }

    public DiagnosticDescriptor Descriptor { get; }

    public string Pointer { get; }

    public string[] Arguments { get; }
}

/// <summary>Collects diagnostics during mapping; each (id, pointer, message) is reported once.</summary>
internal sealed class DiagnosticCollector
{
    private readonly List<PendingDiagnostic> _items = new();
    private readonly HashSet<string> _seen = new(System.StringComparer.Ordinal);

    public IReadOnlyList<PendingDiagnostic> Items => _items;

    public bool HasErrors { get; private set; }

    public void Add(DiagnosticDescriptor descriptor, string pointer, params string[] arguments)
    {
        var key = descriptor.Id + "|" + pointer + "|" + string.Join("|", arguments);
        if (!_seen.Add(key))
        {
            return;
        }

        HasErrors |= descriptor.DefaultSeverity == DiagnosticSeverity.Error;
        _items.Add(new PendingDiagnostic(descriptor, pointer, arguments));
    }

    /// <summary>Reports a descriptor once per spec whatever the pointer (for "unknown format" style notes).</summary>
    public void AddOnce(string onceKey, DiagnosticDescriptor descriptor, string pointer, params string[] arguments)
    {
        if (_seen.Add("once|" + onceKey))
        {
            Add(descriptor, pointer, arguments);
        }
    }
}
