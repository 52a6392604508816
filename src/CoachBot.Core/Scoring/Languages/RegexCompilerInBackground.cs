using System.Collections.Concurrent;

namespace CoachBot.Core.Scoring.Languages;

/// <summary>
/// Compiles hot phrase regexes one at a time on a low-priority background thread, so that no answer waits for a
/// compile; until a regex is compiled, its interpreted twin keeps answering.
/// </summary>
internal static class RegexCompilerInBackground
{
    /// <summary>At most this many compiled regexes (≈60 KB of memory each) in one process; the rest stay interpreted.</summary>
    internal const int MaxCompiled = 1_000;

    private static readonly BlockingCollection<HotRegex> Pending = new(new ConcurrentQueue<HotRegex>());
    private static int _accepted;
    private static int _started;
    private static int _compiled;

    /// <summary>How many regexes have been handed over to be compiled, and how many of those are compiled.</summary>
    internal static (int Accepted, int Compiled) Progress => (Math.Min(_accepted, MaxCompiled), _compiled);

    public static void Enqueue(HotRegex regex)
    {
        if (Interlocked.Increment(ref _accepted) > MaxCompiled)
        {
            return;
        }

        if (Interlocked.Exchange(ref _started, 1) == 0)
        {
            new Thread(CompileForever) { IsBackground = true, Priority = ThreadPriority.BelowNormal, Name = "CoachBot regex compiler" }.Start();
        }

        Pending.Add(regex);
    }

    private static void CompileForever()
    {
        foreach (var regex in Pending.GetConsumingEnumerable())
        {
            regex.Compile();
            Interlocked.Increment(ref _compiled);
        }
    }
}
