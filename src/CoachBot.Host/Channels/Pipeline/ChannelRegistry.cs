using CoachBot.Core.People;

namespace CoachBot.Host.Channels.Pipeline;

/// <summary>The channels this host runs, each added by its own folder's Add… extension: privacy and the directory read it.</summary>
internal sealed class ChannelRegistry(IEnumerable<ChatChannel> channels)
{
    private readonly IReadOnlyList<ChatChannel> _channels = channels.DistinctBy(c => c.Id, StringComparer.Ordinal).ToList();

    public IReadOnlyList<ChatChannel> All => _channels;

    public bool Contains(string channelId) => _channels.Any(c => c.Id == channelId);

    /// <summary>The people import's user id columns, one per channel that has one.</summary>
    public IReadOnlyList<AccountColumn> AccountColumns =>
        _channels.Where(c => c.ImportColumn is not null).Select(c => new AccountColumn(c.ImportColumn!, c.Id)).ToList();
}
