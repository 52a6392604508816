using System.Diagnostics;

namespace CoachBot.Host.Tests.Support;

/// <summary>Runs the built host as an operator would, in its own process, until it exits.</summary>
internal static class HostProcess
{
    /// <summary>The host's own build output (this test project's bin lacks its runtime config).</summary>
    private static string HostDll { get; } = Path.Combine(AppContext.BaseDirectory.Replace(
        Path.Combine("tests", "CoachBot.Host.Tests"), Path.Combine("src", "CoachBot.Host"), StringComparison.Ordinal), "CoachBot.Host.dll");

    public static async Task<(int ExitCode, string Out, string Error)> RunUntilExitAsync(Dictionary<string, string> environment, params string[] args)
    {
        var work = CoachBotFactory.NewDataDirectory();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = work, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["Storage__SqlitePath"] = Path.Combine(work, "coachbot.db");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        start.ArgumentList.Add(HostDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the host did not exit within 60 s: " + await stdout);
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}
