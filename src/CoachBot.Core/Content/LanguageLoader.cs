using CoachBot.Core.Scoring.Languages;

namespace CoachBot.Core.Content;

/// <summary>Reads <c>prompts/languages/*.yml</c> into language packs and checks each pattern and coaching text.</summary>
internal static class LanguageLoader
{
    public const string Folder = "languages";
    public static readonly string[] Stemmers = ["english", "russian", "prefix-4", "prefix-5", "prefix-6"];
    public static readonly string[] Scripts = ["latin", "cyrillic"];
    public static readonly string[] RequiredMessages = ["unscorable-language"];

    public static List<LanguagePack> Load(string folder, List<ContentProblem> problems)
    {
        if (!Directory.Exists(folder))
        {
            problems.Add(new(folder, "(folder)", "does not exist: the offline scorer needs at least one language file"));
            return [];
        }

        var packs = new List<LanguagePack>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.yml").Order(StringComparer.Ordinal))
        {
            var file = ContentLoader.ParseFile<LanguageFile>(path, problems);
            if (file is not null && Build(path, file, problems) is { } pack)
            {
                if (packs.Any(p => p.Code == pack.Code))
                {
                    problems.Add(new(path, "code", $"'{pack.Code}' is used by another language file"));
                    continue;
                }

                packs.Add(pack);
            }
        }

        if (packs.Count == 0 && !problems.Any(p => p.Path.StartsWith(folder, StringComparison.Ordinal)))
        {
            problems.Add(new(folder, "(folder)", "has no language files (*.yml)"));
        }

        return packs;
    }

    private static LanguagePack? Build(string path, LanguageFile file, List<ContentProblem> problems)
    {
        var before = problems.Count;
        Require(path, "code", file.Code, problems);
        Require(path, "name", file.Name, problems);
        OneOf(path, "script", file.Script, Scripts, problems);
        OneOf(path, "stemmer", file.Stemmer, Stemmers, problems);
        if (file.Markers is not { Count: > 0 })
        {
            problems.Add(new(path, "markers", "lists no words: the language could never be recognised"));
        }

        var markers = (file.Markers ?? []).Select(m => m.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var otherWords = (file.OtherWords ?? []).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var own = otherWords.Where(markers.Contains).Order(StringComparer.Ordinal).ToList();
        if (own.Count > 0)
        {
            problems.Add(new(path, "other_words", $"lists words of this language's own markers, so they would count against it: {string.Join(", ", own)}"));
        }

        var folds = Folds(path, file.Folds, problems);
        PatternSet Read(string field, List<string> patterns) => Patterns(path, field, patterns.Select(folds.Apply).ToList(), problems);

        var signals = new Dictionary<string, SignalPatterns>(StringComparer.Ordinal);
        foreach (var (name, entry) in file.Signals ?? [])
        {
            if (entry.Patterns is not { Count: > 0 })
            {
                problems.Add(new(path, $"signals.{name}.patterns", "is missing or empty"));
                continue;
            }

            var kind = entry.In switch
            {
                null or "any" => SentenceKind.Any,
                "questions" => SentenceKind.Questions,
                "statements" => SentenceKind.Statements,
                _ => (SentenceKind?)null,
            };
            if (kind is null)
            {
                problems.Add(new(path, $"signals.{name}.in", $"must be 'any', 'questions' or 'statements', not '{entry.In}'"));
                continue;
            }

            if (entry.AtLeast is < 1)
            {
                problems.Add(new(path, $"signals.{name}.at_least", $"must be 1 or more, not {entry.AtLeast}"));
                continue;
            }

            // Typed text is matched as typed, unfolded.
            var patterns = entry.AsTyped == true ? Patterns(path, $"signals.{name}.patterns", entry.Patterns, problems) : Read($"signals.{name}.patterns", entry.Patterns);
            signals[name] = new SignalPatterns(name, patterns,
                entry.With is { Count: > 0 } ? Read($"signals.{name}.with", entry.With) : null,
                entry.Unless is { Count: > 0 } ? Read($"signals.{name}.unless", entry.Unless) : null,
                kind.Value, entry.Negatable ?? entry.AsTyped != true) { AsTyped = entry.AsTyped == true, ReadsSarcasm = entry.ReadsSarcasm == true, ReadsScorerTalk = entry.ReadsScorerTalk == true, AtLeast = entry.AtLeast ?? 1 };
        }

        var coaching = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var (name, entry) in file.Coaching ?? [])
        {
            if (Require(path, $"coaching.{name}.missing", entry.Missing, problems) & Require(path, $"coaching.{name}.tip", entry.Tip, problems))
            {
                coaching[name] = (entry.Missing!.Trim(), entry.Tip!.Trim());
            }
        }

        foreach (var key in RequiredMessages.Where(k => string.IsNullOrWhiteSpace(file.Messages?.GetValueOrDefault(k))))
        {
            problems.Add(new(path, $"messages.{key}", "is required"));
        }

        var negation = file.Negation ?? new NegationEntry();
        var pack = new LanguagePack
        {
            Code = file.Code?.Trim() ?? "",
            Name = file.Name?.Trim() ?? "",
            Script = file.Script ?? "",
            Letters = file.Letters ?? "",
            ForeignLetters = file.ForeignLetters ?? "",
            OtherWords = otherWords,
            OtherLetters = (file.OtherLetters ?? "").ToLowerInvariant(),
            Markers = markers,
            Endings = (file.Endings ?? []).Select(e => e.ToLowerInvariant()).OrderByDescending(e => e.Length).ToList(),
            Stemmer = file.Stemmer ?? "",
            Chat = (file.Chat ?? []).ToDictionary(kv => kv.Key.ToLowerInvariant(), kv => folds.Apply(kv.Value.ToLowerInvariant()), StringComparer.Ordinal),
            ChatBefore = ChatBefore(path, file.ChatBefore, folds, problems),
            Folds = folds,
            Latin = Latin(path, file.Script, file.Latin, folds, problems),
            NegatorsBefore = Read("negation.before", negation.Before ?? []),
            NegatorsAfter = Read("negation.after", negation.After ?? []),
            NegationWindow = negation.Window ?? 3,
            ClauseBreaks = Read("clause_breaks", file.ClauseBreaks ?? []),
            QuestionEndings = Read("question_endings", file.QuestionEndings ?? []),
            StopWords = (file.StopWords ?? []).Select(w => folds.Apply(w.ToLowerInvariant())).ToHashSet(StringComparer.Ordinal),
            You = Read("you", file.You ?? []),
            Me = Read("me", file.Me ?? []),
            ScorerTalk = Read("scorer_talk", file.ScorerTalk ?? []),
            Sarcasm = Read("sarcasm", file.Sarcasm ?? []),
            Signals = signals,
            Coaching = coaching,
            Messages = (file.Messages ?? []).ToDictionary(kv => kv.Key, kv => kv.Value.Trim(), StringComparer.Ordinal),
        };
        return problems.Count == before ? pack : null;
    }

