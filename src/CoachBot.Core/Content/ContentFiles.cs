namespace CoachBot.Core.Content;

// The YAML shapes of prompts/standards.yml and prompts/scenarios/*.yml (see prompts/README.md).
internal sealed class StandardsFile
{
    public int? Version { get; set; }
    public Dictionary<int, string>? Scale { get; set; }
    public Dictionary<string, string>? Signals { get; set; }
    public List<StandardEntry>? Standards { get; set; }
}

internal sealed class StandardEntry
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Audience { get; set; }
    public string? Summary { get; set; }
    public Dictionary<int, string>? Levels { get; set; }
    public List<LevelRuleEntry>? Scoring { get; set; }
}

internal sealed class ScenarioFile
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Industry { get; set; }
    public string? Step { get; set; }
    public string? Goal { get; set; }
    public string? CustomerSays { get; set; }
    public List<string>? Standards { get; set; }
    public string? ModelAnswer { get; set; }
    public string? Audience { get; set; }
}

internal sealed class LevelRuleEntry
{
    public int? Score { get; set; }
    public string? When { get; set; }
}

// prompts/languages/<code>.yml: how one language says each signal (see prompts/README.md).
internal sealed class LanguageFile
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Script { get; set; }
    public string? Letters { get; set; }
    public string? ForeignLetters { get; set; }
    public List<string>? OtherWords { get; set; }
    public string? OtherLetters { get; set; }
    public List<string>? Markers { get; set; }
    public List<string>? Endings { get; set; }
    public string? Stemmer { get; set; }
    public Dictionary<string, string>? Chat { get; set; }
    public Dictionary<string, ChatBeforeEntry>? ChatBefore { get; set; }
    public Dictionary<string, string>? Folds { get; set; }

    public Dictionary<string, string>? Latin { get; set; }
    public NegationEntry? Negation { get; set; }
    public List<string>? ClauseBreaks { get; set; }
    public List<string>? QuestionEndings { get; set; }
    public List<string>? StopWords { get; set; }
    public List<string>? You { get; set; }
    public List<string>? Me { get; set; }
    public List<string>? ScorerTalk { get; set; }
    public List<string>? Sarcasm { get; set; }
    public Dictionary<string, SignalEntry>? Signals { get; set; }
    public Dictionary<string, CoachingEntry>? Coaching { get; set; }
    public Dictionary<string, string>? Messages { get; set; }
}

internal sealed class ChatBeforeEntry
{
    public string? Reads { get; set; }
    public List<string>? Before { get; set; }
}

internal sealed class NegationEntry
{
    public List<string>? Before { get; set; }
    public List<string>? After { get; set; }
    public int? Window { get; set; }
}

internal sealed class SignalEntry
{
    public List<string>? Patterns { get; set; }
    public List<string>? Unless { get; set; }
    public List<string>? With { get; set; }
    public string? In { get; set; }
    public bool? Negatable { get; set; }
    public bool? AsTyped { get; set; }
    public bool? ReadsSarcasm { get; set; }
    public bool? ReadsScorerTalk { get; set; }
    public int? AtLeast { get; set; }
}

internal sealed class CoachingEntry
{
    public string? Missing { get; set; }
    public string? Tip { get; set; }
}

// prompts/translations/<code>/standards.yml and scenarios/*.yml: the same content in another language.
internal sealed class StandardsTranslationFile
{
    public List<StandardEntry>? Standards { get; set; }
}

// prompts/ui/<code>.yml: everything CoachBot says in chat, in one language.
internal sealed class UiFile
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public Dictionary<string, string>? Plurals { get; set; }
    public Dictionary<string, List<string>>? Commands { get; set; }
    public Dictionary<string, string>? Topics { get; set; }
    public Dictionary<string, List<string>>? Schedule { get; set; }
    public Dictionary<string, List<string>>? PracticeWords { get; set; }
    public Dictionary<string, object>? Texts { get; set; }
}

// prompts/ui/<group>/<code>.yml: a group of texts kept in their own file (the dashboard's), merged into the language's catalogue.
internal sealed class UiGroupFile
{
    public string? Code { get; set; }
    public Dictionary<string, object>? Texts { get; set; }
}
