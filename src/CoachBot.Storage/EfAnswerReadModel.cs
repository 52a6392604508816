using System.Text.Json;
using CoachBot.Core.Coaching;
using CoachBot.Core.Progress;
using CoachBot.Core.Reports;
using CoachBot.Core.Scoring;
using Microsoft.EntityFrameworkCore;

namespace CoachBot.Storage;

/// <summary>Reads the stored answers themselves (not the weekly rollups): scores per scenario, and one person's answers word for word.</summary>
internal sealed class EfAnswerReadModel(IDbContextFactory<CoachBotDbContext> contexts) : IAnswerReadModel
{
    public async Task<IReadOnlyList<ScenarioScores>> ScenarioScoresAsync(DateOnly from, DateOnly to, ProgressKeys keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var attempts = await OfAsync(db, keys.Keys, from, to, cancellationToken);
        var rows = await (from a in attempts
                          join s in db.AttemptScores on a.Id equals s.AttemptId
                          where s.Score != null
                          group s by new { a.ScenarioId, s.StandardId } into g
                          select new { g.Key.ScenarioId, g.Key.StandardId, Count = g.Count(), Sum = g.Sum(x => x.Score!.Value) })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ScenarioScores(r.ScenarioId, r.StandardId, r.Count, r.Sum)).ToList();
    }

    public async Task<IReadOnlyList<Attempt>> RecentAttemptsAsync(string key, DateOnly from, DateOnly to, int limit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var attempts = await OfAsync(db, [key], from, to, cancellationToken);
        var rows = await attempts.Include(a => a.Scores).OrderByDescending(a => a.CreatedAtUtc).Take(limit).ToListAsync(cancellationToken);
        return rows.Select(row => row.ToAttempt()).ToList();
    }

    /// <summary>The answers on those days of the keys' chat accounts: a person id stands for all of theirs, "channel:user" for one.</summary>
    private static async Task<IQueryable<AttemptRow>> OfAsync(
        CoachBotDbContext db, IReadOnlyCollection<string>? keys, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var (first, last) = (DayNumber.Of(from), DayNumber.Of(to));
        var attempts = db.Attempts.AsNoTracking().Where(a => a.Day >= first && a.Day <= last);
        if (keys is null)
        {
            return attempts;
        }

        var set = keys.ToHashSet(StringComparer.Ordinal);
        var owned = await db.PersonAccounts.AsNoTracking().Where(a => set.Contains(a.PersonId))
            .Select(a => new { a.ChannelId, a.UserId }).ToListAsync(cancellationToken);
        var accounts = owned.Select(a => $"{a.ChannelId}:{a.UserId}").Concat(set.Where(k => k.Contains(':'))).Distinct().ToList();
        var users = accounts.Select(a => a[(a.IndexOf(':') + 1)..]).Distinct().ToList();
        return attempts.Where(a => users.Contains(a.UserId) && accounts.Contains(a.ChannelId + ":" + a.UserId));
    }
}
