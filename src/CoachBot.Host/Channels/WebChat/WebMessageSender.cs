using CoachBot.Core.Coaching;
using CoachBot.Core.People;
using CoachBot.Core.Scheduling;

namespace CoachBot.Host.Channels.WebChat;

/// <summary>
/// Scheduled prompts for the signed-in web page, which cannot push: each waits in the database until its person opens the
/// page (see <see cref="WebChatExtensions"/>), in the conversation their signed-in page uses.
/// </summary>
internal sealed class WebMessageSender(IWaitingPromptStore waiting, TimeProvider time) : IMessageSender
{
    public string ChannelId => WebAccount.ChannelId;

    public async Task<SendResult> SendToUserAsync(string userId, BotReply reply, CancellationToken cancellationToken)
    {
        await waiting.AddAsync(reply.Tag?.DeliveryId ?? Guid.NewGuid(), ChannelId, userId, reply, time.GetUtcNow(), cancellationToken);
        return SendResult.Delivered(userId);
    }

    public Task<SendResult> SendToConversationAsync(string conversationId, BotReply reply, CancellationToken cancellationToken) =>
        Task.FromResult(SendResult.Unreachable("the web page has no shared conversations"));

    public Task<FoundPrompt?> FindPromptAsync(string userId, Guid deliveryId, DateTimeOffset since, CancellationToken cancellationToken) =>
        waiting.FindAsync(deliveryId, cancellationToken);

    public Task<bool> IsMemberAsync(string conversationId, ChatAddress member, CancellationToken cancellationToken) => Task.FromResult(false);

    public Task<string?> TimeZoneOfAsync(string userId, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
