using System.Diagnostics;

namespace CoachBot.Cli.Tests;

/// <summary>Runs the built coachbot CLI as a user would, in its own process.</summary>
internal static class CliRunner
{
    /// <summary>The CLI's own build output (this project is a web test project, so its bin lacks the CLI's framework assemblies).</summary>
    public static string CliDirectory { get; } = AppContext.BaseDirectory.Replace(
        Path.Combine("tests", "CoachBot.Cli.Tests"), Path.Combine("src", "CoachBot.Cli"), StringComparison.Ordinal);

    public static string CalibrationFile => Path.Combine(RepoRoot, "tests", "fixtures", "calibration", "labelled.jsonl");

    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CoachBot.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("CoachBot.sln not found above the test binaries");
        }
    }

    public static Task<(int ExitCode, string Out, string Error)> RunAsync(string workingDirectory, string? input, params string[] args) =>
        RunAsync(workingDirectory, input, new Dictionary<string, string>(), args);

    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(string workingDirectory, string? input, Dictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        start.ArgumentList.Add(Path.Combine(CliDirectory, "coachbot.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
