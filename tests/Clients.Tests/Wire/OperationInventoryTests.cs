using Clients.Tests.Infrastructure;
using Xunit;

namespace Clients.Tests.Wire;

/// <summary>Every operation of every bundled spec has exactly one generated method that names it.</summary>
public sealed class OperationInventoryTests
{
    [Fact]
    public void Every_bundled_operation_has_exactly_one_method()
    {
        var missing = new List<string>();
        var duplicated = new List<string>();
        foreach (var operation in BundledSpecs.Operations)
        {
            var matches = GeneratedClients.Operations(operation.SpecFile)
                .Where(generated => generated.Attribute.ResponseMediaType is null
                    && generated.Attribute.OperationId == operation.OperationId
                    && generated.Attribute.Method == operation.Method
                    && generated.Attribute.Path == operation.Path)
                .ToList();
            if (matches.Count == 0)
            {
                missing.Add(operation.ToString());
            }
            else if (matches.Count > 1)
            {
                duplicated.Add(operation + " -> " + string.Join(", ", matches.Select(match => match.Method.Name)));
            }
        }

        Assert.Empty(missing);
        Assert.Empty(duplicated);
    }

    [Fact]
    public void No_generated_method_lacks_a_spec_operation()
    {
        foreach (var file in BundledSpecs.Files)
        {
            var declared = BundledSpecs.Operations.Where(operation => operation.SpecFile == file)
                .Select(operation => (operation.OperationId, operation.Method, operation.Path))
                .ToHashSet();
            var generated = GeneratedClients.Operations(file)
                .Select(operation => (operation.Attribute.OperationId, operation.Attribute.Method, operation.Attribute.Path))
                .ToHashSet();
            Assert.Subset(declared, generated);
        }
    }

    [Fact]
    public void Generated_operation_counts_equal_the_spec_counts()
    {
        // Counted from the spec files by Microsoft.OpenApi, independently of the generator (91 at the time of writing).
        foreach (var file in BundledSpecs.Files)
        {
            var declared = BundledSpecs.Operations.Count(operation => operation.SpecFile == file);
            var generated = GeneratedClients.Operations(file).Count(operation => operation.Attribute.ResponseMediaType is null);
            Assert.True(declared > 0, file + " declares no operation");
            Assert.Equal(declared, generated);
        }

        Assert.Equal(BundledSpecs.Operations.Count, BundledSpecs.Files.Sum(file => GeneratedClients.Operations(file).Count(operation => operation.Attribute.ResponseMediaType is null)));
    }
}
