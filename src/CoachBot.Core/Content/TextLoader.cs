using CoachBot.Core.Texts;

namespace CoachBot.Core.Content;

/// <summary>
/// Reads <c>prompts/ui/*.yml</c>, one catalogue per language, and checks them against the reference language's:
/// the same keys, the same placeholders, every plural category of the language, every command and topic.
/// A subfolder is a group of texts kept apart (<c>ui/dashboard/&lt;code&gt;.yml</c>: keys <c>dashboard.*</c>), merged into
/// each language's catalogue and checked the same way.
/// </summary>
internal static class TextLoader
{
    public const string Folder = "ui";
    public const string ReferenceLanguage = "en";
    /// <summary>The key of <c>practice_words</c> whose words mean every industry, mixed.</summary>
    public const string AnyIndustry = "any";
    public static readonly string[] RequiredCommands = ["help", "practice", "retry", "model-answer", "next", "progress", "stop", "language", "team", "report", "my-data", "manager"];

    /// <summary>The schedule grammar's words each language must give; those in <see cref="OptionalScheduleWords"/> may be an empty list.</summary>
    public static readonly string[] ScheduleWords =
    [
        "schedule", "list", "pause", "resume", "delete", "cron", "every-day", "weekdays", "weekends", "on", "and",
        "mon", "tue", "wed", "thu", "fri", "sat", "sun", "at", "after-time", "for", "me", "my-team", "topic", "focus", "adaptive",
    ];

    private static readonly string[] OptionalScheduleWords = ["on", "and", "at", "after-time"];

