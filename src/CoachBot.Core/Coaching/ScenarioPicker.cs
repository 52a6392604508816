using CoachBot.Core.Content;

namespace CoachBot.Core.Coaching;

/// <summary>Picks the candidate this user has not seen for longest; deterministic, so tests and users can predict it.</summary>
internal static class ScenarioPicker
{
    public static Scenario Pick(IReadOnlyList<Scenario> candidates, DialogState state)
    {
        var unseen = candidates.FirstOrDefault(s => !state.RecentScenarioIds.Contains(s.Id) && s.Id != state.OpenScenarioId);
        if (unseen is not null)
        {
            return unseen;
        }

        // All seen recently: the one seen longest ago, but never the one already open if there is a choice.
        return candidates
            .Where(s => s.Id != state.OpenScenarioId || candidates.Count == 1)
            .OrderBy(s => IndexOf(state.RecentScenarioIds, s.Id))
            .First();
    }

    private static int IndexOf(IReadOnlyList<string> ids, string id)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i] == id)
            {
                return i;
            }
        }

        return -1;
    }
}
