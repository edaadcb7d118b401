using Microsoft.CodeAnalysis;
using OpenApiClientGenerator.Pipeline;
using OpenApiClientGenerator.Tests.Infrastructure;

namespace OpenApiClientGenerator.Tests.Caching;

/// <summary>
/// STYLE.md §11: what a second run recomputes. Each scenario prints its step/spec/reason table to the test output.
/// Uses three bundled specs (LeadConduit, the largest, adds time but nothing new here).
/// </summary>
public sealed class IncrementalCachingTests(ITestOutputHelper output)
{
    private const string V4 = BundledSpecs.TrustedFormV4;
    private const string V3 = BundledSpecs.TrustedFormV3;
    private const string V2 = BundledSpecs.TrustedFormV2;

    private static readonly IncrementalStepRunReason[] Reused = [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged];

    private static readonly string[] PerSpecSteps =
    [
        TrackingNames.SpecInputs, TrackingNames.SpecBundles, TrackingNames.ParsedSpecs, TrackingNames.SpecDiagnostics, TrackingNames.SpecModels, TrackingNames.GeneratedSources,
    ];

    private static CachingScenario NewScenario() =>
        new(BundledSpecs.Load(V4), BundledSpecs.Load(V3), BundledSpecs.Load(V2));

    [Fact]
    public void First_run_tracks_every_step_of_every_spec()
    {
        var scenario = NewScenario();

        var outcomes = TrackedSteps.Outcomes(scenario.FirstRun);
        Report("first run", outcomes);

        foreach (var spec in new[] { V4, V3, V2 })
        {
            foreach (var step in PerSpecSteps)
            {
                Assert.Contains(outcomes, outcome => outcome.Step == step && outcome.Spec == spec && outcome.Reason == IncrementalStepRunReason.New);
            }
        }

        Assert.Contains(outcomes, outcome => outcome.Step == TrackingNames.TargetFeatures && outcome.Reason == IncrementalStepRunReason.New);
        Assert.Contains(outcomes, outcome => outcome.Step == TrackingNames.ClientKeys && outcome.Reason == IncrementalStepRunReason.New);
    }

    [Fact]
    public void A_second_run_without_changes_reuses_everything()
    {
        var scenario = NewScenario();

        var outcomes = scenario.RunAgain();
        Report("(a) second run, no change", outcomes);

        AssertAllReused(outcomes, _ => true);
    }

    [Fact]
    public void An_unrelated_csharp_file_recomputes_nothing_but_the_target_features()
    {
        var scenario = NewScenario();
        scenario.AddSyntaxTree("namespace App; public sealed class Unrelated { public int Value { get; set; } }");

        var outcomes = scenario.RunAgain();
        Report("(b) unrelated C# file added", outcomes);

        AssertAllReused(outcomes, _ => true);
        Assert.Contains(outcomes, outcome => outcome.Step == TrackingNames.TargetFeatures && outcome.Reason == IncrementalStepRunReason.Unchanged);

        scenario.AddSyntaxTree("namespace App; public sealed class Unrelated2 { }");
        var edited = scenario.RunAgain();
        Report("(b) a second unrelated C# file added", edited);
        AssertAllReused(edited, _ => true);
    }

    [Fact]
    public void A_real_change_to_another_spec_leaves_the_untouched_specs_cached()
    {
        var scenario = NewScenario();
        var v3 = scenario.Spec(V3).Text!;
        var changed = v3.Replace("\"title\": \"TrustedForm Claiming API\"", "\"title\": \"TrustedForm Claiming API (renamed)\"", StringComparison.Ordinal)
            .Replace("#/components/schemas/PingResponse\"", "#/components/schemas/PingResult\"", StringComparison.Ordinal)
            .Replace("\"PingResponse\": {", "\"PingResult\": {", StringComparison.Ordinal);
        Assert.NotEqual(v3, changed);
        scenario.ReplaceText(V3, changed);

        var outcomes = scenario.RunAgain();
        Report("(c) trustedform_v3.json really changed", outcomes);

        AssertAllReused(outcomes, outcome => outcome.Spec is V4 or V2);
        Assert.Contains(outcomes, outcome => outcome.Step == TrackingNames.GeneratedSources && outcome.Spec == V3 && outcome.Reason == IncrementalStepRunReason.Modified);
        AssertAllReused(outcomes, outcome => outcome.Step == TrackingNames.ClientKeys);
    }

