using CoachBot.Core.People;

namespace CoachBot.Core.Reports;

/// <summary>Makes a short-lived, unguessable link from which a person downloads everything stored about their accounts.</summary>
public interface IDataExportLinks
{
    TimeSpan Lifetime { get; }

    string Create(IReadOnlyList<ChatAccount> accounts);
}

/// <summary>Makes a link to a chart image of a report, as the given person would see it; the image is built when opened.</summary>
public interface IChartLinks
{
    string Create(string personId, ProgressFilter filter);
}
