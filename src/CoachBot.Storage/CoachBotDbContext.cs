using System.Collections.Concurrent;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CoachBot.Storage;

public sealed class CoachBotDbContext(DbContextOptions<CoachBotDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> SqliteWriters = new(StringComparer.Ordinal);

    internal DbSet<AttemptRow> Attempts => Set<AttemptRow>();

    internal DbSet<AttemptScoreRow> AttemptScores => Set<AttemptScoreRow>();

    internal DbSet<DialogStateRow> DialogStates => Set<DialogStateRow>();

    internal DbSet<ConversationReferenceRow> ConversationReferences => Set<ConversationReferenceRow>();

    internal DbSet<InboundEventRow> InboundEvents => Set<InboundEventRow>();

    internal DbSet<ReplyOutboxRow> ReplyOutbox => Set<ReplyOutboxRow>();

    internal DbSet<UserLanguageRow> UserLanguages => Set<UserLanguageRow>();

    internal DbSet<PracticeChoiceRow> PracticeChoices => Set<PracticeChoiceRow>();

    internal DbSet<ScenarioGivenRow> ScenariosGiven => Set<ScenarioGivenRow>();

    internal DbSet<AuthoredScenarioRow> AuthoredScenarios => Set<AuthoredScenarioRow>();

    internal DbSet<AuthoredScenarioVersionRow> AuthoredScenarioVersions => Set<AuthoredScenarioVersionRow>();

    internal DbSet<NudgeScheduleRow> NudgeSchedules => Set<NudgeScheduleRow>();

    internal DbSet<WaitingPromptRow> WaitingPrompts => Set<WaitingPromptRow>();

    internal DbSet<NudgeDeliveryRow> NudgeDeliveries => Set<NudgeDeliveryRow>();

    internal DbSet<PersonRow> People => Set<PersonRow>();

    internal DbSet<PersonAccountRow> PersonAccounts => Set<PersonAccountRow>();

    internal DbSet<LocalLoginRow> LocalLogins => Set<LocalLoginRow>();

    internal DbSet<PracticeWeekRow> PracticeWeeks => Set<PracticeWeekRow>();

    internal DbSet<ScoreWeekRow> ScoreWeeks => Set<ScoreWeekRow>();

    /// <summary>ASP.NET Core's data protection keys (cookies, antiforgery, signed links), shared by every instance on this database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// SQLite has one writer per file, and its driver waits for it by blocking a thread. Writers in this process queue here
    /// instead, asynchronously and in order; PostgreSQL needs no such queue.
    /// </summary>
    internal async Task<IAsyncDisposable> WriteLockAsync(CancellationToken cancellationToken)
    {
        if (!Database.IsSqlite())
        {
            return NoLock.Instance;
        }

        var writer = SqliteWriters.GetOrAdd(Database.GetDbConnection().DataSource, _ => new SemaphoreSlim(1, 1));
        await writer.WaitAsync(cancellationToken);
        return new Held(writer);
    }

    private sealed class Held(SemaphoreSlim writer) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            writer.Release();
            return ValueTask.CompletedTask;
        }
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<AttemptRow>(e =>
        {
            e.ToTable("attempts");
            e.HasKey(a => a.Id);
            e.Property(a => a.ChannelId).HasMaxLength(64);
            e.Property(a => a.ConversationId).HasMaxLength(256);
            e.Property(a => a.UserId).HasMaxLength(256);
            e.Property(a => a.ScenarioId).HasMaxLength(64);
            e.Property(a => a.ScorerName).HasMaxLength(64);
            e.HasIndex(a => new { a.ChannelId, a.UserId, a.CreatedAtUtc });
            e.HasIndex(a => a.Day);
            e.HasMany(a => a.Scores).WithOne().HasForeignKey(s => s.AttemptId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<AttemptScoreRow>(e =>
        {
            e.ToTable("attempt_scores");
            e.HasKey(s => new { s.AttemptId, s.StandardId });
            e.Property(s => s.StandardId).HasMaxLength(64);
        });
        model.Entity<DialogStateRow>(e =>
        {
            e.ToTable("dialog_states");
            e.HasKey(d => new { d.ChannelId, d.ConversationId, d.UserId });
            e.Property(d => d.ChannelId).HasMaxLength(64);
            e.Property(d => d.ConversationId).HasMaxLength(256);
            e.Property(d => d.UserId).HasMaxLength(256);
            e.Property(d => d.OpenScenarioId).HasMaxLength(64);
        });
        model.Entity<ConversationReferenceRow>(e =>
        {
            e.ToTable("conversation_references");
            e.HasKey(r => new { r.ChannelId, r.Scope, r.ScopeId });
            e.Property(r => r.ChannelId).HasMaxLength(64);
            e.Property(r => r.Scope).HasMaxLength(16);
            e.Property(r => r.ScopeId).HasMaxLength(256);
            e.Property(r => r.ConversationId).HasMaxLength(512);
            e.Property(r => r.ServiceUrl).HasMaxLength(512);
        });
        model.Entity<UserLanguageRow>(e =>
        {
            e.ToTable("user_languages");
            e.HasKey(r => new { r.ChannelId, r.UserId });
            e.Property(r => r.ChannelId).HasMaxLength(64);
            e.Property(r => r.UserId).HasMaxLength(256);
            e.Property(r => r.Chosen).HasMaxLength(16);
            e.Property(r => r.Platform).HasMaxLength(16);
        });
        model.Entity<PracticeChoiceRow>(e =>
        {
            e.ToTable("practice_choices");
            e.HasKey(r => new { r.ChannelId, r.UserId });
            e.Property(r => r.ChannelId).HasMaxLength(64);
            e.Property(r => r.UserId).HasMaxLength(256);
            e.Property(r => r.Industry).HasMaxLength(100);
        });
        model.Entity<ScenarioGivenRow>(e =>
        {
            e.ToTable("scenarios_given");
            e.HasKey(r => new { r.ChannelId, r.RecipientId, r.ScenarioId });
            e.Property(r => r.ChannelId).HasMaxLength(64);
            e.Property(r => r.RecipientId).HasMaxLength(256);
            e.Property(r => r.ScenarioId).HasMaxLength(100);
        });
        model.Entity<WaitingPromptRow>(e =>
        {
            e.ToTable("waiting_prompts");
            e.HasKey(r => r.DeliveryId);
            e.Property(r => r.ChannelId).HasMaxLength(64);
            e.Property(r => r.UserId).HasMaxLength(256);
            e.Property(r => r.ScenarioId).HasMaxLength(100);
            e.HasIndex(r => new { r.ChannelId, r.UserId });
        });
        model.Entity<InboundEventRow>(e =>
        {
            e.ToTable("inbound_events");
            e.HasKey(r => new { r.Source, r.EventId });
            e.Property(r => r.Source).HasMaxLength(32);
            e.Property(r => r.EventId).HasMaxLength(128);
        });
        model.Entity<ReplyOutboxRow>(e =>
        {
            e.ToTable("reply_outbox");
            e.HasKey(r => r.Id);
            e.Property(r => r.Target).HasMaxLength(32);
            e.Property(r => r.Conversation).HasMaxLength(512);
            e.HasIndex(r => new { r.Target, r.Conversation, r.Id });
        });
        model.Entity<NudgeScheduleRow>(e =>
        {
            e.ToTable("nudge_schedules");
            e.HasKey(r => r.Id);
            e.Property(r => r.ChannelId).HasMaxLength(64);
            e.Property(r => r.OwnerId).HasMaxLength(256);
            e.HasIndex(r => new { r.ChannelId, r.OwnerId });
        });
        model.Entity<NudgeDeliveryRow>(e =>
        {
            e.ToTable("nudge_deliveries");
            e.HasKey(r => r.Id);
            e.Property(r => r.UserId).HasMaxLength(256);
            e.Property(r => r.LocalDate).HasMaxLength(10);
            e.Property(r => r.Status).HasMaxLength(16);
            e.Property(r => r.ScenarioId).HasMaxLength(64);
            e.HasIndex(r => new { r.ScheduleId, r.UserId, r.LocalDate }).IsUnique();
            e.HasIndex(r => new { r.UserId, r.ScenarioId });
        });
        model.Entity<PracticeWeekRow>(e =>
        {
            e.ToTable("practice_weeks");
            e.HasKey(r => new { r.ChannelId, r.UserId, r.Week });
            e.Property(r => r.ChannelId).HasMaxLength(64);
            e.Property(r => r.UserId).HasMaxLength(256);
            e.HasIndex(r => r.Week);
            e.HasIndex(r => new { r.UserId, r.Week });
        });
        model.Entity<ScoreWeekRow>(e =>
        {
            e.ToTable("score_weeks");
            e.HasKey(r => new { r.ChannelId, r.UserId, r.StandardId, r.Week });
            e.Property(r => r.ChannelId).HasMaxLength(64);
            e.Property(r => r.UserId).HasMaxLength(256);
            e.Property(r => r.StandardId).HasMaxLength(64);
            // Covers the company-wide sums, so a year's report reads the index alone.
            e.HasIndex(r => new { r.Week, r.StandardId, r.ChannelId, r.UserId, r.Count, r.Sum });
            e.HasIndex(r => new { r.UserId, r.Week });
        });
        model.Entity<PersonRow>(e =>
        {
            e.ToTable("people");
            e.HasKey(p => p.Id);
            e.Property(p => p.Id).HasMaxLength(256);
            e.Property(p => p.Name).HasMaxLength(256);
            e.Property(p => p.Email).HasMaxLength(256);
            e.Property(p => p.Team).HasMaxLength(256);
            e.Property(p => p.ManagerId).HasMaxLength(256);
            e.Property(p => p.Role).HasMaxLength(16);
            e.Property(p => p.TimeZone).HasMaxLength(64);
            e.Property(p => p.Language).HasMaxLength(8);
            e.HasIndex(p => p.Email);
            e.Property(p => p.EntraTenantId).HasMaxLength(64);
            e.Property(p => p.EntraObjectId).HasMaxLength(64);
            e.HasIndex(p => new { p.EntraTenantId, p.EntraObjectId }).IsUnique();
            e.HasMany(p => p.Accounts).WithOne().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<PersonAccountRow>(e =>
        {
            e.ToTable("person_accounts");
            e.HasKey(a => new { a.ChannelId, a.UserId });
            e.Property(a => a.ChannelId).HasMaxLength(64);
            e.Property(a => a.UserId).HasMaxLength(256);
            e.HasIndex(a => a.PersonId);
        });
        model.Entity<LocalLoginRow>(e =>
        {
            e.ToTable("local_logins");
            e.HasKey(l => l.Login);
            e.Property(l => l.Login).HasMaxLength(256);
            e.Property(l => l.PasswordHash).HasMaxLength(256);
            e.Property(l => l.SecurityStamp).HasMaxLength(64).HasDefaultValue("");
        });
        model.Entity<AuthoredScenarioRow>(e =>
        {
            e.ToTable("authored_scenarios");
            e.HasKey(r => r.Id);
            e.Property(r => r.Id).HasMaxLength(64);
            e.Property(r => r.RetiredBy).HasMaxLength(256);
            e.HasMany(r => r.Versions).WithOne().HasForeignKey(v => v.ScenarioId).OnDelete(DeleteBehavior.Restrict);
        });
        model.Entity<AuthoredScenarioVersionRow>(e =>
        {
            e.ToTable("authored_scenario_versions");
            e.HasKey(v => new { v.ScenarioId, v.Version });
            e.Property(v => v.ScenarioId).HasMaxLength(64);
            e.Property(v => v.PublishedBy).HasMaxLength(256);
        });
        model.Entity<DataProtectionKey>(e => e.ToTable("data_protection_keys"));
    }
}
