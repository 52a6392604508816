namespace CoachBot.Core.Progress;

/// <summary>The one rule for a practice streak, for the employee's own progress and for reports alike.</summary>
public static class PracticeStreak
{
    /// <summary>Consecutive practice days up to <paramref name="today"/>, or up to yesterday when today has no practice yet.</summary>
    public static int Length(Func<DateOnly, bool> practised, DateOnly today)
    {
        var day = practised(today) ? today : today.AddDays(-1);
        var streak = 0;
        while (practised(day))
        {
            streak++;
            day = day.AddDays(-1);
        }

        return streak;
    }
}
