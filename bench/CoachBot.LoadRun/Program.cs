using System.Diagnostics;
using System.Globalization;
using CoachBot.LoadRun;

// Two runs on loopback. "fanout": one prompt for 10,000 people against a rate-limiting fake Slack, once straight through and
// once with the host killed half-way. Otherwise the load run: a bare ASP.NET Core endpoint and the CoachBot host at a fixed rate.
var options = LoadOptions.Parse(args);
if (args.FirstOrDefault() == "fanout")
{
    Console.WriteLine(FanOutRun.TableHeader);
    var straight = await FanOutRun.RunAsync(options.HostDll, options.Recipients, options.PostsPerSecond, restartHalfway: false);
    var restarted = await FanOutRun.RunAsync(options.HostDll, options.Recipients, options.PostsPerSecond, restartHalfway: true);
    return straight + restarted == 0 ? 0 : 1;
}

var replies = new ReplyClock();
await using var fakeSlack = await LoopbackApp.StartFakeSlackAsync(replies);
await using var bare = await LoopbackApp.StartBareAsync();
await using var host = await HostProcess.StartAsync(options.HostDll, fakeSlack.Url);
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512, PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromSeconds(30) };

Console.WriteLine($"Load run: {options.Rate} requests/s for {options.Seconds} s per target after {options.WarmupSeconds} s warm-up, loopback only.");
var bareTraffic = new Traffic(bare.Url + "/bare", bare.Url + "/bare");
var hostTraffic = new Traffic(host.Url + "/slack/events", host.Url + "/api/messages", replies);

await Generator.RunAsync(http, bareTraffic, options.Rate, options.WarmupSeconds);
var bareResult = await Generator.RunAsync(http, bareTraffic, options.Rate, options.Seconds);
await Generator.RunAsync(http, hostTraffic, options.Rate, options.WarmupSeconds);
replies.StartMeasuring();
var hostResult = await Generator.RunAsync(http, hostTraffic, options.Rate, options.Seconds);
var unanswered = await replies.DrainAsync(TimeSpan.FromSeconds(30));

var table = Report.Table(
[
    ("bare ASP.NET endpoint (in the generator process)", bareResult, null),
    ("CoachBot host", hostResult, host.PeakRssBytes()),
]);
Console.WriteLine();
Console.WriteLine(table);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"p99 ratio host / bare: {hostResult.Percentile(99) / Math.Max(bareResult.Percentile(99), 0.001):0.0}x (target ≤ 2x); " +
    $"Slack events p99 {hostResult.Percentile(99, RequestKind.SlackEvent):0.0} ms, Bot Framework turns p99 {hostResult.Percentile(99, RequestKind.Activity):0.0} ms"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Slack replies, from the event sent to the reply posted: p50 {replies.Percentile(50):0.0} ms, p99 {replies.Percentile(99):0.0} ms, p99.9 {replies.Percentile(99.9):0.0} ms ({replies.Count} measured, {unanswered} unanswered 30 s after the run)"));
Console.WriteLine($"Host stored {host.Count("SELECT COUNT(*) FROM attempts")} attempts and {host.Count("SELECT COUNT(*) FROM inbound_events")} Slack event ids; fake Slack received {fakeSlack.Posts} posts.");
return hostResult.Errors == 0 ? 0 : 1;
