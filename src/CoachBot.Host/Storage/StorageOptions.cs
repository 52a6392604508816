using System.ComponentModel.DataAnnotations;

namespace CoachBot.Host.Storage;

internal sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>The SQLite file; relative paths start at the current directory. Created on first run.</summary>
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    /// <summary>Sqlite (the embedded default) or Postgres (production: several instances share the data and the jobs).</summary>
    [RegularExpression("^(Sqlite|Postgres)$", ErrorMessage = "Storage:Provider must be Sqlite or Postgres")]
    public string Provider { get; set; } = Sqlite;

    [Required]
    public string SqlitePath { get; set; } = "data/coachbot.db";

    /// <summary>How long a write waits for a lock another process holds on the SQLite file before the request gets 503.</summary>
    [Range(1, 600)]
    public int SqliteBusyTimeoutSeconds { get; set; } = 30;

    /// <summary>For Postgres, e.g. Host=db;Database=coachbot;Username=coachbot;Password=… (from the environment).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply migrations at start (several instances may start at once). False: a deployment step runs `coachbot migrate`, and the host refuses a database behind it.</summary>
    public bool MigrateOnStart { get; set; } = true;

    public bool IsPostgres => Provider == Postgres;
}
