using Microsoft.CodeAnalysis;
using OpenApiClientGenerator.Pipeline;

namespace OpenApiClientGenerator.Tests.Infrastructure;

/// <summary>Reads the named steps of a run (driver created with <c>trackIncrementalGeneratorSteps: true</c>).</summary>
internal static class TrackedSteps
{
    public const string Shared = "(shared)";

    /// <summary>The pipeline order of the tracking names, for readable reports.</summary>
    public static IReadOnlyList<string> Order { get; } =
    [
        TrackingNames.SpecInputs, TrackingNames.SpecBundles, TrackingNames.ParsedSpecs, TrackingNames.SpecDiagnostics, TrackingNames.SpecModels,
        TrackingNames.TargetFeatures, TrackingNames.GeneratedSources, TrackingNames.ClientKeys,
    ];

    /// <summary>
    /// Every output of every step named in <c>TrackingNames</c> (Roslyn's own input steps are left out), attributed to
    /// the spec whose <c>SpecInput</c> it descends from.
    /// </summary>
    public static IReadOnlyList<StepOutcome> Outcomes(GeneratorRunResult result)
    {
        var outcomes = new List<StepOutcome>();
        foreach (var pair in result.TrackedSteps.Where(pair => Order.Contains(pair.Key)))
        {
            foreach (var step in pair.Value)
            {
                var spec = SpecOf(step);
                outcomes.AddRange(step.Outputs.Select(output => new StepOutcome(pair.Key, SpecOfValue(output.Value) ?? spec, output.Reason)));
            }
        }

        return outcomes
            .OrderBy(outcome => IndexOf(outcome.Step))
            .ThenBy(outcome => outcome.Spec, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>One line per step and spec: <c>ParsedSpecs  trustedform_v2.yaml  Modified</c>.</summary>
    public static string Format(IEnumerable<StepOutcome> outcomes) =>
        string.Join(
            "\n",
            outcomes
                .GroupBy(outcome => (outcome.Step, outcome.Spec))
                .Select(group => $"  {group.Key.Step,-17} {group.Key.Spec,-22} {string.Join(", ", group.Select(outcome => outcome.Reason))}"));

    private static int IndexOf(string step) => Order.ToList().IndexOf(step);

    /// <summary>
    /// The spec a step output belongs to, read from the output itself. Needed since specs are bundled with the
    /// specs they reference: that step combines every input, so walking inputs would call everything shared.
    /// </summary>
    private static string? SpecOfValue(object? value) => value switch
    {
        SpecInput input => input.FileName,
        SpecBundle bundle => bundle.Main.FileName,
        null => null,

        // ParsedSpec, SpecDiagnosticSet, SpecModel and the rendered sources all name their spec file.
        _ => value.GetType().GetProperty("SpecFileName")?.GetValue(value) as string,
    };

    private static string SpecOf(IncrementalGeneratorRunStep step)
    {
        var specs = new SortedSet<string>(StringComparer.Ordinal);
        Collect(step, specs, new HashSet<IncrementalGeneratorRunStep>(ReferenceEqualityComparer.Instance));
        return specs.Count == 1 ? specs.Min! : Shared;
    }

    private static void Collect(IncrementalGeneratorRunStep step, SortedSet<string> specs, HashSet<IncrementalGeneratorRunStep> seen)
    {
        if (!seen.Add(step))
        {
            return;
        }

        var found = false;
        foreach (var output in step.Outputs)
        {
            if (output.Value is SpecInput input)
            {
                specs.Add(input.FileName);
                found = true;
            }
        }

        if (found)
        {
            return;
        }

        foreach (var input in step.Inputs)
        {
            Collect(input.Source, specs, seen);
        }
    }
}
