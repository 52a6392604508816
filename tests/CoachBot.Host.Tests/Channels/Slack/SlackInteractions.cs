using System.Text.Json.Nodes;

namespace CoachBot.Host.Tests.Channels.Slack;

/// <summary>Interaction payloads as Slack posts them to /slack/interactions: a button click and a modal submission.</summary>
internal static class SlackInteractions
{
    public static JsonObject BlockAction(string action, string channel) => new()
    {
        ["type"] = "block_actions",
        ["user"] = new JsonObject { ["id"] = "U1", ["name"] = "alex" },
        ["channel"] = new JsonObject { ["id"] = channel },
        ["trigger_id"] = "trigger-1",
        ["response_url"] = "https://hooks.slack.com/actions/T1/1/x",
        ["actions"] = new JsonArray(new JsonObject { ["action_id"] = "coach:" + action, ["block_id"] = "b1", ["type"] = "button", ["value"] = action }),
    };

    public static JsonObject Submission(string answer, string channel) => new()
    {
        ["type"] = "view_submission",
        ["user"] = new JsonObject { ["id"] = "U1" },
        ["view"] = new JsonObject
        {
            ["callback_id"] = "coach_answer",
            ["private_metadata"] = channel,
            ["state"] = new JsonObject { ["values"] = new JsonObject { ["answer"] = new JsonObject { ["text"] = new JsonObject { ["type"] = "plain_text_input", ["value"] = answer } } } },
        },
    };
}
