using System.ComponentModel.DataAnnotations;

namespace CoachBot.Host.Storage;

internal sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>The SQLite file; relative paths start at the current directory. Created on first run.</summary>
    [Required]
    public string SqlitePath { get; set; } = "data/coachbot.db";
}
