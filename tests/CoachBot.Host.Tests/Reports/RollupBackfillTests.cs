using CoachBot.Core.Reports;
using CoachBot.Host.Tests.Support;
using CoachBot.Storage;
using CoachBot.Storage.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CoachBot.Host.Tests.Reports;

/// <summary>Practice stored before the weekly rollups existed is counted after the upgrade, on both databases.</summary>
public sealed class RollupBackfillTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Upgrade_FillsTheRollupsFromEarlierPractice(string provider)
    {
        var connection = await DatabaseAsync(provider);
        await using var services = new ServiceCollection()
            .AddStorage((_, o) =>
            {
                if (provider == "sqlite")
                {
                    o.UseCoachBotSqlite(connection);
                }
                else
                {
                    o.UseCoachBotPostgres(connection);
                }
            })
            .BuildServiceProvider();
        await using (var db = await services.GetRequiredService<IDbContextFactory<CoachBotDbContext>>().CreateDbContextAsync())
        {
            var migrations = db.Database.GetMigrations().ToList();
            await db.GetService<IMigrator>().MigrateAsync(migrations[migrations.FindIndex(m => m.EndsWith("_ProgressRollups", StringComparison.Ordinal)) - 1]);

            // Tue 3 Nov 2026 (day 20760) and Thu 5 Nov: two answers by U1; a prompt on the 3rd that U1 then answered.
            var schedule = Guid.NewGuid();
            await db.Database.ExecuteSqlAsync($"""INSERT INTO nudge_schedules ("Id", "ChannelId", "OwnerId", "Paused", "Json") VALUES ({schedule}, 'slack', 'UM', false, '{"{}"}')""");
            await db.Database.ExecuteSqlAsync($"""INSERT INTO nudge_deliveries ("Id", "ScheduleId", "UserId", "LocalDate", "Status", "ScenarioId", "ClaimedAtUtc") VALUES ({Guid.NewGuid()}, {schedule}, 'U1', '2026-11-03', 'Sent', 'bank-card-swallowed', {new DateTime(2026, 11, 3, 8, 0, 0, DateTimeKind.Utc)})""");
            foreach (var (day, hour, score) in new[] { (3, 9, 1), (3, 10, 3), (5, 9, 2) })
            {
                var id = Guid.NewGuid();
                var at = new DateTime(2026, 11, day, hour, 0, 0, DateTimeKind.Utc);
                await db.Database.ExecuteSqlAsync($"""INSERT INTO attempts ("Id", "ChannelId", "ConversationId", "UserId", "ScenarioId", "Answer", "ScorerName", "CreatedAtUtc", "Day") VALUES ({id}, 'slack', 'D1', 'U1', 'bank-card-swallowed', 'an answer', 'rubric-v1', {at}, {20757 + day})""");
                await db.Database.ExecuteSqlAsync($"""INSERT INTO attempt_scores ("AttemptId", "StandardId", "Score", "EvidenceJson") VALUES ({id}, 'listen-first', {score}, '[]')""");
            }

            await db.Database.MigrateAsync();
        }

        var data = await services.GetRequiredService<IProgressReadModel>().ReadAsync(new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 8), new DateOnly(2026, 11, 8), ProgressKeys.Everyone, default);

        var activity = Assert.Single(data.Activity);
        Assert.Equal(("slack:U1", 3, 2, new DateOnly(2026, 11, 5)), (activity.Key, activity.Attempts, activity.PracticeDays, activity.LastPractised));
        Assert.Equal((1, 1), (activity.NudgesSent, activity.NudgesAnswered));
        var total = Assert.Single(data.Totals);
        Assert.Equal((3, 6), (total.Count, total.Sum));
        Assert.Equal((3, 6), (Assert.Single(data.Chart).Count, Assert.Single(data.Recent).Sum));
        Assert.Equal(2, Assert.Single(data.Latest).Score);
    }

    private async Task<string> DatabaseAsync(string provider)
    {
        if (provider == "sqlite")
        {
            return Path.Combine(CoachBotFactory.NewDataDirectory(), "upgrade.db");
        }

        var name = "coachbot_" + Guid.NewGuid().ToString("N")[..8];
        await postgres.CreateDatabaseAsync(name);
        return postgres.ConnectionString(name);
    }
}
