using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace OpenApiClientGenerator.Tests.Infrastructure;

/// <summary>
/// Walks a pipeline value (fields, properties, collections, EquatableArray) and lists anything that must not be
/// cached between runs: compiler objects that pin a compilation or have no value equality, and Microsoft.OpenApi types.
/// </summary>
internal sealed class ForbiddenValueWalker
{
    private static readonly Type[] ForbiddenTypes =
    [
        typeof(Microsoft.CodeAnalysis.Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree),
        typeof(SourceText), typeof(AdditionalText), typeof(Location),
    ];

    private const string OpenApiAssembly = "Microsoft.OpenApi";

    private readonly HashSet<object> _visited = new(ReferenceEqualityComparer.Instance);
    private readonly List<string> _problems = [];

    public IReadOnlyList<string> Problems => _problems;

    /// <summary>The types of every value walked, so a test can check that the walk reached the models.</summary>
    public HashSet<Type> VisitedTypes { get; } = [];

    public void Walk(object? value, string path)
    {
        if (value is null || value is string || value is Pointer)
        {
            return;
        }

        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || value is decimal || value is Type || value is Delegate)
        {
            return;
        }

        if (!type.IsValueType && !_visited.Add(value))
        {
            return;
        }

        VisitedTypes.Add(type);
        if (ForbiddenTypes.FirstOrDefault(forbidden => forbidden.IsAssignableFrom(type)) is { } hit)
        {
            _problems.Add($"{path}: {type.FullName} (a {hit.Name})");
            return;
        }

        if (type.Assembly.GetName().Name == OpenApiAssembly)
        {
            _problems.Add($"{path}: {type.FullName} (from {OpenApiAssembly})");
            return;
        }

        if (value is IEnumerable items && !IsDefaultImmutableArray(value, type))
        {
            var index = 0;
            foreach (var item in items)
            {
                Walk(item, $"{path}[{index++}]");
            }
        }

        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                Walk(field.GetValue(value), path + "." + field.Name);
            }

            foreach (var property in current.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (property.GetIndexParameters().Length == 0 && property.GetMethod is not null && !IsIndexerLike(property))
                {
                    Walk(SafeGet(property, value), path + "." + property.Name);
                }
            }
        }
    }

    private static bool IsDefaultImmutableArray(object value, Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>)
        && (bool)type.GetProperty(nameof(System.Collections.Immutable.ImmutableArray<int>.IsDefault))!.GetValue(value)!;

    private static bool IsIndexerLike(PropertyInfo property) => property.Name is "Item" or "SyncRoot";

    private static object? SafeGet(PropertyInfo property, object value)
    {
        try
        {
            return property.GetValue(value);
        }
        catch (TargetInvocationException)
        {
            return null;
        }
    }
}
