using System.Text;
using CoachBot.Host.Tests.Reports;

namespace CoachBot.Host.Tests.Security;

/// <summary>What is erased is gone from the SQLite files too, not only from the tables.</summary>
public sealed class ErasureTests
{
    private const string Marker = "Zanzibar-quokka-7731";

    [Fact]
    public async Task ErasedAnswers_CannotBeReadBackFromTheDatabaseFiles()
    {
        await using var host = await ReportTestHost.StartAsync();
        await host.AnswerAsync("29:ana-7", ReportTestHost.GoodAnswer + " " + Marker);
        await host.AnswerAsync("29:ana-7", "I'm sorry. " + Marker + " I'll call you by Friday.");
        Assert.NotEmpty(FilesMentioning(host, Marker)); // it was there: the search works
        var hana = await host.SignInAsync("p-hana-7");

        using var request = new HttpRequestMessage(HttpMethod.Delete, "/api/people/p-ana-7");
        request.Headers.Add("X-CoachBot-Request", "1");
        (await hana.SendAsync(request)).EnsureSuccessStatusCode();

        Assert.Empty(FilesMentioning(host, Marker));
    }

    [Fact]
    public async Task AnswersBlankedByRetention_CannotBeReadBackFromTheDatabaseFiles()
    {
        await using var host = await ReportTestHost.StartAsync(s => s["Privacy:AnswerRetentionDays"] = "30");
        await host.AnswerAsync("29:ana-7", ReportTestHost.GoodAnswer + " " + Marker);
        host.Clock.Advance(TimeSpan.FromDays(31));

        await host.Factory.Services.GetRequiredService<CoachBot.Host.Jobs.RetentionJob>().RunAsync(CancellationToken.None);

        Assert.Empty(FilesMentioning(host, Marker));
    }

    /// <summary>The database file and its write-ahead log, read as bytes, as someone with a copy of the disk would.</summary>
    private static List<string> FilesMentioning(ReportTestHost host, string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        return new[] { host.Factory.DatabasePath, host.Factory.DatabasePath + "-wal" }
            .Where(File.Exists)
            .Where(path =>
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                return copy.GetBuffer().AsSpan(0, (int)copy.Length).IndexOf(needle) >= 0;
            })
            .ToList();
    }
}
