namespace CoachBot.Core.People;

/// <summary>A column of the people import that holds each person's user id on one chat channel, e.g. slack_user_id.</summary>
public sealed record AccountColumn(string Column, string ChannelId);