    private static PatternSet Patterns(string path, string field, List<string> patterns, List<ContentProblem> problems)
    {
        var bad = patterns.Select(p => (p, PatternSet.Problem(p))).Where(x => x.Item2 is not null).ToList();
        foreach (var (pattern, problem) in bad)
        {
            problems.Add(new(path, field, $"'{pattern}' is not a valid pattern: {problem}"));
        }

        return PatternSet.Of(bad.Count == 0 ? patterns : []);
    }

    private static Dictionary<string, ChatBeforeWord> ChatBefore(string path, Dictionary<string, ChatBeforeEntry>? entries, LetterFolds folds, List<ContentProblem> problems)
    {
        var words = new Dictionary<string, ChatBeforeWord>(StringComparer.Ordinal);
        foreach (var (typed, entry) in entries ?? [])
        {
            var reads = Require(path, $"chat_before.{typed}.reads", entry.Reads, problems);
            if (entry.Before is not { Count: > 0 })
            {
                problems.Add(new(path, $"chat_before.{typed}.before", "lists no words: the spelling would never be read so"));
            }
            else if (reads)
            {
                words[typed.ToLowerInvariant()] = new ChatBeforeWord(folds.Apply(entry.Reads!.Trim().ToLowerInvariant()),
                    entry.Before.Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal));
            }
        }

        return words;
    }

    private static LetterFolds Folds(string path, Dictionary<string, string>? folds, List<ContentProblem> problems)
    {
        var pairs = (folds ?? []).Select(kv => (Letter: kv.Key.ToLowerInvariant(), StandIn: (kv.Value ?? "").ToLowerInvariant())).ToList();
        var bad = pairs.Where(p => p.Letter.Length != 1 || p.StandIn.Length != 1).ToList();
        foreach (var (letter, standIn) in bad)
        {
            problems.Add(new(path, $"folds.{letter}", $"must map one letter to one letter, not '{letter}' to '{standIn}'"));
        }

        return bad.Count > 0 || pairs.Count == 0
            ? LetterFolds.None
            : new LetterFolds(string.Concat(pairs.Select(p => p.Letter)), string.Concat(pairs.Select(p => p.StandIn)));
    }

    private static LatinSpelling Latin(string path, string? script, Dictionary<string, string>? groups, LetterFolds folds, List<ContentProblem> problems)
    {
        if (groups is not { Count: > 0 })
        {
            return LatinSpelling.None;
        }

        var before = problems.Count;
        if (script == "latin")
        {
            problems.Add(new(path, "latin", "is for a language written in another script"));
        }

        foreach (var (latin, written) in groups)
        {
            if (latin.Length == 0 || !latin.All(c => c is >= 'a' and <= 'z' or '\'' || c is >= '\u00E0' and <= '\u00FF'))
            {
                problems.Add(new(path, $"latin.{latin}", "must be Latin letters in lower case (or an apostrophe)"));
            }
            else if (string.IsNullOrEmpty(written) || written.Length > latin.Length || written.Any(c => c is >= 'a' and <= 'z'))
            {
                problems.Add(new(path, $"latin.{latin}", $"must stand for one to {latin.Length} letters of the language's own script, not '{written}'"));
            }
        }

        var missing = groups.Keys.SelectMany(k => k).Distinct().Where(c => !groups.ContainsKey(c.ToString())).ToList();
        if (missing.Count > 0)
        {
            problems.Add(new(path, "latin", $"every letter of a group needs a group of its own, so any word can be read: {string.Join(", ", missing)}"));
        }

        return problems.Count > before ? LatinSpelling.None : new LatinSpelling(groups.ToDictionary(g => g.Key, g => folds.Apply(g.Value.ToLowerInvariant()), StringComparer.Ordinal));
    }

    private static void OneOf(string path, string field, string? value, string[] allowed, List<ContentProblem> problems)
    {
        if (!allowed.Contains(value))
        {
            problems.Add(new(path, field, $"must be one of {string.Join(", ", allowed)}, not '{value}'"));
        }
    }

    private static bool Require(string path, string field, string? value, List<ContentProblem> problems)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        problems.Add(new(path, field, "is required"));
        return false;
    }
}
