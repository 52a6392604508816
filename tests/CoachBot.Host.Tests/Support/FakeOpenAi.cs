using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CoachBot.Host.Tests.Support;

/// <summary>An OpenAI-compatible chat-completions server on loopback whose next replies the test chooses.</summary>
public sealed class FakeOpenAi : IAsyncDisposable
{
    public enum Reply
    {
        Good,
        Malformed,
        Incomplete,
        InventedQuote,
        Slow,
        Throttled,
    }

    private readonly WebApplication _app;

    private FakeOpenAi(WebApplication app) => _app = app;

    /// <summary>What to answer next; when empty, Good.</summary>
    public ConcurrentQueue<Reply> Script { get; } = new();

    public ConcurrentQueue<JsonObject> Requests { get; } = new();

    /// <summary>
    /// The signals a Good reply says are present, each with its quote; a null quote is the answer's first
    /// twelve characters, which any answer contains. Every other signal the prompt lists is absent.
    /// </summary>
    public IReadOnlyDictionary<string, string?> Present { get; set; } =
        new Dictionary<string, string?> { ["empathy"] = null, ["concern"] = null, ["root-question"] = null };

    public string Endpoint => LoopbackServer.BaseUrl(_app) + "/v1";

    public static async Task<FakeOpenAi> StartAsync()
    {
        var app = LoopbackServer.Create();
        var fake = new FakeOpenAi(app);
        app.MapPost("/v1/chat/completions", async (HttpRequest request) =>
        {
            var body = (await request.ReadFromJsonAsync<JsonObject>())!;
            fake.Requests.Enqueue(body);
            var next = fake.Script.TryDequeue(out var r) ? r : Reply.Good;
            var answer = AnswerIn(body);
            var present = fake.Present.ToDictionary(p => p.Key, p => p.Value ?? (answer.Length > 12 ? answer[..12] : answer));
            return next switch
            {
                Reply.Throttled => Results.Json(new { error = new { message = "Rate limit reached", type = "requests", code = "rate_limit_exceeded" } }, statusCode: 429),
                Reply.Slow => await SlowAsync(request.HttpContext.RequestAborted),
                Reply.Malformed => Completion("Sure! Here is the checklist: empathy yes, concern yes, thanks no"),
                Reply.Incomplete => Completion(Checklist(SignalsAskedIn(body).SkipLast(1), present)),
                Reply.InventedQuote => Completion(Checklist(SignalsAskedIn(body), new(present) { ["personal-action"] = "I will personally fly your card to you tonight" })),
                _ => Completion(Checklist(SignalsAskedIn(body), present)),
            };
        });
        await app.StartAsync();
        return fake;
    }

    private static async Task<IResult> SlowAsync(CancellationToken aborted)
    {
        await Task.Delay(TimeSpan.FromSeconds(30), aborted).ContinueWith(_ => { }, TaskScheduler.Default);
        return Results.StatusCode(504);
    }

    /// <summary>What the prompt fences as the employee's answer: between the markers with this request's nonce.</summary>
    public static (string Answer, string Nonce) FencedAnswerIn(JsonObject body)
    {
        var user = body["messages"]!.AsArray().First(m => m!["role"]!.GetValue<string>() == "user" && m["content"]!.ToString().Contains("<<<ANSWER ", StringComparison.Ordinal))!["content"]!.ToString();
        var nonce = Regex.Match(user, @"<<<ANSWER (\w+)\n").Groups[1].Value;
        var start = user.IndexOf($"<<<ANSWER {nonce}\n", StringComparison.Ordinal) + $"<<<ANSWER {nonce}\n".Length;
        return (user[start..user.LastIndexOf($"\nANSWER {nonce}>>>", StringComparison.Ordinal)], nonce);
    }

    private static string AnswerIn(JsonObject body) => FencedAnswerIn(body).Answer;

    /// <summary>The signal names the system prompt asks to be answered.</summary>
    private static string[] SignalsAskedIn(JsonObject body)
    {
        const string Lead = "with every one of these signal names: ";
        var system = body["messages"]![0]!["content"]!.ToString();
        return system[(system.LastIndexOf(Lead, StringComparison.Ordinal) + Lead.Length)..].TrimEnd('.', '\n', ' ').Split(", ");
    }

    private static string Checklist(IEnumerable<string> asked, Dictionary<string, string> present)
    {
        var signals = new JsonObject();
        foreach (var name in asked)
        {
            signals[name] = new JsonObject { ["present"] = present.ContainsKey(name), ["quote"] = present.GetValueOrDefault(name) ?? "" };
        }

        return new JsonObject { ["signals"] = signals }.ToJsonString();
    }

    private static IResult Completion(string content) => Results.Json(new JsonObject
    {
        ["id"] = "chatcmpl-test",
        ["object"] = "chat.completion",
        ["created"] = 1_763_000_000,
        ["model"] = "gpt-test",
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
            ["finish_reason"] = "stop",
        }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = 900, ["completion_tokens"] = 120, ["total_tokens"] = 1020 },
    });

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
