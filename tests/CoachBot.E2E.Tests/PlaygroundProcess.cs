using System.Diagnostics;

namespace CoachBot.E2E.Tests;

/// <summary>
/// The Microsoft 365 Agents Playground (npm, installed by build/test.sh) pointed at a host, as channel msteams.
/// It runs xdg-open on start and crashes where there is none, so a do-nothing xdg-open goes first on its PATH.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal sealed class PlaygroundProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _shim;

    private PlaygroundProcess(Process process, string shim, string url)
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
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PATH"] = shim + ":" + Environment.GetEnvironmentVariable("PATH");
        var process = Process.Start(start)!;
        var listening = new TaskCompletionSource();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains($"Listening on {port}", StringComparison.Ordinal) == true)
            {
                listening.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return new PlaygroundProcess(process, shim, $"http://127.0.0.1:{port}/");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_shim, recursive: true);
    }
}
