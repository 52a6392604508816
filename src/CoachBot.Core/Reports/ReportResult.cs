namespace CoachBot.Core.Reports;

public enum ReportError
{
    None,
    Invalid,
    Forbidden,
    NotFound,
}

public sealed record ReportResult(ProgressReport? Report, ReportError Error = ReportError.None, string? Message = null)
{
    public static ReportResult Fail(ReportError error, string message) => new(null, error, message);
}
