using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CoachBot.E2E.Tests;

/// <summary>The real CoachBot host, started as `dotnet CoachBot.Host.dll` on a free loopback port with its own SQLite file.</summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly ChildProcess _process;
    private readonly string _data;

    private HostProcess(ChildProcess process, string data, string baseUrl, System.Collections.Concurrent.ConcurrentQueue<string> output)
    {
        _process = process;
        _data = data;
        BaseUrl = baseUrl;
        Output = output;
    }

    public string BaseUrl { get; }

    /// <summary>What the host printed to standard output, line by line.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Output { get; }

    public string DataDirectory => _data;

    public string DatabasePath => Path.Combine(_data, "coachbot.db");

    /// <summary>Reads the host's database directly, as an auditor would.</summary>
    public async Task<long> CountAsync(string sql)
    {
        await using var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath}");
        await db.OpenAsync();
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        var count = (long)(await command.ExecuteScalarAsync())!;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return count;
    }

    public static async Task<HostProcess> StartAsync(IReadOnlyDictionary<string, string>? environment = null)
    {
        var data = Directory.CreateTempSubdirectory("coachbot-e2e-").FullName;
        var baseUrl = $"http://127.0.0.1:{FreePort()}";
        var hostDll = Path.Combine(AppContext.BaseDirectory.Replace("tests/CoachBot.E2E.Tests", "src/CoachBot.Host", StringComparison.Ordinal), "CoachBot.Host.dll");
        var start = new ProcessStartInfo("dotnet", [hostDll, "--urls", baseUrl])
        {
            WorkingDirectory = data,
        };
        start.Environment["Storage__SqlitePath"] = Path.Combine(data, "coachbot.db");
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var process = ChildProcess.Start(start, output.Enqueue);

        using var http = new HttpClient();
        for (var i = 0; i < 300; i++) // up to a minute: on 2 busy shared cores a cold start has taken 25-30 s
        {
            try
            {
                if ((await http.GetAsync(baseUrl + "/healthz")).IsSuccessStatusCode)
                {
                    return new HostProcess(process, data, baseUrl, output);
                }
            }
            catch (HttpRequestException)
            {
            }

            if (process.HasExited)
            {
                break;
            }

            await Task.Delay(200);
        }

        await process.DisposeAsync();
        throw new InvalidOperationException($"The host at {hostDll} did not start on {baseUrl}.");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }
}