    public static TextCatalogues? Load(string folder, IReadOnlyCollection<string> languageCodes, IEnumerable<string> industries, List<ContentProblem> problems)
    {
        if (!Directory.Exists(folder))
        {
            problems.Add(new(folder, "(folder)", "does not exist: CoachBot needs a catalogue of what it says in each language"));
            return null;
        }

        var before = problems.Count;
        var files = new List<(string Path, TextCatalogue Catalogue)>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.yml").Order(StringComparer.Ordinal))
        {
            var file = ContentLoader.ParseFile<UiFile>(path, problems);
            if (file is not null && Build(path, file, problems) is { } catalogue)
            {
                files.Add((path, catalogue));
            }
        }

        var groups = Directory.EnumerateDirectories(folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        files = files.Select(f => (f.Path, AddGroups(folder, groups, f.Catalogue, problems))).ToList();

        // A file that exists but did not load has its problems reported already.
        foreach (var code in languageCodes.Where(code => files.All(f => f.Catalogue.Code != code) && !File.Exists(Path.Combine(folder, code + ".yml"))))
        {
            problems.Add(new(Path.Combine(folder, code + ".yml"), "(file)", $"is missing: '{code}' is a language in {LanguageLoader.Folder}/, so CoachBot must be able to speak it"));
        }

        var reference = files.FirstOrDefault(f => f.Catalogue.Code == ReferenceLanguage);
        if (reference.Catalogue is null)
        {
            if (File.Exists(Path.Combine(folder, ReferenceLanguage + ".yml")))
            {
                return null;
            }

            problems.Add(new(Path.Combine(folder, ReferenceLanguage + ".yml"), "(file)", "is missing: every other catalogue is checked against it"));
            return null;
        }

        foreach (var (path, catalogue) in files)
        {
            if (catalogue != reference.Catalogue)
            {
                CompareKeys(folder, groups, catalogue, reference.Catalogue, problems);
            }

            foreach (var industry in industries.Where(i => !catalogue.Topics.ContainsKey(i)))
            {
                problems.Add(new(path, $"topics.{industry}", "is missing: a scenario is in this industry"));
            }

            foreach (var key in catalogue.PracticeWords.Keys.Where(k => k != AnyIndustry && !industries.Contains(k, StringComparer.Ordinal)))
            {
                problems.Add(new(path, $"practice_words.{key}", $"is not an industry of any scenario (nor '{AnyIndustry}')"));
            }
        }

        CheckCommandWords(files, problems);
        return problems.Count == before ? new TextCatalogues(files.Select(f => f.Catalogue).ToList(), ReferenceLanguage) : null;
    }

    private static TextCatalogue? Build(string path, UiFile file, List<ContentProblem> problems)
    {
        var code = file.Code?.Trim() ?? "";
        var named = ContentLoader.Require(path, "code", code, problems) & ContentLoader.Require(path, "name", file.Name, problems);
        if (named && code != Path.GetFileNameWithoutExtension(path))
        {
            problems.Add(new(path, "code", $"'{code}' must match the file name"));
            named = false;
        }

        var plurals = new List<(string, PluralRule)>();
        foreach (var (category, text) in file.Plurals ?? [])
        {
            if (PluralRule.Parse(text, out var problem) is { } rule)
            {
                plurals.Add((category, rule));
            }
            else
            {
                problems.Add(new(path, $"plurals.{category}", problem!));
            }
        }

        if (plurals.Count == 0 || file.Plurals!.Values.Last().Trim() != PluralRule.Always)
        {
            problems.Add(new(path, "plurals", $"must list the language's plural categories, the last one '{PluralRule.Always}'"));
        }

        foreach (var command in RequiredCommands.Where(c => file.Commands?.GetValueOrDefault(c) is not { Count: > 0 }))
        {
            problems.Add(new(path, $"commands.{command}", "is required: the words people type for it"));
        }

        if (file.PracticeWords?.GetValueOrDefault(AnyIndustry) is not { Count: > 0 })
        {
            problems.Add(new(path, $"practice_words.{AnyIndustry}", "is required: the words people type after practice for every industry mixed"));
        }

        foreach (var word in ScheduleWords)
        {
            if (file.Schedule is null || !file.Schedule.TryGetValue(word, out var words)
                || (words is not { Count: > 0 } && !OptionalScheduleWords.Contains(word)) || words?.Any(string.IsNullOrWhiteSpace) == true)
            {
                problems.Add(new(path, $"schedule.{word}", OptionalScheduleWords.Contains(word)
                    ? "is required (an empty list [] when the language has no such word)"
                    : "is required: the words people type for it in a schedule"));
            }
        }

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var pluralTexts = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        ReadTexts(path, file.Texts, (file.Plurals ?? []).Keys.ToList(), texts, pluralTexts, problems);
        if (texts.Count == 0 && pluralTexts.Count == 0)
        {
            problems.Add(new(path, "texts", "is missing or empty"));
        }

        // A catalogue with problems is still compared with the others, so that every problem is reported at once.
        return !named ? null : new TextCatalogue
        {
            Code = code,
            Name = file.Name!.Trim(),
            Plurals = plurals,
            Texts = texts,
            PluralTexts = pluralTexts,
            Commands = (file.Commands ?? []).ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)(kv.Value ?? []).Select(w => w.Trim()).ToList(), StringComparer.Ordinal),
            Topics = (file.Topics ?? []).ToDictionary(kv => kv.Key, kv => kv.Value.Trim(), StringComparer.Ordinal),
            ScheduleWords = (file.Schedule ?? []).ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)(kv.Value ?? []).Select(w => w.Trim()).ToList(), StringComparer.Ordinal),
            PracticeWords = (file.PracticeWords ?? []).ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)(kv.Value ?? []).Select(w => w.Trim()).ToList(), StringComparer.Ordinal),
        };
    }

    private static void ReadTexts(
        string path, Dictionary<string, object>? values, List<string> categories,
        Dictionary<string, string> texts, Dictionary<string, IReadOnlyDictionary<string, string>> pluralTexts, List<ContentProblem> problems)
    {
        foreach (var (key, value) in values ?? [])
        {
            switch (value)
            {
                case string text when !string.IsNullOrWhiteSpace(text):
                    texts[key] = text.Trim();
                    break;
                case Dictionary<object, object> forms:
                    var byCategory = forms.ToDictionary(kv => kv.Key.ToString() ?? "", kv => kv.Value?.ToString()?.Trim() ?? "", StringComparer.Ordinal);
                    if (!byCategory.Keys.Order().SequenceEqual(categories.Order()) || byCategory.Values.Any(string.IsNullOrWhiteSpace))
                    {
                        problems.Add(new(path, $"texts.{key}", $"needs a text for each plural category of the language: {string.Join(", ", categories)}"));
                    }

                    pluralTexts[key] = byCategory;
                    break;
                default:
                    problems.Add(new(path, $"texts.{key}", "must be a text, or a text per plural category"));
                    break;
            }
        }
    }

    /// <summary>The catalogue with the texts of each group's file for its language (<c>ui/&lt;group&gt;/&lt;code&gt;.yml</c>).</summary>
    private static TextCatalogue AddGroups(string folder, List<string> groups, TextCatalogue catalogue, List<ContentProblem> problems)
    {
        var texts = catalogue.Texts.ToDictionary(StringComparer.Ordinal);
        var pluralTexts = catalogue.PluralTexts.ToDictionary(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var path = Path.Combine(folder, group, catalogue.Code + ".yml");
            if (!File.Exists(path))
            {
                problems.Add(new(path, "(file)", $"is missing: every language CoachBot speaks needs the '{group}' texts"));
                continue;
            }

            if (ContentLoader.ParseFile<UiGroupFile>(path, problems) is not { } file)
            {
                continue;
            }

            if (file.Code?.Trim() != catalogue.Code)
            {
                problems.Add(new(path, "code", $"must be '{catalogue.Code}', the file name"));
            }

            var groupTexts = new Dictionary<string, string>(StringComparer.Ordinal);
            var groupPlurals = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
            ReadTexts(path, file.Texts, catalogue.Plurals.Select(p => p.Category).ToList(), groupTexts, groupPlurals, problems);
            foreach (var key in groupTexts.Keys.Concat(groupPlurals.Keys).Where(k => !k.StartsWith(group + ".", StringComparison.Ordinal)))
            {
                problems.Add(new(path, $"texts.{key}", $"must start with '{group}.': the texts of this folder are the '{group}' group"));
            }

            foreach (var (key, text) in groupTexts)
            {
                texts[key] = text;
            }

            foreach (var (key, forms) in groupPlurals)
            {
                pluralTexts[key] = forms;
            }
        }

        return catalogue.WithTexts(texts, pluralTexts);
    }

    /// <summary>The file a key of a language lives in: its group's, or the language's main catalogue.</summary>
    private static string FileOf(string folder, List<string> groups, string code, string key) =>
        groups.FirstOrDefault(g => key.StartsWith(g + ".", StringComparison.Ordinal)) is { } group
            ? Path.Combine(folder, group, code + ".yml")
            : Path.Combine(folder, code + ".yml");

    private static void CompareKeys(string folder, List<string> groups, TextCatalogue catalogue, TextCatalogue reference, List<ContentProblem> problems)
    {
        var referenceFile = reference.Code + ".yml";
        foreach (var key in reference.Texts.Keys.Concat(reference.PluralTexts.Keys))
        {
            var path = FileOf(folder, groups, catalogue.Code, key);
            var expected = PlaceholdersOf(reference, key);
            if (!catalogue.Texts.ContainsKey(key) && !catalogue.PluralTexts.ContainsKey(key))
            {
                problems.Add(new(path, $"texts.{key}", $"is missing ({referenceFile} has it)"));
            }
            else if (reference.PluralTexts.ContainsKey(key) != catalogue.PluralTexts.ContainsKey(key))
            {
                problems.Add(new(path, $"texts.{key}", reference.PluralTexts.ContainsKey(key)
                    ? $"depends on a number in {referenceFile}: give a text per plural category"
                    : $"is one text in {referenceFile}, not a text per plural category"));
            }
            else if (!PlaceholdersOf(catalogue, key).SetEquals(expected))
            {
                problems.Add(new(path, $"texts.{key}", $"has the placeholders {Describe(PlaceholdersOf(catalogue, key))}; {referenceFile} has {Describe(expected)}"));
            }
        }

        foreach (var key in catalogue.Texts.Keys.Concat(catalogue.PluralTexts.Keys).Where(k => !reference.Texts.ContainsKey(k) && !reference.PluralTexts.ContainsKey(k)))
        {
            problems.Add(new(FileOf(folder, groups, catalogue.Code, key), $"texts.{key}", $"is not in {referenceFile}: a key must be in every language"));
        }
    }

    private static void CheckCommandWords(List<(string Path, TextCatalogue Catalogue)> files, List<ContentProblem> problems)
    {
        var seen = new Dictionary<string, (string Command, string Path)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (path, catalogue) in files)
        {
            foreach (var (command, words) in catalogue.Commands)
            {
                foreach (var word in words)
                {
                    if (seen.TryGetValue(word, out var other) && other.Command != command)
                    {
                        problems.Add(new(path, $"commands.{command}", $"'{word}' is already the command '{other.Command}' in {Path.GetFileName(other.Path)}"));
                    }

                    seen.TryAdd(word, (command, path));
                }
            }
        }
    }

    private static HashSet<string> PlaceholdersOf(TextCatalogue catalogue, string key) =>
        catalogue.Texts.TryGetValue(key, out var text)
            ? TextCatalogue.PlaceholdersOf(text).ToHashSet(StringComparer.Ordinal)
            : catalogue.PluralTexts[key].Values.SelectMany(TextCatalogue.PlaceholdersOf).Append("n").ToHashSet(StringComparer.Ordinal);

    private static string Describe(IReadOnlySet<string> names) => names.Count == 0 ? "none" : string.Join(", ", names.Order().Select(n => "{" + n + "}"));
}
