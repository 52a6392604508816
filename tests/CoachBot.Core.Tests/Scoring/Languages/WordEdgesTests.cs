using System.Text.RegularExpressions;
using CoachBot.Core.Scoring.Languages;

namespace CoachBot.Core.Tests.Scoring.Languages;

public sealed class WordEdgesTests
{
    private const string WordStart = @"(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))";
    private const string WordEnd = @"(?:(?![\p{L}\p{N}])|(?<![\p{L}\p{N}]))";

    [Theory]
    [InlineData(@"so\s+sorry", @"(?<![\p{L}\p{N}])", @"(?![\p{L}\p{N}])")]
    [InlineData(@"(?:i|we)\s+will", @"(?<![\p{L}\p{N}])", @"(?![\p{L}\p{N}])")]
    [InlineData(@"^(?=[^.]*спасибо)я\s+\p{L}+", "", @"(?![\p{L}\p{N}])")]
    [InlineData(@"^(?:(?:ой|ох)[\s,!]+){0,3}(?:\p{L}+,?\s+){1,3}ли", "", @"(?![\p{L}\p{N}])")]
    [InlineData(@"(?:[\p{L}-]+,\s*){2,}[\p{L}-]+$(?<!ли)", WordStart, "")]
    [InlineData(@"(?:^|\s)да", WordStart, @"(?![\p{L}\p{N}])")]
    [InlineData(@"(?:'ll|\s+will)\s+call\.", "", "")]
    [InlineData(@"\d{1,2}[:.]\d{2}", @"(?<![\p{L}\p{N}])", @"(?![\p{L}\p{N}])")]
    [InlineData(@"\p{Lu}\p{Ll}+,?\s+our", @"(?<![\p{L}\p{N}])", @"(?![\p{L}\p{N}])")]
    [InlineData(@"(?:'ll|will)\s+call", WordStart, @"(?![\p{L}\p{N}])")]
    [InlineData(@"(?:oh\s+)?sure", WordStart, @"(?![\p{L}\p{N}])")]
    [InlineData(@"[\p{L}'-]+\s+\w+", WordStart, WordEnd)]
    [InlineData(@"(?<w>\p{L}{3,}),?\s+когда\s+\k<w>", WordStart, WordEnd)]
    public void TheWholeWordTest_IsAsSimpleAsWhereEveryMatchBeginsAndEnds(string regex, string start, string end)
    {
        Assert.Equal(start, WordEdges.Start(regex));
        Assert.Equal(end, WordEdges.End(regex));
    }

    [Theory]
    [InlineData(@"so\s+sorry")]
    [InlineData(@"(?:'ll|\s+will)\s+(?!not)\w+")]
    [InlineData(@"\p{L}+(?:аарай|ээрэй)")]
    [InlineData(@"(?<=\.\s*)(?:не\s+успе\p{L}*|сорвется)")]
    [InlineData(@"^(?:\p{L}+,?\s+){1,3}ли")]
    [InlineData(@"^(?:(?:ой|ох)[\s,!]+){0,3}(?:\p{L}+,?\s+){1,3}ли")]
    [InlineData(@"^(?=[^.]*спасибо)[\p{L}-]+")]
    [InlineData(@"(?:[\p{L}-]+,\s*){2,}[\p{L}-]+$")]
    [InlineData(@"[\p{L}-]+[.!]*$")]
    [InlineData(@"(?:на|во)\s+\d+(?:-?м|-?х)?\s+минут\p{L}*")]
    [InlineData(@"thanks?!+")]
    [InlineData(@"\d{1,2}[:.]\d{2}")]
    [InlineData(@"\p{Lu}\p{Ll}+,?\s+\p{Ll}+")]
    public void TheSimpleTest_FindsWhatTheFullTestFinds(string regex)
    {
        string[] texts =
        [
            "so sorry, i'll call you. you'll not mind? we will go — so sorry!!",
            "alsosorry sorrys thanks!! thank!",
            "позвоните, пожалуйста. не успеем? сорвется, сорветсяли. ждали ли вы ли",
            "на 5 минут, во 10-х минуты, на5 минут, в 10:30 или в10.30, 123:456. Sarah, our Lead",
            "хүлээгээрэй, ирээрэй. залгаарай!",
            "ой, ждали ли вы ли",
            "ох! спасибо, жду, пишу",
            "спасибо, жду, пишу\n",
            "",
        ];
        var full = new Regex(WordStart + "(?:(?:" + regex + "))" + WordEnd, RegexOptions.CultureInvariant);
        var simple = new Regex(WordEdges.Start(regex) + "(?:(?:" + regex + "))" + WordEdges.End(regex), RegexOptions.CultureInvariant);
        foreach (var text in texts)
        {
            for (var start = 0; start < text.Length; start += 3)
            {
                var span = text.AsSpan(start);
                Assert.Equal(Found(full, span), Found(simple, span));
            }
        }
    }

    private static List<(int, int)> Found(Regex regex, ReadOnlySpan<char> text)
    {
        var found = new List<(int, int)>();
        foreach (var m in regex.EnumerateMatches(text))
        {
            found.Add((m.Index, m.Length));
        }

        return found;
    }
}
