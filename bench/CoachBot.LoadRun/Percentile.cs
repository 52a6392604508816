namespace CoachBot.LoadRun;

internal static class Percentile
{
    /// <summary>The nearest-rank percentile <paramref name="p"/> (0-100) of <paramref name="values"/>; 0 when there are none.</summary>
    public static double Of(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
