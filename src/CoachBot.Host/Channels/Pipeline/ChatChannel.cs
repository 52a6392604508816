namespace CoachBot.Host.Channels.Pipeline;

/// <summary>
/// A chat channel as the rest of the host knows it: the id its accounts and conversations carry (<c>ChatAccount.ChannelId</c>)
/// and, for a channel whose people are in the directory, its user id column in the people import.
/// </summary>
internal sealed record ChatChannel(string Id, string? ImportColumn = null);
