using System.Diagnostics;

namespace CoachBot.E2E.Tests;

/// <summary>
/// The Microsoft 365 Agents Playground (npm, installed by build/test.sh) pointed at a host, as channel msteams.
/// It runs xdg-open on start and crashes where there is none, so a do-nothing xdg-open goes first on its PATH.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal sealed class PlaygroundProcess : IAsyncDisposable
{
    private readonly ChildProcess _process;
    private readonly string _shim;

    private PlaygroundProcess(ChildProcess process, string shim, string url)
    {
        _process = process;
        _shim = shim;
        Url = url;
    }

    public string Url { get; }

    public static string Folder => Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "node"));

    public static string Executable => Path.Combine(Folder, "node_modules", ".bin", "agentsplayground");

    public static async Task<PlaygroundProcess> StartAsync(string botEndpoint)
    {
        var shim = Directory.CreateTempSubdirectory("coachbot-xdg-").FullName;
        var xdgOpen = Path.Combine(shim, "xdg-open");
        await File.WriteAllTextAsync(xdgOpen, "#!/bin/sh\nexit 0\n");
        File.SetUnixFileMode(xdgOpen, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var port = HostProcess.FreePort();
        var start = new ProcessStartInfo(Executable, ["-e", botEndpoint, "-c", "msteams", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--dt"])
        {
            WorkingDirectory = Folder,
        };
        start.Environment["PATH"] = shim + ":" + Environment.GetEnvironmentVariable("PATH");
        var listening = new TaskCompletionSource();
        var process = ChildProcess.Start(start, line =>
        {
            if (line.Contains($"Listening on {port}", StringComparison.Ordinal))
            {
                listening.TrySetResult();
            }
        });
        try
        {
            await listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException)
        {
            await process.DisposeAsync();
            throw new InvalidOperationException($"The Agents Playground at {Executable} did not start listening on {port} within 60 s.");
        }
        return new PlaygroundProcess(process, shim, $"http://127.0.0.1:{port}/");
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        Directory.Delete(_shim, recursive: true);
    }
}
