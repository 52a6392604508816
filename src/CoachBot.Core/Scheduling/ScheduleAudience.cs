using CoachBot.Core.Coaching;
using CoachBot.Core.People;

namespace CoachBot.Core.Scheduling;

/// <summary>
/// Whom the author of a schedule may prompt: themself always; HR and admins anyone; a manager the people who report to
/// them in the directory and the members of their configured team, in channels they are a member of.
/// </summary>
internal sealed class ScheduleAudience(SchedulingOptions options, IReadOnlyList<Person> people, ChatAddress author)
{
    private readonly Person? _me = people.FirstOrDefault(p => p.Accounts.Contains(new ChatAccount(author.ChannelId, author.UserId)));

    /// <summary>"my team": the configured team, else the chat ids on this platform of the author's direct reports; null when none.</summary>
    public List<string>? Team => options.TeamOf(author.ChannelId, author.UserId) ?? DirectReports();

    /// <summary>A manager by configuration or by the directory's role.</summary>
    public bool MayPromptOthers =>
        options.Managers.Contains($"{author.ChannelId}:{author.UserId}", StringComparer.Ordinal) || _me?.Role is Role.Manager or Role.Hr or Role.Admin;

    /// <summary>The people in the audience the author may not prompt; channels are checked by <see cref="ChannelsNotMineAsync"/>.</summary>
    public List<string> NotMyReports(List<string> audience)
    {
        if (_me?.Role.SeesEveryone() == true)
        {
            return [];
        }

        var visible = _me is null ? null : Reports.ReportAccess.VisibleIds(new Reports.Viewer(_me.Name, _me.Role, _me.Id), people);
        var mine = people.Where(p => p.Id != _me?.Id && visible?.Contains(p.Id) == true)
            .SelectMany(p => p.Accounts.Where(a => a.ChannelId == author.ChannelId).Select(a => a.UserId))
            .Concat(options.TeamOf(author.ChannelId, author.UserId) ?? [])
            .ToHashSet(StringComparer.Ordinal);
        return audience.Where(a => a != author.UserId && !a.StartsWith('#') && !mine.Contains(a)).ToList();
    }

    /// <summary>The channels in the audience the author is not a member of; HR and admins may prompt any.</summary>
    public async Task<List<string>> ChannelsNotMineAsync(List<string> audience, IMessageSender sender, CancellationToken ct)
    {
        var notMine = new List<string>();
        if (_me?.Role.SeesEveryone() == true)
        {
            return notMine;
        }

        foreach (var channel in audience.Where(a => a.StartsWith('#')).Select(a => a[1..]))
        {
            if (!await sender.IsMemberAsync(channel, author, ct))
            {
                notMine.Add(channel);
            }
        }

        return notMine;
    }

    /// <summary>The person's time zone in the directory, for when their platform profile gives none.</summary>
    public string? DirectoryTimeZone(string userId) =>
        people.FirstOrDefault(p => p.Accounts.Contains(new ChatAccount(author.ChannelId, userId)))?.TimeZone;

    private List<string>? DirectReports()
    {
        var ids = _me is null ? [] : people.Where(p => p.ManagerId == _me.Id)
            .SelectMany(p => p.Accounts.Where(a => a.ChannelId == author.ChannelId).Select(a => a.UserId)).ToList();
        return ids.Count == 0 ? null : ids;
    }
}
