using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace CoachBot.Core.Scoring.Languages;

/// <summary>
/// A regex that runs interpreted until it has been used often, and compiled from then on, like the JIT's own tiers:
/// the compiled form matches two to three times faster, but building and JIT-compiling it takes milliseconds per
/// pattern (seconds for the hundreds one answer touches), which would stall a fresh process's first answers.
/// </summary>
/// <remarks>Both forms give the same matches: the .NET interpreter and compiler implement one engine.</remarks>
internal sealed class TieredRegex(string pattern)
{
    // A pattern an answer touches is asked for a few times to some dozens of times per answer.
    internal const int UsesBeforeCompiling = 64;

    // A compiled regex holds about 60 KB of code and data for the life of the process: the commonest few thousand pay
    // for it (varied answers compiled about 2,200 of 11,000 patterns), the rest stay interpreted.
    private const int MaxCompiled = 3_000;

    private Regex? _regex;
    private int _uses;

    /// <summary>Whether the compiled form is in use.</summary>
    internal bool IsCompiled { get; private set; }

    /// <summary>The regex to run now on <paramref name="text"/>, which is also the sample it is first run on when compiled.</summary>
    public Regex For(string text)
    {
        var regex = Volatile.Read(ref _regex) ?? Interpreted();
        if (_uses < UsesBeforeCompiling && Interlocked.Increment(ref _uses) == UsesBeforeCompiling)
        {
            BackgroundCompiler.Enqueue(this, text);
        }

        return regex;
    }

    private Regex Interpreted()
    {
        var regex = new Regex(pattern, RegexOptions.CultureInvariant);
        return Interlocked.CompareExchange(ref _regex, regex, null) ?? regex;
    }

    private void Compile(string sample)
    {
        try
        {
            var compiled = new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);

            // The compiled code is JIT-compiled on its first run: here, not on an answer's turn.
            _ = compiled.IsMatch(sample);
            Volatile.Write(ref _regex, compiled);
            IsCompiled = true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The interpreted form stays in use; it gives the same matches, only slower.
        }
    }

    /// <summary>Compiles one regex at a time on a background thread, so scoring never waits for it.</summary>
    private static class BackgroundCompiler
    {
        private static readonly ConcurrentQueue<(TieredRegex Regex, string Sample)> Queue = new();
        private static int _draining;
        private static int _queued;

        public static void Enqueue(TieredRegex regex, string sample)
        {
            if (Interlocked.Increment(ref _queued) > MaxCompiled)
            {
                return;
            }

            Queue.Enqueue((regex, sample));
            if (Interlocked.CompareExchange(ref _draining, 1, 0) == 0)
            {
                new Thread(Drain) { IsBackground = true, Name = "CoachBot regex compiler" }.Start();
            }
        }

        private static void Drain()
        {
            do
            {
                while (Queue.TryDequeue(out var item))
                {
                    item.Regex.Compile(item.Sample);
                }

                Volatile.Write(ref _draining, 0);
            }

            // Something queued after the last look, while no thread was draining, is drained here.
            while (!Queue.IsEmpty && Interlocked.CompareExchange(ref _draining, 1, 0) == 0);
        }
    }
}
