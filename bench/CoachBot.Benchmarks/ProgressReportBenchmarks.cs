using System.Globalization;
using BenchmarkDotNet.Attributes;
using CoachBot.Core.Content;
using CoachBot.Core.People;
using CoachBot.Core.Reports;
using CoachBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Benchmarks;

/// <summary>
/// The dashboard's report on SQLite holding 1,000 employees (50 teams of 20) × 1 year of daily practice:
/// 365,000 attempts, 1.46 million scores and 260,000 prompts. The file is seeded once and reused by later runs.
/// </summary>
[MemoryDiagnoser]
public class ProgressReportBenchmarks
{
    public const int People = 1_000;
    public const int TeamSize = 20;
    public const int Days = 365;
    private static readonly DateOnly LastDay = new(2026, 10, 31);
    private static readonly string[] Standards = ["listen-first", "set-expectations", "own-the-need", "follow-up"];
    private ServiceProvider _services = null!;
    private ReportService _reports = null!;

    public static string DatabasePath => Path.Combine(Path.GetTempPath(), "coachbot-bench", "report-1000x365-v4.db");

    [GlobalSetup]
    public async Task Setup()
    {
        if (!File.Exists(DatabasePath))
        {
            await SeedAsync();
        }

        _services = new ServiceCollection().AddSqliteStorage(_ => DatabasePath)
            .AddSingleton(ContentLoader.Load(Path.Combine(AppContext.BaseDirectory, "prompts")))
            .AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(LastDay.ToDateTime(new TimeOnly(18, 0)), TimeSpan.Zero)))
            .AddSingleton<ReportService>()
            .BuildServiceProvider();
        _reports = _services.GetRequiredService<ReportService>();
    }

    [GlobalCleanup]
    public async Task Cleanup() => await _services.DisposeAsync();

    [Benchmark(Description = "HR, company, last 28 days")]
    public Task<ReportResult> Company28Days() => _reports.BuildAsync(new Viewer("hr", Role.Hr, null), ProgressFilter.LastDays(LastDay, 28), default);

    [Benchmark(Description = "HR, company, 1 year")]
    public Task<ReportResult> CompanyYear() => _reports.BuildAsync(new Viewer("hr", Role.Hr, null), ProgressFilter.LastDays(LastDay, Days), default);

    [Benchmark(Description = "manager, own team of 20, 1 year")]
    public Task<ReportResult> TeamYear() => _reports.BuildAsync(new Viewer("m", Role.Manager, "p0000"), ProgressFilter.LastDays(LastDay, Days), default);

    [Benchmark(Description = "HR, one person, 1 year")]
    public Task<ReportResult> PersonYear() => _reports.BuildAsync(new Viewer("hr", Role.Hr, null), ProgressFilter.LastDays(LastDay, Days, personId: "p0421"), default);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    /// <summary>Rows written straight through SQLite in one transaction, in the shape EF Core stores them.</summary>
    public static async Task SeedAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        var temp = DatabasePath + ".seeding";
        File.Delete(temp);
        await using (var migrate = new ServiceCollection().AddSqliteStorage(_ => temp).BuildServiceProvider())
        {
            await migrate.MigrateStorageAsync();
            var people = Enumerable.Range(0, People).Select(i => new Person(
                $"p{i:D4}", $"Person {i}", null, $"Team {i / TeamSize:D2}", i % TeamSize == 0 ? null : $"p{i / TeamSize * TeamSize:D4}",
                i % TeamSize == 0 ? Role.Manager : Role.Employee, [new ChatAccount("slack", $"U{i:D4}")])).ToList();
            await migrate.GetRequiredService<IPeopleDirectory>().ImportAsync(people, default);
        }

        await using (var db = new SqliteConnection($"Data Source={temp}"))
        {
            await db.OpenAsync();
            await using var tx = db.BeginTransaction();
            var schedule = Guid.NewGuid().ToString().ToUpperInvariant();
            Exec(db, tx, "INSERT INTO nudge_schedules (Id, ChannelId, OwnerId, Paused, Json) VALUES ($0, 'slack', 'U0000', 0, '{}')", schedule);
            var attempt = Command(db, tx, "INSERT INTO attempts (Id, ChannelId, ConversationId, UserId, ScenarioId, Answer, ScorerName, CreatedAtUtc, Day) VALUES ($0, 'slack', $1, $2, 'bank-card-swallowed', 'An answer of about ninety words would be here.', 'rubric-v1', $3, $4)", 5);
            var score = Command(db, tx, "INSERT INTO attempt_scores (AttemptId, StandardId, Score, EvidenceJson) VALUES ($0, $1, $2, '[]')", 3);
            var prompt = Command(db, tx, "INSERT INTO nudge_deliveries (Id, ScheduleId, UserId, LocalDate, Status, ScenarioId, ClaimedAtUtc) VALUES ($0, $1, $2, $3, 'Sent', 'bank-card-swallowed', $4)", 5);
            var random = new Random(42);
            var epoch = new DateOnly(1970, 1, 1).DayNumber;
            for (var day = LastDay.AddDays(1 - Days); day <= LastDay; day = day.AddDays(1))
            {
                for (var p = 0; p < People; p++)
                {
                    var user = $"U{p:D4}";
                    var at = day.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc).AddMinutes(p % 480);
                    if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                    {
                        Run(prompt, Guid.NewGuid().ToString().ToUpperInvariant(), schedule, user, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Stamp(at.AddMinutes(-30)));
                    }

                    var id = Guid.NewGuid().ToString().ToUpperInvariant();
                    Run(attempt, id, "D" + user, user, Stamp(at), day.DayNumber - epoch);
                    foreach (var standard in Standards)
                    {
                        Run(score, id, standard, random.Next(5) == 0 ? DBNull.Value : random.Next(4));
                    }
                }
            }

            // The rollups, built by the same SQL the migration uses for data stored before them.
            foreach (var statement in RollupBackfill.Statements(RollupBackfill.SqliteDayOf))
            {
                Exec(db, tx, statement);
            }

            await tx.CommitAsync();
        }

        SqliteConnection.ClearAllPools();
        File.Move(temp, DatabasePath);
    }

    private static string Stamp(DateTime at) => at.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static void Exec(SqliteConnection db, SqliteTransaction tx, string sql, params object[] values) => Run(Command(db, tx, sql, values.Length), values);

    private static SqliteCommand Command(SqliteConnection db, SqliteTransaction tx, string sql, int parameters)
    {
        var command = db.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter("$" + i, null));
        }

        return command;
    }

    private static void Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        command.ExecuteNonQuery();
    }
}
