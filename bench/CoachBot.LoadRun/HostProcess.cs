using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;

namespace CoachBot.LoadRun;

/// <summary>The CoachBot host (Release build) as its own process on the embedded default, with Slack on and pointed at the fake.</summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _data;
    private readonly bool _ownsData;

    private HostProcess(Process process, string data, string url, bool ownsData)
    {
        _process = process;
        _data = data;
        Url = url;
        _ownsData = ownsData;
    }

    public string Url { get; }

    public static string DatabasePath(string data) => Path.Combine(data, "coachbot.db");

    /// <summary>Starts the host on its own temporary database, or on <paramref name="data"/>, which it then leaves in place.</summary>
    public static async Task<HostProcess> StartAsync(string hostDll, string fakeSlackUrl, string? data = null)
    {
        var ownsData = data is null;
        data ??= Directory.CreateTempSubdirectory("coachbot-load-").FullName;
        var url = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet", [hostDll, "--urls", url])
        {
            WorkingDirectory = data,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["Storage__SqlitePath"] = DatabasePath(data);
        start.Environment["Slack__SigningSecret"] = Traffic.SigningSecret;
        start.Environment["Slack__BotToken"] = "xoxb-load-run";
        start.Environment["Slack__ApiBaseUrl"] = fakeSlackUrl + "/api/";
        start.Environment["Slack__ChannelPostInterval"] = "00:00:00";
        start.Environment["Logging__LogLevel__Default"] = "Warning";

        // All the load comes from this one machine: the per-IP limits would stop it at once. Each simulated person sends
        // about 15 messages a minute per channel, under the per-person default, which stays as shipped.
        start.Environment["RateLimits__ChatPerIpPerMinute"] = "10000000";
        start.Environment["RateLimits__SlackPerIpPerMinute"] = "10000000";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient();
        for (var i = 0; i < 150 && !process.HasExited; i++)
        {
            try
            {
                if ((await http.GetAsync(url + "/healthz")).IsSuccessStatusCode)
                {
                    return new HostProcess(process, data, url, ownsData);
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        throw new InvalidOperationException($"The host {hostDll} did not start on {url}.");
    }

    /// <summary>The host's peak resident set (VmHWM), from /proc.</summary>
    public long? PeakRssBytes()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    public long Count(string sql)
    {
        using var db = new SqliteConnection($"Data Source={DatabasePath(_data)}");
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        SqliteConnection.ClearAllPools();
        if (_ownsData)
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
