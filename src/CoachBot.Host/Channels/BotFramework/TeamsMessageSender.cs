using System.Net;
using CoachBot.Core.Coaching;
using CoachBot.Core.Scheduling;

namespace CoachBot.Host.Channels.BotFramework;

/// <summary>Scheduled prompts into a person's Teams 1:1 chat, created with the tenant id when there is none yet.</summary>
internal sealed class TeamsMessageSender(IConversationReferenceStore references, ConnectorClient connector, TimeProvider time) : IMessageSender
{
    public const string TeamsChannelId = "msteams";

    public string ChannelId => TeamsChannelId;

    public async Task<SendResult> SendToUserAsync(string userId, BotReply reply, CancellationToken ct)
    {
        var reference = await references.FindAsync(ChannelId, ReferenceScope.User, userId, ct);
        if (reference?.ServiceUrl is null || reference.BotId is null)
        {
            return SendResult.Unreachable("CoachBot has never seen this person in Teams: ask them to install the app");
        }

        if (reference.ConversationId is null)
        {
            var id = await connector.CreateConversationAsync(reference.ServiceUrl, new ChannelAccount { Id = reference.BotId, Name = reference.BotName },
                new ChannelAccount { Id = userId }, reference.TenantId, reference.ServiceUrlTrusted, ct);
            if (id is null)
            {
                return SendResult.Unreachable("Teams refused to open a 1:1 chat: the app is probably not installed for this person");
            }

            reference = reference with { ConversationId = id, UpdatedAt = time.GetUtcNow() };
            await references.SaveAsync(reference, ct);
        }

        return await SendAsync(reference, new ChannelAccount { Id = userId, Name = reference.UserName }, reply, ct);
    }

    public async Task<SendResult> SendToConversationAsync(string conversationId, BotReply reply, CancellationToken ct)
    {
        var reference = await references.FindAsync(ChannelId, ReferenceScope.Conversation, conversationId, ct);
        return reference?.ServiceUrl is null || reference.BotId is null
            ? SendResult.Unreachable("CoachBot has never been in this Teams channel: add the app to the team")
            : await SendAsync(reference, null, reply, ct);
    }

    private async Task<SendResult> SendAsync(ConversationReference reference, ChannelAccount? user, BotReply reply, CancellationToken ct)
    {
        var context = new Activity
        {
            ChannelId = ChannelId,
            ServiceUrl = reference.ServiceUrl,
            Conversation = new ConversationAccount { Id = reference.ConversationId, TenantId = reference.TenantId },
            Recipient = new ChannelAccount { Id = reference.BotId, Name = reference.BotName },
            From = user,
        };
        return await connector.SendWithStatusAsync(ActivityRenderer.Render(reply, context), reference.ServiceUrlTrusted, ct) switch
        {
            null => SendResult.Unreachable("the stored service URL is not trusted"),
            HttpStatusCode.Forbidden or HttpStatusCode.NotFound => SendResult.Unreachable("Teams refused (403/404): the app was removed or blocked by this person"),
            var status when (int)status < 300 => SendResult.Delivered(reference.ConversationId!),
            var status => throw new HttpRequestException($"Bot Connector answered {(int)status}", null, status),
        };
    }

    public Task<string?> TimeZoneOfAsync(string userId, CancellationToken ct) => Task.FromResult<string?>(null);
}
