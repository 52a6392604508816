namespace CoachBot.Core.Coaching;

/// <summary>Where one user is in one conversation. Stored, so a restart resumes mid-scenario.</summary>
public sealed record DialogState(ChatAddress Address, string? OpenScenarioId, IReadOnlyList<string> RecentScenarioIds, DateTimeOffset UpdatedAt)
{
    public const int RecentLimit = 10;

    public static DialogState New(ChatAddress address, DateTimeOffset now) => new(address, null, [], now);

    public DialogState Open(string scenarioId, DateTimeOffset now) => this with
    {
        OpenScenarioId = scenarioId,
        RecentScenarioIds = RecentScenarioIds.Where(id => id != scenarioId).Append(scenarioId).TakeLast(RecentLimit).ToList(),
        UpdatedAt = now,
    };
}
