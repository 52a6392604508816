using System.Text.RegularExpressions;
using CoachBot.Core.Scoring.Languages;

namespace CoachBot.Core.Tests.Scoring.Languages;

public sealed class PatternSetTests
{
    // Shapes the language files use: alternation groups, optional groups, word endings, lookarounds, repeats.
    private static readonly string[] Patterns =
    [
        "(?:i|we) (?:will|can) call",
        "i will",
        "~гүй",
        @"\p{L}+(?:аарай|ээрэй)",
        @"\p{L}+(?<!үнэ)(?:гүй|ггүй) бол",
        "(?:в |во )?(?:понедельник|среду)",
        "(?:дахин )??(?:зас|соль)~",
        "so sorry",
        @"(?:oh,? )?(?:sure|right)[,!.]* (?:\S+ ){0,3}?definitely",
        @"\w+n't",
        @"(?:that|this|it)(?:'s| is) (?:so |really )*(?:awful|hard)",
        @"[\p{L}'-]+ [\p{L}'-]+ [\p{L}'-]+\?",
        @"\p{L}{3,}(?<!над) (?:руу|рүү) залга~",
        "(?<!not )(?:call|ring|text) (?:you|u) back",
        "(?:отвезу|привезу|(?:отправлю|пошлю) курьер~)",
        @"^(?=[^.!?]*?(?:sorry|thanks))[\p{L}'-]+,",
        @"(?<=said )no\b",
        @"if it (?:slips|fails)",
        "[a-z]+ (?:can|will) (?:come|fix)",
        @"(?:\p{L}+ )(?:руу|рүү) (?:өгье|өгнө)",
        @"(?<w>\p{L}{2,}(?:ли|ла|л)) и \k<w>",
        @"(?!(?:тан|над)(?:тай|тэй))[\p{L}-]{3,}(?:тай|тэй) (?:хамт|шууд)",
        @"[\p{L}\d'-]*(?:x|ks) ok",
        @"\d{1,2}[:.]\d{2} ?(?:am|pm)",
        @"(?:через|к) (?:\d+|два) час~",
    ];

    private static readonly string[] Texts =
    [
        "we will call you, i will call too. we can call",
        "so sorry, i can't say. that's so really awful! it is hard",
        "ирээгүй бол хүлээгээрэй, үнэгүй бол засна. дахин засъя, дахин сольё",
        "во среду или в понедельник, вовторник",
        "oh, sure, we'll definitely call. right!! it definitely works",
        "is it ok? did you call?",
        "багш руу залгая, над руу залгана. руу залга, ах  рүү залгаарай, 5 руу залга, эмчрүү залга",
        "",
        "x",
        "i'll call you back. not call you back! ring u back, text you back, call call call call call call call call call call you back",
        "отвезу сам, отправлю курьера, пошлю курьером; привезу. отвезу отвезу отвезу отвезу отвезу отвезу отвезу отвезу отвезу",
        "well, sorry about it. sure, thanks. no. he said no, she said nope",
        "if it slips, if it fails, if if if if if if if if if it slips",
        "bob can come, 5abc will fix, éabc will fix, Xabc can come, abc  will  fix it, can can come",
        "багш руу өгье, 5х рүү өгнө, руу өгье, ах  рүү  өгнө",
        "ходили и ходили, пела и пела, шёл и шёл, ел и ел, ходила и пела",
        "тантай хамт, багштай хамт, над-тай шууд, -эмчтэй шууд, аа-бб-тэй хамт, 5тай хамт, тэй хамт, тантайтай шууд",
        "x ok, 5x ok, a-b'ks ok, ks ok, éx ok, -x ok",
        "at 10:30 am, 9.15pm or ٣:٤٥ pm, not at ab:cd am; к 5 часам, через два часа, к часу",
    ];

