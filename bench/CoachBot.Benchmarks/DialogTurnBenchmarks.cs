using System.Collections.Concurrent;
using BenchmarkDotNet.Attributes;
using CoachBot.Core.Coaching;
using CoachBot.Core.Content;
using CoachBot.Core.Progress;
using CoachBot.Core.Scoring;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoachBot.Benchmarks;

/// <summary>One scored answer through the dialog, with the database replaced by memory to measure only CoachBot's own work.</summary>
[MemoryDiagnoser]
public class DialogTurnBenchmarks
{
    private const string Answer = "Oh no, your card with your trip on Thursday, that's worrying. Did it show a message? I'll block it now and have a new one with you by Wednesday, probably sooner. Thank you, I'll call you Wednesday to check.";
    private readonly ChatAddress _address = new("bench", "c", "u");
    private CoachingService _coaching = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        var pack = ContentLoader.Load(Path.Combine(AppContext.BaseDirectory, "prompts"));
        _coaching = new CoachingService(pack, new RubricAnswerScorer(pack), new MemoryStore(), TimeProvider.System, NullLogger<CoachingService>.Instance);
        await _coaching.HandleAsync(new IncomingMessage(_address, "practice bank"), default);
    }

    [Benchmark]
    public Task<IReadOnlyList<BotReply>> AnswerTurn() => _coaching.HandleAsync(new IncomingMessage(_address, Answer), default);

    private sealed class MemoryStore : ICoachingStore
    {
        private readonly ConcurrentDictionary<ChatAddress, DialogState> _dialogs = new();

        public Task<DialogState?> GetDialogAsync(ChatAddress address, CancellationToken cancellationToken) => Task.FromResult(_dialogs.GetValueOrDefault(address));

        public Task SaveDialogAsync(DialogState state, CancellationToken cancellationToken)
        {
            _dialogs[state.Address] = state;
            return Task.CompletedTask;
        }

        // Attempts are dropped: keeping them would make each iteration slower than the last.
        public Task SaveAttemptAsync(Attempt attempt, DialogState state, CancellationToken cancellationToken) => SaveDialogAsync(state, cancellationToken);

        public Task<IReadOnlyList<Attempt>> GetAttemptsAsync(string channelId, string userId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Attempt>>([]);
    }
}
