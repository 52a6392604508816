using CoachBot.Host.Tests.Channels.Slack;
using CoachBot.Host.Tests.Support;
using Microsoft.Data.Sqlite;

namespace CoachBot.Host.Tests.Storage;

/// <summary>The write-ahead log is copied into the database file in the background, not in an answer's commit.</summary>
public sealed class SqliteCheckpointTests
{
    [Fact]
    public async Task AStoredAnswer_ReachesTheDatabaseFileItself_WithinSeconds()
    {
        await using var factory = new CoachBotFactory(CoachBotFactory.NewDataDirectory());
        var client = factory.CreateClient();
        await client.SendAsync(Activities.Message("practice bank", user: "wal-user"));
        await client.SendAsync(Activities.Message("I'm sorry about your card. I'll order a new one today; it arrives Thursday. Thank you.", user: "wal-user"));

        // A copy of the .db file without its -wal file, as a file-level backup would take it. SQLite alone copies the log
        // only once it reaches 1,000 pages, inside whichever answer's commit crosses that line.
        await SlackTestHost.Eventually(() => AttemptsInTheFileAlone(factory.DatabasePath) == 1, "the answer checkpointed into coachbot.db", seconds: 10);
    }

    private static long AttemptsInTheFileAlone(string databasePath)
    {
        var copy = Path.Combine(Path.GetDirectoryName(databasePath)!, $"copy-{Guid.NewGuid():N}.db");
        File.Copy(databasePath, copy);
        try
        {
            using var connection = new SqliteConnection($"Data Source={copy};Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM attempts WHERE UserId = 'wal-user'";
            return (long)command.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return -1; // copied half-way through a checkpoint: look again
        }
    }
}
