namespace CoachBot.Core.Authoring;

/// <summary>One thing wrong with a scenario written in the dashboard: the field (<c>mn.title</c> for a language's text) and what.</summary>
public sealed record FieldProblem(string Field, string Problem, string File)
{
    public override string ToString() => $"{Field}: {Problem}";
}
