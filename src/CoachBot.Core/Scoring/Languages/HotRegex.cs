using System.Diagnostics;
using System.Text.RegularExpressions;

namespace CoachBot.Core.Scoring.Languages;

/// <summary>
/// One regex of a phrase pattern, interpreted at first and swapped for a compiled one (built in the background by
/// <see cref="RegexCompilerInBackground"/>) once its runs have cost about what compiling it costs.
/// </summary>
/// <remarks>
/// Compiling every branch up front costs a minute of CPU and over a gigabyte (about 19,000 branches at ≈3.5 ms and
/// 60 KB each), and compiling on the answering thread made the first minutes slow; most branches run rarely and cheaply.
/// Both engines give the same matches, so an answer scores the same whichever one ran.
/// </remarks>
internal sealed class HotRegex(Func<string> pattern)
{
    /// <summary>Interpreted runs may cost this much in all before the regex is compiled (about one compile's CPU).</summary>
    internal static readonly TimeSpan CompileAfter = TimeSpan.FromMilliseconds(4);

    private const int TimeOneRunIn = 8;
    private static readonly long CompileAfterTicks = (long)(CompileAfter.TotalSeconds * Stopwatch.Frequency);

    private Regex? _regex;
    private int _runs;
    private long _spentTicks;
    private int _queued;

    private Regex Current => Volatile.Read(ref _regex) ?? Interpreted();

    public bool IsMatch(ReadOnlySpan<char> text)
    {
        if (++_runs % TimeOneRunIn != 0 || _queued != 0)
        {
            return Current.IsMatch(text);
        }

        var started = Stopwatch.GetTimestamp();
        var found = Current.IsMatch(text);
        Spent(Stopwatch.GetTimestamp() - started);
        return found;
    }

    /// <summary>The first match at or after <paramref name="from"/>.</summary>
    public PatternMatch? First(ReadOnlySpan<char> text, int from)
    {
        if (++_runs % TimeOneRunIn != 0 || _queued != 0)
        {
            return First(Current, text, from);
        }

        var started = Stopwatch.GetTimestamp();
        var found = First(Current, text, from);
        Spent(Stopwatch.GetTimestamp() - started);
        return found;
    }

    /// <summary>Builds the compiled regex and runs it once, so that its code is ready before an answer uses it.</summary>
    internal void Compile()
    {
        var compiled = new Regex(pattern(), RegexOptions.CultureInvariant | RegexOptions.Compiled);
        compiled.IsMatch("a b. a, b");
        Volatile.Write(ref _regex, compiled);
    }

    private static PatternMatch? First(Regex regex, ReadOnlySpan<char> text, int from)
    {
        foreach (var m in regex.EnumerateMatches(text, from))
        {
            return new PatternMatch(m.Index, m.Length);
        }

        return null;
    }

    private Regex Interpreted()
    {
        var regex = new Regex(pattern(), RegexOptions.CultureInvariant);
        return Interlocked.CompareExchange(ref _regex, regex, null) ?? regex;
    }

    private void Spent(long ticks)
    {
        // Only one run in eight is timed: reading the clock on every run would cost more than many of the runs.
        _spentTicks += ticks * TimeOneRunIn;
        if (_spentTicks >= CompileAfterTicks && Interlocked.Exchange(ref _queued, 1) == 0)
        {
            RegexCompilerInBackground.Enqueue(this);
        }
    }
}
