using CoachBot.Core.Content;
using CoachBot.Core.Texts;

namespace CoachBot.Core.Coaching;

/// <summary>
/// What a person types after <c>practice</c>: every industry mixed, one industry (by any of its names in any language),
/// or another topic; and the scenarios each choice walks through.
/// </summary>
internal sealed class PracticeTopics(ContentPack content)
{
    private readonly IReadOnlyList<string> _industries = content.Topics();

    public IReadOnlyList<string> Industries => _industries;

    public bool IsAny(string topic) =>
        content.Texts.All.Any(c => c.PracticeWords.GetValueOrDefault(TextLoader.AnyIndustry)?.Contains(topic.Trim(), StringComparer.OrdinalIgnoreCase) == true);

    /// <summary>The industry a topic names exactly, else the only one whose names contain it ("dental"); null when none or several do.</summary>
    public string? IndustryOf(string topic)
    {
        var needle = topic.Trim();
        if (_industries.FirstOrDefault(i => NamesOf(i).Any(n => n.Equals(needle, StringComparison.OrdinalIgnoreCase))) is { } exact)
        {
            return exact;
        }

        var partial = _industries.Where(i => NamesOf(i).Any(n => n.Contains(needle, StringComparison.OrdinalIgnoreCase))).Take(2).ToList();
        return needle.Length >= 3 && partial.Count == 1 ? partial[0] : null;
    }

    /// <summary>The scenarios of a choice in the order they are given: an industry's in the pack's order; a mix one of each industry in turn.</summary>
    public IReadOnlyList<Scenario> ScenariosOf(string? industry) => industry is null
        ? content.Scenarios.GroupBy(s => s.Industry)
            .SelectMany(g => g.Select((scenario, turn) => (scenario, turn)))
            .OrderBy(x => x.turn)
            .Select(x => x.scenario)
            .ToList()
        : content.Scenarios.Where(s => s.Industry == industry).ToList();

    /// <summary>The words a button sends to practise an industry, in the person's language ("тренировка гостиница").</summary>
    public static string Command(TextCatalogue t, string? industry) =>
        t.Commands["practice"][0] + " " + (industry is null ? t.PracticeWords[TextLoader.AnyIndustry][0] : t.Topic(industry));

    private IEnumerable<string> NamesOf(string industry) =>
        content.Texts.All.SelectMany(c => (c.PracticeWords.GetValueOrDefault(industry) ?? []).Append(c.Topic(industry))).Append(industry);
}
