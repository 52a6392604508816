namespace CoachBot.Core.Scoring.Signals;

/// <summary>Signals the offline scorer reads from the answer's shape and the scenario, in any language, rather than from phrase patterns.</summary>
public static class BuiltInSignals
{
    /// <summary>The answer names the customer's specific concern in the customer's own words.</summary>
    public const string NamesConcern = "names-concern";

    /// <summary>A long answer that shares no word with the scenario: a stock answer pasted onto the wrong situation.</summary>
    public const string OffScenario = "off-scenario";

    /// <summary>Nothing said to the customer: a few words, a checklist of cue words, or talk to the scorer.</summary>
    public const string NoMessage = "no-message";

    /// <summary>Read from patterns, but the scorer also gives it to an apology in a sentence that names the customer's concern.</summary>
    public const string Empathy = "empathy";

    /// <summary>An apology that comes with a brush-off or a refusal is not turned into empathy.</summary>
    public const string Dismissal = "dismissal";

    /// <summary>See <see cref="Dismissal"/>.</summary>
    public const string Deflection = "deflection";

    /// <summary>A stock apology; see <see cref="Empathy"/>.</summary>
    public const string GenericApology = "generic-apology";

    /// <summary>A form letter's opening; its "we understand how important this is" is no empathy, whatever it names.</summary>
    public const string StockOpening = "stock-opening";

    /// <summary>Stock phrases strung together; see <see cref="StockOpening"/>.</summary>
    public const string StockPhrases = "stock-phrases";

    /// <summary>Read from patterns; an answer that owns the mistake and acts on it itself is never taken for a pasted stock answer.</summary>
    public const string Concern = "concern";

    /// <summary>See <see cref="Concern"/>.</summary>
    public const string PersonalAction = "personal-action";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { NamesConcern, OffScenario, NoMessage };
}
