using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace CoachBot.Host.Tests.Support;

/// <summary>
/// A throw-away PostgreSQL cluster on a loopback port, from the server binaries on the machine image
/// (/usr/lib/postgresql/*/bin). As root it runs as the postgres user, since PostgreSQL refuses root.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "coachbot-pg-" + Guid.NewGuid().ToString("N")[..8]);
    private string _bin = "";

    public int Port { get; private set; }

    public string ConnectionString(string database) => $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Maximum Pool Size=100";

    public async Task InitializeAsync()
    {
        _bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault() ?? ""
            : "";
        Assert.True(_bin.Length > 0, "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin (Debian package postgresql-15).");
        Port = FreePort();
        Directory.CreateDirectory(_dir);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            await RunAsync("chown", "-R", "postgres:postgres", _dir);
        }

        await PgAsync(asRoot, "initdb", "-D", Path.Combine(_dir, "data"), "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8");
        await StartAsync();
    }

    public Task StartAsync() => PgAsync(Environment.UserName == "root", "pg_ctl", "-D", Path.Combine(_dir, "data"), "-l", Path.Combine(_dir, "log"), "-w", "-o",
        $"-p {Port} -k {_dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200", "start");

    /// <summary>Stops the server at once, as a crash or a failover would, keeping its data for <see cref="StartAsync"/>.</summary>
    public Task StopAsync() => PgAsync(Environment.UserName == "root", "pg_ctl", "-D", Path.Combine(_dir, "data"), "-m", "immediate", "-w", "stop");

    public async Task CreateDatabaseAsync(string name)
    {
        // Not pooled: a pooled connection may have died with a stopped server (StorageOutageTests).
        await using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await PgAsync(Environment.UserName == "root", "pg_ctl", "-D", Path.Combine(_dir, "data"), "-m", "immediate", "-w", "stop");
        Directory.Delete(_dir, recursive: true);
    }

    private Task PgAsync(bool asRoot, string tool, params string[] args) =>
        asRoot ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. args]) : RunAsync(Path.Combine(_bin, tool), args);

    private static async Task RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)} failed: {await output}{await error}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
