using Microsoft.CodeAnalysis;

namespace OpenApiClientGenerator.Tests.Infrastructure;

/// <summary>One output of one tracked pipeline step: which step, which spec it belongs to, and why it has its value.</summary>
/// <param name="Step">The tracking name (see <c>TrackingNames</c>).</param>
/// <param name="Spec">The spec file name, or <see cref="TrackedSteps.Shared"/> for steps over all specs or none.</param>
/// <param name="Reason">New, Modified, Unchanged, Cached or Removed.</param>
internal sealed record StepOutcome(string Step, string Spec, IncrementalStepRunReason Reason);
