namespace CoachBot.Core.Authoring;

/// <summary>Scenarios written in the dashboard: every published version, and which ids are retired.</summary>
public interface IAuthoredScenarioStore
{
    /// <summary>Every id the dashboard has touched: its latest version (none for a file's scenario only retired) and whether it is retired.</summary>
    Task<IReadOnlyList<AuthoredEntry>> ListAsync(CancellationToken cancellationToken);

    /// <summary>The versions of one scenario, newest first.</summary>
    Task<IReadOnlyList<PublishedVersion>> HistoryAsync(string id, CancellationToken cancellationToken);

    Task<PublishedVersion?> FindVersionAsync(string id, int version, CancellationToken cancellationToken);

    /// <summary>Stores the scenario as its next version and returns that version's number (1 for the first).</summary>
    Task<int> PublishAsync(AuthoredScenario scenario, string publishedBy, DateTimeOffset at, CancellationToken cancellationToken);

    Task SetRetiredAsync(string id, bool retired, string by, DateTimeOffset at, CancellationToken cancellationToken);
}

/// <summary>One publish of a scenario: its number, who published it and when.</summary>
public sealed record PublishedVersion(AuthoredScenario Scenario, int Version, DateTimeOffset PublishedAt, string PublishedBy);

/// <summary>A scenario id the dashboard has published or retired.</summary>
public sealed record AuthoredEntry(string Id, PublishedVersion? Latest, DateTimeOffset? RetiredAt);
