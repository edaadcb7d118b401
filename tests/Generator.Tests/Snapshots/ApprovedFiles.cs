namespace OpenApiClientGenerator.Tests.Snapshots;

/// <summary>
/// Approved-file snapshots (after System.Text.Json's generator <c>Baselines/</c>): each generated file is kept as
/// <c>Approved/&lt;Scenario&gt;/&lt;HintName&gt;</c> in the source tree and compared exactly (line endings normalized).
/// With <c>APPROVE_SNAPSHOTS=1</c> the folder is rewritten to match instead, stale files included.
/// </summary>
internal static class ApprovedFiles
{
    public const string ApproveVariable = "APPROVE_SNAPSHOTS";

    public static bool Approving => Environment.GetEnvironmentVariable(ApproveVariable) == "1";

    /// <summary>Compares (or, when approving, writes) <paramref name="actual"/> against the approved folder of <paramref name="scenario"/>.</summary>
    public static void Verify(string scenario, IReadOnlyDictionary<string, string> actual)
    {
        var folder = Path.Combine(Infrastructure.RepoPaths.TestProject, "Approved", scenario);
        if (Approving)
        {
            Approve(folder, actual);
            return;
        }

        var approved = Directory.Exists(folder)
            ? Directory.GetFiles(folder).ToDictionary(path => Path.GetFileName(path), path => Normalize(File.ReadAllText(path)), StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);

        var missing = actual.Keys.Where(name => !approved.ContainsKey(name)).Order(StringComparer.Ordinal).ToList();
        var extra = approved.Keys.Where(name => !actual.ContainsKey(name)).Order(StringComparer.Ordinal).ToList();
        var changed = actual.Where(pair => approved.TryGetValue(pair.Key, out var text) && text != Normalize(pair.Value))
            .Select(pair => pair.Key)
            .Order(StringComparer.Ordinal)
            .ToList();

        if (missing.Count + extra.Count + changed.Count == 0)
        {
            return;
        }

        var message = $"Generated output of '{scenario}' differs from {folder} (run with {ApproveVariable}=1 to approve):";
        if (missing.Count > 0)
        {
            message += "\n  generated but not approved: " + string.Join(", ", missing);
        }

        if (extra.Count > 0)
        {
            message += "\n  approved but no longer generated: " + string.Join(", ", extra);
        }

        foreach (var name in changed)
        {
            message += "\n  changed: " + name + "\n" + FirstDifference(approved[name], Normalize(actual[name]));
        }

        Assert.Fail(message);
    }

    private static void Approve(string folder, IReadOnlyDictionary<string, string> actual)
    {
        Directory.CreateDirectory(folder);
        foreach (var stale in Directory.GetFiles(folder).Where(path => !actual.ContainsKey(Path.GetFileName(path))))
        {
            File.Delete(stale);
        }

        foreach (var pair in actual)
        {
            File.WriteAllText(Path.Combine(folder, pair.Key), Normalize(pair.Value));
        }
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var left = i < expectedLines.Length ? expectedLines[i] : "<end of file>";
            var right = i < actualLines.Length ? actualLines[i] : "<end of file>";
            if (left != right)
            {
                return $"    line {i + 1}:\n    approved:  {left}\n    generated: {right}";
            }
        }

        return "    (no line differs)";
    }
}
