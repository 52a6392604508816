using System.Text.Json;
using CoachBot.Core.Authoring;
using Microsoft.EntityFrameworkCore;

namespace CoachBot.Storage;

internal sealed class EfAuthoredScenarioStore(IDbContextFactory<CoachBotDbContext> contexts, GroupCommit writes) : IAuthoredScenarioStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IReadOnlyList<AuthoredEntry>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.AuthoredScenarios.AsNoTracking().ToListAsync(cancellationToken);
        var latest = await db.AuthoredScenarioVersions.AsNoTracking()
            .Where(v => v.Version == db.AuthoredScenarioVersions.Where(w => w.ScenarioId == v.ScenarioId).Max(w => w.Version))
            .ToDictionaryAsync(v => v.ScenarioId, StringComparer.Ordinal, cancellationToken);
        return rows.Select(r => new AuthoredEntry(r.Id, latest.TryGetValue(r.Id, out var v) ? ToVersion(v) : null, Utc(r.RetiredAtUtc))).ToList();
    }

    public async Task<IReadOnlyList<PublishedVersion>> HistoryAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.AuthoredScenarioVersions.AsNoTracking().Where(v => v.ScenarioId == id).OrderByDescending(v => v.Version).ToListAsync(cancellationToken);
        return rows.Select(ToVersion).ToList();
    }

    public async Task<PublishedVersion?> FindVersionAsync(string id, int version, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.AuthoredScenarioVersions.AsNoTracking().SingleOrDefaultAsync(v => v.ScenarioId == id && v.Version == version, cancellationToken);
        return row is null ? null : ToVersion(row);
    }

    /// <summary>The next number is read and taken in one transaction; on PostgreSQL a publish racing another is redone on the key's conflict.</summary>
    public Task<int> PublishAsync(AuthoredScenario scenario, string publishedBy, DateTimeOffset at, CancellationToken cancellationToken) =>
        writes.RunAsync(async (db, ct) =>
        {
            if (!await db.AuthoredScenarios.AnyAsync(r => r.Id == scenario.Id, ct))
            {
                db.AuthoredScenarios.Add(new AuthoredScenarioRow { Id = scenario.Id });
            }

            var next = (await db.AuthoredScenarioVersions.Where(v => v.ScenarioId == scenario.Id).MaxAsync(v => (int?)v.Version, ct) ?? 0) + 1;
            db.AuthoredScenarioVersions.Add(new AuthoredScenarioVersionRow
            {
                ScenarioId = scenario.Id, Version = next, ContentJson = JsonSerializer.Serialize(scenario, Json), PublishedAtUtc = at.UtcDateTime, PublishedBy = publishedBy,
            });
            await db.SaveChangesAsync(ct);
            return next;
        }, cancellationToken);

    public Task SetRetiredAsync(string id, bool retired, string by, DateTimeOffset at, CancellationToken cancellationToken) =>
        writes.RunAsync(async (db, ct) =>
        {
            var row = await db.AuthoredScenarios.SingleOrDefaultAsync(r => r.Id == id, ct);
            if (row is null)
            {
                row = new AuthoredScenarioRow { Id = id };
                db.AuthoredScenarios.Add(row);
            }

            row.RetiredAtUtc = retired ? at.UtcDateTime : null;
            row.RetiredBy = retired ? by : null;
            await db.SaveChangesAsync(ct);
            return 0;
        }, cancellationToken);

    private static PublishedVersion ToVersion(AuthoredScenarioVersionRow row) => new(
        JsonSerializer.Deserialize<AuthoredScenario>(row.ContentJson, Json)!, row.Version, Utc(row.PublishedAtUtc)!.Value, row.PublishedBy);

    private static DateTimeOffset? Utc(DateTime? at) => at is { } value ? new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)) : null;
}
