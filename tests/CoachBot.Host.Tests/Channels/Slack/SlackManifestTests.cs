using CoachBot.Host.Channels.Slack;
using YamlDotNet.RepresentationModel;

namespace CoachBot.Host.Tests.Channels.Slack;

public sealed class SlackManifestTests
{
    private static readonly YamlMappingNode Manifest = Load();

    [Fact]
    public void BotScopes_AreExactlyTheOnesTheCodeCallsFor()
    {
        var scopes = Sequence(Manifest, "oauth_config", "scopes", "bot");

        Assert.Equal(SlackScopes.BotScopes.Order(StringComparer.Ordinal), scopes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void BotEvents_AreExactlyTheOnesTheCodeHandles()
    {
        Assert.Equal(SlackScopes.Events.Keys.Order(StringComparer.Ordinal), Sequence(Manifest, "settings", "event_subscriptions", "bot_events").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void DeclaresCoach_Interactivity_AndTheRequiredDisplayFields()
    {
        var command = (YamlMappingNode)((YamlSequenceNode)Node(Manifest, "features", "slash_commands")).Children[0];
        Assert.Equal("/coach", command["command"].ToString());
        Assert.EndsWith("/slack/commands", command["url"].ToString(), StringComparison.Ordinal);
        Assert.Equal("true", Node(Manifest, "settings", "interactivity", "is_enabled").ToString());
        Assert.InRange(Node(Manifest, "display_information", "name").ToString().Length, 1, 35);
        Assert.InRange(Node(Manifest, "display_information", "long_description").ToString().Length, 175, 4000);
        Assert.Equal("true", Node(Manifest, "features", "app_home", "messages_tab_enabled").ToString());
    }

    private static YamlMappingNode Load()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "CoachBot.sln")))
        {
            dir = dir.Parent;
        }

        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(dir.FullName, "manifests", "slack", "manifest.yml"))));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static YamlNode Node(YamlMappingNode root, params string[] path) =>
        path.Aggregate((YamlNode)root, (node, key) => ((YamlMappingNode)node)[key]);

    private static IEnumerable<string> Sequence(YamlMappingNode root, params string[] path) =>
        ((YamlSequenceNode)Node(root, path)).Children.Select(c => c.ToString());
}
