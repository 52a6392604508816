namespace CoachBot.Core.Authoring;

public enum AuthoringOutcome
{
    Done,
    Invalid,
    NotFound,
    Exists,
}

/// <summary>What a change to a scenario came to: done (with the version published), or why nothing changed.</summary>
public sealed record AuthoringResult(AuthoringOutcome Outcome, IReadOnlyList<FieldProblem> Problems, int? Version = null)
{
    public static readonly AuthoringResult NotFound = new(AuthoringOutcome.NotFound, []);

    public static readonly AuthoringResult Exists = new(AuthoringOutcome.Exists, []);

    public static AuthoringResult Invalid(IReadOnlyList<FieldProblem> problems) => new(AuthoringOutcome.Invalid, problems);
}

/// <summary>A scenario of the catalogue as HR's list shows it: where it comes from, its version and whether it is retired.</summary>
public sealed record ScenarioListing(Content.Scenario Scenario, bool FromPrompts, PublishedVersion? Latest, bool Retired);

/// <summary>The model answer of one language, scored as an employee's answer would be.</summary>
public sealed record ModelAnswerScore(string Language, Scoring.AnswerAssessment Assessment);
