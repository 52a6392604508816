using CoachBot.Core.Coaching;

namespace CoachBot.Host.Channels.BotFramework;

/// <summary>
/// Sends a message to a person or a channel without an incoming activity, from the stored conversation
/// reference; creates the 1:1 conversation (with the tenant id) the first time a person is messaged.
/// </summary>
internal sealed class ProactiveMessenger(IConversationReferenceStore references, ConnectorClient connector, TimeProvider time)
{
    public async Task<bool> SendToUserAsync(string channelId, string userId, BotReply reply, CancellationToken ct)
    {
        var reference = await references.FindAsync(channelId, ReferenceScope.User, userId, ct);
        if (reference?.ServiceUrl is null || reference.BotId is null)
        {
            return false;
        }

        if (reference.ConversationId is null)
        {
            var id = await connector.CreateConversationAsync(reference.ServiceUrl, new ChannelAccount { Id = reference.BotId, Name = reference.BotName },
                new ChannelAccount { Id = userId }, reference.TenantId, reference.ServiceUrlTrusted, ct);
            if (id is null)
            {
                return false;
            }

            reference = reference with { ConversationId = id, UpdatedAt = time.GetUtcNow() };
            await references.SaveAsync(reference, ct);
        }

        return await SendAsync(reference, userId, reply, ct);
    }

    public async Task<bool> SendToConversationAsync(string channelId, string conversationId, BotReply reply, CancellationToken ct)
    {
        var reference = await references.FindAsync(channelId, ReferenceScope.Conversation, conversationId, ct);
        return reference?.ServiceUrl is not null && await SendAsync(reference, null, reply, ct);
    }

    private Task<bool> SendAsync(ConversationReference reference, string? userId, BotReply reply, CancellationToken ct)
    {
        var context = new Activity
        {
            ChannelId = reference.ChannelId,
            ServiceUrl = reference.ServiceUrl,
            Conversation = new ConversationAccount { Id = reference.ConversationId, TenantId = reference.TenantId },
            Recipient = new ChannelAccount { Id = reference.BotId, Name = reference.BotName },
            From = userId is null ? null : new ChannelAccount { Id = userId, Name = reference.UserName },
        };
        return connector.SendAsync(ActivityRenderer.Render(reply, context), reference.ServiceUrlTrusted, ct);
    }
}
