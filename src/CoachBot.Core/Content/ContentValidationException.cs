namespace CoachBot.Core.Content;

public sealed class ContentValidationException(IReadOnlyList<ContentProblem> problems)
    : Exception(Describe(problems))
{
    public IReadOnlyList<ContentProblem> Problems { get; } = problems;

    private static string Describe(IReadOnlyList<ContentProblem> problems) =>
        $"The content under prompts/ has {problems.Count} problem(s):{Environment.NewLine}"
        + string.Join(Environment.NewLine, problems.Select(p => "  " + p));
}
