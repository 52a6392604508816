using System.Collections.Concurrent;
using System.Text.Json.Nodes;
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
        InventedQuote,
        Slow,
        Throttled,
    }

    private readonly WebApplication _app;

    private FakeOpenAi(WebApplication app) => _app = app;

    /// <summary>What to answer next; when empty, Good.</summary>
    public ConcurrentQueue<Reply> Script { get; } = new();

    public ConcurrentQueue<JsonObject> Requests { get; } = new();

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
            return next switch
            {
                Reply.Throttled => Results.Json(new { error = new { message = "Rate limit reached", type = "requests", code = "rate_limit_exceeded" } }, statusCode: 429),
                Reply.Slow => await SlowAsync(request.HttpContext.RequestAborted),
                Reply.Malformed => Completion("Sure! Here are the scores: listen-first 2, set-expectations 1"),
                Reply.InventedQuote => Completion(Scores(body, "I will personally fly your card to you tonight")),
                _ => Completion(Scores(body, answer.Length > 12 ? answer[..12] : answer)),
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

    private static string AnswerIn(JsonObject body)
    {
        var first = body["messages"]!.AsArray().First(m => m!["role"]!.GetValue<string>() == "user" && m["content"]!.ToString().Contains("<<<ANSWER", StringComparison.Ordinal))!["content"]!.ToString();
        var start = first.LastIndexOf("<<<ANSWER\n", StringComparison.Ordinal) + "<<<ANSWER\n".Length;
        return first[start..first.LastIndexOf("\nANSWER>>>", StringComparison.Ordinal)];
    }

    /// <summary>Every standard the prompt lists as assessed gets 2, with the given quote.</summary>
    private static string Scores(JsonObject body, string quote)
    {
        var system = body["messages"]![0]!["content"]!.ToString();
        var assessed = system[(system.LastIndexOf("with exactly these standard ids: ", StringComparison.Ordinal) + 33)..].TrimEnd('.', '\n', ' ').Split(", ");
        var scores = new JsonObject();
        foreach (var id in assessed)
        {
            scores[id] = new JsonObject { ["score"] = 2, ["evidence"] = quote, ["tip"] = "Add a concrete time." };
        }

        return new JsonObject { ["scores"] = scores }.ToJsonString();
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
