using CoachBot.Core.Content;

namespace CoachBot.Cli.Commands;

/// <summary>What <c>validate --stats</c> prints: how many scenarios each language, industry and step of the cycle of service has.</summary>
internal static class ContentStats
{
    public static void Print(ContentPack pack, TextWriter output)
    {
        var missing = pack.MissingTranslations();
        output.WriteLine("Scenarios per language (frontline + manager):");
        foreach (var language in pack.Languages)
        {
            var written = pack.AllScenarios.Where(s => !missing.Contains((s.Id, language.Code))).ToList();
            output.WriteLine($"  {language.Code}  {language.Name,-10} {written.Count,3} ({written.Count(s => !s.IsForManagers)} + {written.Count(s => s.IsForManagers)})");
        }

        var tracks = pack.Scenarios.GroupBy(s => s.Industry).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Append(pack.ManagerScenarios.GroupBy(_ => "manager track").SingleOrDefault())
            .OfType<IGrouping<string, Scenario>>()
            .ToList();
        output.WriteLine($"Scenarios per industry ({pack.Scenarios.Select(s => s.Industry).Distinct().Count()} industries), and per step of the cycle of service:");
        foreach (var track in tracks)
        {
            var steps = track.GroupBy(s => s.Step).ToList();
            output.WriteLine($"  {track.Key,-18} {track.Count(),3} scenarios, {steps.Count} steps");
            foreach (var step in steps)
            {
                output.WriteLine($"      {step.Count(),2}  {step.Key}");
            }
        }
    }
}
