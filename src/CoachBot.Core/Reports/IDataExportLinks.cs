using CoachBot.Core.People;

namespace CoachBot.Core.Reports;

/// <summary>Makes a short-lived, unguessable link from which a person downloads everything stored about their accounts.</summary>
public interface IDataExportLinks
{
    TimeSpan Lifetime { get; }

    string Create(IReadOnlyList<ChatAccount> accounts);
}
