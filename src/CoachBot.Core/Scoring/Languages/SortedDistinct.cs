namespace CoachBot.Core.Scoring.Languages;

internal static class SortedDistinct
{
    /// <summary>Sorts the list and drops its repeats, in place: the cheap way for the few hundred numbers an answer yields.</summary>
    public static List<int> InPlace(List<int> numbers)
    {
        numbers.Sort();
        var distinct = 0;
        for (var k = 0; k < numbers.Count; k++)
        {
            if (k == 0 || numbers[k] != numbers[k - 1])
            {
                numbers[distinct++] = numbers[k];
            }
        }

        numbers.RemoveRange(distinct, numbers.Count - distinct);
        return numbers;
    }
}
