using System.Text.Json.Nodes;

namespace CoachBot.Host.Tests.Security;

/// <summary>The packages the host actually ships with, as resolved into this build's dependency file.</summary>
public sealed class DependencyTests
{
    [Fact]
    public void SystemDrawingCommon_IsAVersionWithTheFixForCve202124112()
    {
        var deps = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "CoachBot.Host.Tests.deps.json")))!;
        var versions = deps["libraries"]!.AsObject().Select(l => l.Key)
            .Where(k => k.StartsWith("System.Drawing.Common/", StringComparison.Ordinal))
            .Select(k => Version.Parse(k.Split('/')[1].Split('-')[0]))
            .ToList();

        var version = Assert.Single(versions);
        // Fixed in 4.7.2 and 5.0.3 (GHSA-rxg9-xrhp-64gj).
        Assert.True(version >= new Version(4, 7, 2) && !(version >= new Version(5, 0, 0) && version < new Version(5, 0, 3)), $"System.Drawing.Common {version}");
    }
}
