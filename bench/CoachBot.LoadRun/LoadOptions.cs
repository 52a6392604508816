using System.Globalization;

namespace CoachBot.LoadRun;

internal sealed record LoadOptions(int Rate, int Seconds, int WarmupSeconds, string HostDll, int Recipients, int PostsPerSecond)
{
    public static LoadOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Number(string name, int fallback, int max) =>
            Value(name) is { } v && int.TryParse(v, CultureInfo.InvariantCulture, out var n) && n > 0 ? Math.Min(n, max) : fallback;

        var hostDll = Value("--host-dll") ?? Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/CoachBot.Host/bin/Release/net10.0/CoachBot.Host.dll"));
        if (!File.Exists(hostDll))
        {
            throw new FileNotFoundException("Build the host first: dotnet build -c Release src/CoachBot.Host", hostDll);
        }

        // Bounded on purpose: at most 2,000 requests/s for at most 120 s.
        return new LoadOptions(Number("--rate", 500, 2000), Number("--seconds", 20, 120), Number("--warmup", 30, 60), hostDll,
            Number("--recipients", 10_000, 100_000), Number("--posts-per-second", 100, 1000));
    }
}
