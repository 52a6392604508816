using System.Collections.Concurrent;
using System.Diagnostics;

namespace CoachBot.LoadRun;

/// <summary>
/// Sends at a fixed rate whatever the responses do (open loop), and measures each latency from the moment the request was
/// due, so a stall shows up in the percentiles instead of slowing the sender down.
/// </summary>
internal static class Generator
{
    public static async Task<RunResult> RunAsync(HttpClient http, Traffic traffic, int rate, int seconds)
    {
        var samples = new ConcurrentBag<(RequestKind Kind, double Ms, bool Ok)>();
        var pending = new List<Task>(rate * seconds);
        var clock = Stopwatch.StartNew();
        var total = rate * seconds;
        for (var sent = 0; sent < total;)
        {
            var due = (int)Math.Min(total, clock.Elapsed.TotalSeconds * rate);
            for (; sent < due; sent++)
            {
                var dueAt = TimeSpan.FromSeconds((double)sent / rate);
                var (kind, request) = traffic.Next();
                pending.Add(SendAsync(http, request, kind, dueAt, clock, samples));
            }

            await Task.Delay(1);
        }

        await Task.WhenAll(pending);
        return new RunResult([.. samples], clock.Elapsed);
    }

    private static async Task SendAsync(HttpClient http, HttpRequestMessage request, RequestKind kind, TimeSpan dueAt, Stopwatch clock, ConcurrentBag<(RequestKind, double, bool)> samples)
    {
        var ok = false;
        try
        {
            using var response = await http.SendAsync(request);
            await response.Content.ReadAsByteArrayAsync();
            ok = response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
        }
        catch (TaskCanceledException)
        {
        }
        finally
        {
            request.Dispose();
        }

        samples.Add((kind, (clock.Elapsed - dueAt).TotalMilliseconds, ok));
    }
}

internal sealed class RunResult((RequestKind Kind, double Ms, bool Ok)[] samples, TimeSpan elapsed)
{
    public int Count => samples.Length;

    public int Errors => samples.Count(s => !s.Ok);

    public double Throughput => samples.Count(s => s.Ok) / elapsed.TotalSeconds;

    public double Percentile(double p, RequestKind? kind = null) =>
        LoadRun.Percentile.Of(samples.Where(s => kind is null || s.Kind == kind).Select(s => s.Ms), p);
}
