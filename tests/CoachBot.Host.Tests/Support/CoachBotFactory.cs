using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;

namespace CoachBot.Host.Tests.Support;

/// <summary>The real host on a real SQLite file in its own temp folder; the same folder can be reopened to simulate a restart.</summary>
public sealed class CoachBotFactory(string dataDirectory, string? contentDirectory = null) : WebApplicationFactory<Program>
{
    /// <summary>Extra configuration, as environment variables would give it.</summary>
    public Dictionary<string, string> Settings { get; } = [];

    /// <summary>Service overrides, e.g. where MSAL's HTTP goes.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    public string DatabasePath => Path.Combine(dataDirectory, "coachbot.db");

    public static string NewDataDirectory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "coachbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:SqlitePath", DatabasePath);
        if (contentDirectory is not null)
        {
            builder.UseSetting("Content:Directory", contentDirectory);
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (TestServices is not null)
        {
            builder.ConfigureTestServices(TestServices);
        }
    }

    /// <summary>Reads the stored rows directly, as an auditor would.</summary>
    public long Count(string sql) => long.Parse(Strings(sql).Single(), System.Globalization.CultureInfo.InvariantCulture);

    public List<string> Strings(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var result = new List<string>();
        while (reader.Read())
        {
            result.Add(reader.IsDBNull(0) ? "<null>" : Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return result;
    }
}
