using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace OpenApiClientGenerator.Tests.Infrastructure;

/// <summary>Runs the generator in memory, as the compiler would, against .NET 10 reference assemblies plus the Runtime.</summary>
internal static class GeneratorHarness
{
    // Documentation comments are parsed and checked, as in a project with GenerateDocumentationFile (CS1570-CS1574 show up).
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp14, DocumentationMode.Diagnose);

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(() =>
        [
            .. Basic.Reference.Assemblies.Net100.References.All,
            MetadataReference.CreateFromFile(typeof(global::OpenApiClientGenerator.Runtime.ApiClientCore).Assembly.Location),
        ]);

    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    /// <summary>Options of the consuming project: nullable on, warnings reported as errors, CS1701/CS1702 suppressed as the SDK does.</summary>
    public static CSharpCompilationOptions StrictOptions { get; } = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            generalDiagnosticOption: ReportDiagnostic.Error,
            specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic>
            {
                ["CS1701"] = ReportDiagnostic.Suppress,
                ["CS1702"] = ReportDiagnostic.Suppress,
            })
        .WithDeterministic(true);

    /// <summary>Options that keep every diagnostic at its own severity (so a warning stays a warning).</summary>
    public static CSharpCompilationOptions DefaultOptions { get; } = StrictOptions.WithGeneralDiagnosticOption(ReportDiagnostic.Default);

    public static CSharpCompilation CreateCompilation(params string[] sources) => CreateCompilation(DefaultOptions, sources);

    public static CSharpCompilation CreateCompilation(CSharpCompilationOptions options, params string[] sources) =>
        CSharpCompilation.Create(
            "TestProject",
            sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"/project/Source{index}.cs")),
            References,
            options);

    public static GeneratorDriver CreateDriver(IEnumerable<SpecFile> specs, bool trackSteps = false)
    {
        var list = specs.ToList();
        return CSharpGeneratorDriver.Create(
            [new global::OpenApiClientGenerator.OpenApiClientGenerator().AsSourceGenerator()],
            list.Select(ToAdditionalText),
            ParseOptions,
            TestAnalyzerConfigOptionsProvider.For(list),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    public static AdditionalText ToAdditionalText(SpecFile spec) => new InMemoryAdditionalText(spec.Path, spec.Text);

    /// <summary>Runs the generator once over <paramref name="specs"/> and compiles the result.</summary>
    public static GeneratorRun Run(params SpecFile[] specs) => Run(specs, CreateCompilation());

    public static GeneratorRun Run(IEnumerable<SpecFile> specs, CSharpCompilation compilation)
    {
        var list = specs.ToList();
        var driver = CreateDriver(list).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _, TestContext.Current.CancellationToken);
        return new GeneratorRun(list, driver.GetRunResult().Results.Single(), output);
    }
}
