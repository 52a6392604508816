namespace CoachBot.Core.Delivery;

/// <summary>A reply in the outbox: <see cref="Attempts"/> redeliveries tried so far, the next not before <see cref="Due"/>.</summary>
public sealed record WaitingReply(long Id, string Target, string Conversation, string Payload, int Attempts, DateTimeOffset Due, DateTimeOffset Created);