    [Fact]
    public void A_whitespace_edit_that_moves_diagnostics_reparses_but_keeps_model_and_sources()
    {
        var scenario = NewScenario();
        var v4 = scenario.Spec(V4).Text!;
        Assert.Contains(scenario.FirstRun.Diagnostics, diagnostic => diagnostic.Location.GetLineSpan().Path.EndsWith(V4, StringComparison.Ordinal));

        // A blank line near the top moves every position below it, including the OACG017 info of this spec.
        var firstNewline = v4.IndexOf('\n', StringComparison.Ordinal);
        scenario.ReplaceText(V4, v4.Insert(firstNewline + 1, "\n"));

        var outcomes = scenario.RunAgain();
        Report("(d) claims_api-v4.yaml: blank line inserted at the top (diagnostics move)", outcomes);

        Assert.Contains(outcomes, outcome => outcome.Step == TrackingNames.ParsedSpecs && outcome.Spec == V4 && outcome.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains(outcomes, outcome => outcome.Step == TrackingNames.SpecDiagnostics && outcome.Spec == V4 && outcome.Reason == IncrementalStepRunReason.Modified);
        AssertAllReused(outcomes, outcome => outcome.Step is TrackingNames.SpecModels or TrackingNames.GeneratedSources or TrackingNames.ClientKeys or TrackingNames.TargetFeatures);
        AssertAllReused(outcomes, outcome => outcome.Spec is V3 or V2);
    }

    [Fact]
    public void A_whitespace_edit_that_moves_no_diagnostic_keeps_even_the_parse_result()
    {
        var scenario = NewScenario();
        var v3 = scenario.Spec(V3).Text!;

        // JSON strings hold no raw newlines, so re-indenting every line changes layout only; v3 has no diagnostics.
        scenario.ReplaceText(V3, v3.Replace("\n", "\n  ", StringComparison.Ordinal));

        var outcomes = scenario.RunAgain();
        Report("(d) trustedform_v3.json: every line re-indented (no diagnostics to move)", outcomes);

        // The text is carried into the spec's bundle, so both hold the new text; parsing then finds nothing new.
        Assert.Contains(outcomes, outcome => outcome.Step == TrackingNames.SpecInputs && outcome.Spec == V3 && outcome.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains(outcomes, outcome => outcome.Step == TrackingNames.SpecBundles && outcome.Spec == V3 && outcome.Reason == IncrementalStepRunReason.Modified);
        AssertAllReused(outcomes, outcome => outcome.Step is not (TrackingNames.SpecInputs or TrackingNames.SpecBundles));
    }

    [Fact]
    public void A_real_edit_modifies_only_the_edited_specs_steps()
    {
        var scenario = NewScenario();
        var v2 = scenario.Spec(V2).Text!;
        var renamed = v2.Replace("#/components/schemas/PingData'", "#/components/schemas/PingInfo'", StringComparison.Ordinal)
            .Replace("\n    PingData:\n", "\n    PingInfo:\n", StringComparison.Ordinal);
        Assert.NotEqual(v2, renamed);
        scenario.ReplaceText(V2, renamed);

        var outcomes = scenario.RunAgain();
        Report("(e) trustedform_v2.yaml: schema PingData renamed to PingInfo", outcomes);

        foreach (var step in new[] { TrackingNames.SpecInputs, TrackingNames.ParsedSpecs, TrackingNames.SpecModels, TrackingNames.GeneratedSources })
        {
            Assert.Contains(outcomes, outcome => outcome.Step == step && outcome.Spec == V2 && outcome.Reason == IncrementalStepRunReason.Modified);
        }

        var modified = outcomes.Where(outcome => outcome.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New or IncrementalStepRunReason.Removed).ToList();
        Assert.All(modified, outcome => Assert.Equal(V2, outcome.Spec));
    }

    private void Report(string scenario, IReadOnlyList<StepOutcome> outcomes)
    {
        output.WriteLine($"Scenario {scenario}:");
        output.WriteLine(TrackedSteps.Format(outcomes));
    }

    private static void AssertAllReused(IReadOnlyList<StepOutcome> outcomes, Func<StepOutcome, bool> which)
    {
        var selected = outcomes.Where(which).ToList();
        Assert.NotEmpty(selected);
        var recomputed = selected.Where(outcome => !Reused.Contains(outcome.Reason)).ToList();
        Assert.True(recomputed.Count == 0, "Expected Cached or Unchanged, got:\n" + TrackedSteps.Format(recomputed));
    }
}
