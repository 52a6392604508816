namespace CoachBot.Core.Content;

/// <summary>One thing wrong with a content file: where, which field, and what.</summary>
public sealed record ContentProblem(string Path, string Field, string Problem)
{
    public override string ToString() => $"{Path}: {Field}: {Problem}";
}