    [Fact]
    public void Matches_AreThoseOfOneRegexOfAllThePatterns()
    {
        var set = PatternSet.Of(Patterns);
        var scanner = LiteralScanner.Of([set]);
        var oneRegex = OneRegex(Patterns);
        foreach (var text in Texts)
        {
            var hits = scanner.Scan(text);

            var expected = oneRegex.Matches(text).Select(m => (m.Index, m.Length)).ToList();
            var actual = set.Matches(text, hits).Select(m => (m.Index, m.Length)).ToList();

            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void IsMatch_OnAnyPartOfTheText_IsThatOfOneRegexOfAllThePatterns()
    {
        var set = PatternSet.Of(Patterns);
        var scanner = LiteralScanner.Of([set]);
        var oneRegex = OneRegex(Patterns);
        foreach (var text in Texts)
        {
            var hits = scanner.Scan(text);
            for (var start = 0; start < text.Length; start += 2)
            {
                for (var length = 1; start + length <= text.Length; length += 3)
                {
                    Assert.True(oneRegex.IsMatch(text.AsSpan(start, length)) == set.IsMatch(text, start, length, hits), $"'{text.Substring(start, length)}'");
                }
            }
        }
    }

    [Fact]
    public void PatternsUsedOften_AreCompiledInTheBackground_AndMatchAsBefore()
    {
        var set = PatternSet.Of(Patterns);
        var scanner = LiteralScanner.Of([set]);
        var before = Texts.Select(text => set.Matches(text, scanner.Scan(text)).ToList()).ToList();

        // Every regex built in the first round is asked for at least once in each later round.
        for (var round = 0; round <= TieredRegex.UsesBeforeCompiling; round++)
        {
            foreach (var text in Texts)
            {
                _ = set.Matches(text, scanner.Scan(text)).ToList();
            }
        }

        // This test process compiles about a thousand patterns in all, well under the cap on compiled ones.
        var built = set.Patterns.SelectMany(p => p.Built).ToList();
        Assert.NotEmpty(built);
        Assert.True(SpinWait.SpinUntil(() => built.All(r => r.IsCompiled), TimeSpan.FromSeconds(60)), "not compiled within a minute");
        Assert.Equal(before, Texts.Select(text => set.Matches(text, scanner.Scan(text)).ToList()).ToList());
    }

    [Theory]
    [InlineData("(?:'ll| will) (?!not|never)\\w+", "you'll have it back by noon", true)]
    [InlineData("(?:'ll| will) (?!not|never)\\w+", "you will have it back by noon", true)]
    [InlineData("(?:'ll| will) (?!not|never)\\w+", "you will not", false)]
    [InlineData("\\w+ will (?:be |have )", "she will have it", true)]
    [InlineData("ёлка", "елка стоит", true)]
    [InlineData("will", "goodwill", false)]
    public void APatternMayStartOrEndOnASpaceOrAnApostrophe_ButNeverInsideAWord(string pattern, string text, bool matches)
    {
        var set = PatternSet.Of([pattern]);

        Assert.Equal(matches, set.IsMatch(text, LiteralScanner.Of([set]).Scan(text)));
        Assert.Equal(matches, set.IsMatch(text));
    }

    [Theory]
    [InlineData("listen first ?:", "listen first: i hear you", true)]
    [InlineData("listen first ?:", "listen first : i hear you", true)]
    [InlineData("\\d ?/ ?3", "3/3", true)]
    [InlineData("(?:follow-? ?up) ?:", "follow up: thanks", true)]
    public void ASpaceBeforeAQuestionMark_MayBeLeftOut_EvenBeforeAColon(string pattern, string text, bool matches)
    {
        var set = PatternSet.Of([pattern]);

        Assert.Equal(matches, set.IsMatch(text, LiteralScanner.Of([set]).Scan(text)));
    }

    [Theory]
    [InlineData(@"i(?:'m|\s+am)\s+(?:so|really)\s+sorry", "i|'m,am|so,really|sorry")]
    [InlineData(@"(?:oh\s+no|what\s+a)", "oh,what")]
    [InlineData(@"\p{L}*(?:гацвал|гэмтвэл)", "гацвал,гэмтвэл")]
    [InlineData(@"sorr?y\s+to\s+hear", "sor|y|to|hear")]
    [InlineData(@"[\p{L}'-]+\s+[\p{L}'-]+", "")]
    [InlineData(@"(?<w>\p{L}{3,}),?\s+когда\s+\k<w>", "когда")]
    [InlineData(@"^(?=[^.]*?(?:sorry|thanks))\w+", "sorry,thanks")]
    [InlineData(@"(?<=said\s+)no", "said|no")]
    [InlineData(@"(?!not)\w+(?<!never)", "")]
    [InlineData(@"\d+\s+days?", RequiredLiterals.AnyDigit + "|day")]
    [InlineData(@"(?:\d+|two)\s+days", RequiredLiterals.AnyDigit + ",two|days")]
    public void RequiredLiterals_AreThePiecesEveryMatchHolds(string regex, string expected)
    {
        var sets = RequiredLiterals.Of(regex).Select(set => string.Join(",", set));

        Assert.Equal(expected, string.Join("|", sets));
    }

    [Theory]
    [InlineData(@"that\s+must\s+be", "that must be")]
    [InlineData(@"i'll\s+(?:call|ring)\s+you", "i'll|call,ring|you")]
    [InlineData(@"so\s*sorry", "so|sorry")]
    [InlineData(@"sorry\s+to\s{2}hear", "sorry to|hear")]
    public void RequiredPieces_MaySpanSpaces_WhenTheScannerReadsAWhitespaceRunAsOneSpace(string regex, string expected)
    {
        var sets = RequiredLiterals.Of(regex, spaceRunsAsOne: true).Select(set => string.Join(",", set));

        Assert.Equal(expected, string.Join("|", sets));
    }

    [Theory]
    [InlineData(@"that\s+must\s+be (?:hard|awful)", "oh, that   must\n\tbe hard for you", true)]
    [InlineData(@"that\s+must\s+be (?:hard|awful)", "that must  be awful", true)]
    [InlineData("that must be (?:hard|awful)", "that must\r\nbe hard", true)]
    [InlineData(@"that\s+must\s+be (?:hard|awful)", "that be must hard", false)]
    public void APieceThatSpansSpaces_IsFoundAcrossAnyRunOfWhitespace_AsTheRegexReadsIt(string pattern, string text, bool matches)
    {
        var set = PatternSet.Of([pattern]);

        Assert.Equal(matches, set.IsMatch(text, LiteralScanner.Of([set]).Scan(text)));
        Assert.Equal(matches, set.IsMatch(text));
    }

    [Theory]
    [InlineData(@"\p{L}+\s+(?:руу|рүү)\s+залга", "руу,рүү")]
    [InlineData(@"\p{L}{3,}(?<!над)\s+үү,?\s+асуу", "үү")]
    [InlineData(@"\p{L}*\s+үү", "")]
    [InlineData(@"\p{L}+үү", "")]
    [InlineData(@"(?:\p{L}+\s+)(?:руу|рүү)\s+өгье", "руу,рүү")]
    [InlineData(@"[a-z]+\s+(?:can|will)", "can,will")]
    [InlineData(@"\p{Ll}+\s+can", "can")]
    [InlineData(@"[a-z_]+\s+can", "")]
    [InlineData(@"[A-z]+\s+can", "")]
    [InlineData(@"[^a-z]+\s+can", "")]
    public void APatternOfAWordThenSpacesThenText_IsTriedOnlyBeforeThatText(string regex, string leads)
    {
        Assert.Equal(leads, string.Join(",", WordLeads.AfterASpace(regex) ?? []));
    }

    [Theory]
    [InlineData(@"if\s+it", "if")]
    [InlineData(@"(?<!not\s+)(?:call|ring)\s+you", "call,ring")]
    [InlineData(@"(?:(?:отправлю|пошлю)\s+курьер|привезу)", "отправлю,пошлю,привезу")]
    [InlineData(@"(?:a\s+)?call", "")]
    [InlineData(@"call|ring", "")]
    [InlineData(@"\p{L}+x", "")]
    public void APatternThatStartsWithPlainText_IsTriedOnlyWhereThatTextIs(string regex, string leads)
    {
        Assert.Equal(leads, string.Join(",", WordLeads.AtTheStart(regex) ?? []));
    }

    [Theory]
    [InlineData(@"\p{L}+(?:аарай|ээрэй)", "аарай,ээрэй")]
    [InlineData(@"(?<w3>\p{L}{2,}(?:ли|ла))\s+и\s+\k<w3>", "ли,ла")]
    [InlineData(@"(?:[а-я]+(?:тай|тэй)\s+)асуу", "тай,тэй")]
    [InlineData(@"[\p{L}-]+(?:тай|тэй)", "")]
    [InlineData(@"\w+(?:'ll|\s+will)", "")]
    public void APatternOfAWordsLettersThenText_IsTriedOnlyFromTheStartOfAWordHoldingThatText(string regex, string leads)
    {
        Assert.Equal(leads, string.Join(",", WordLeads.Of(regex) ?? []));
    }

    [Theory]
    [InlineData(@"(?!(?:тан|над)(?:тай|тэй))[\p{L}-]{3,}(?:тай|тэй)\s+хамт", "тай,тэй", "-")]
    [InlineData(@"[\p{L}\d'-]+\s*(?:x|ks)", "", "")]
    [InlineData(@"[\p{L}\d'-]+(?:x|ks)", "x,ks", "'-")]
    [InlineData(@"[^.]+(?:x|ks)", "", "")]
    [InlineData(@"[\s\p{L}]+(?:x|ks)", "", "")]
    public void APatternOfARunOfSomeCharactersThenText_IsTriedOnlyInTheRunBeforeThatText(string regex, string leads, string others)
    {
        var found = WordLeads.AfterARun(regex);

        Assert.Equal(leads, string.Join(",", found?.Leads ?? []));
        Assert.Equal(others, found?.Run.Others ?? "");
    }

    /// <summary>How the scorer read a pattern list before: one interpreted regex with the patterns as alternatives.</summary>
    private static Regex OneRegex(IEnumerable<string> patterns)
    {
        var expanded = patterns.Select(p => "(?:" + Regex.Replace(p.Replace("~", @"\p{L}*", StringComparison.Ordinal), @" [?*]", @"\s*").Replace(" ", @"\s+", StringComparison.Ordinal) + ")");
        return new Regex(@"(?<![\p{L}\p{N}])(?:" + string.Join('|', expanded) + @")(?![\p{L}\p{N}])", RegexOptions.CultureInvariant);
    }
}
