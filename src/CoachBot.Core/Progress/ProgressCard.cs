using System.Globalization;

namespace CoachBot.Core.Progress;

/// <summary>An employee's own progress; the streak counts consecutive practice days (UTC) up to today or yesterday.</summary>
public sealed record ProgressCard(int Attempts, int ScenariosPractised, IReadOnlyList<StandardProgress> Standards, int StreakDays = 0)
{
    public string Summary =>
        string.Create(CultureInfo.InvariantCulture, $"{Attempts} answer(s) to {ScenariosPractised} scenario(s)")
        + (StreakDays > 0 ? string.Create(CultureInfo.InvariantCulture, $" · {StreakDays}-day practice streak") : "");
}
