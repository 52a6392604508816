using System.Net;
using CoachBot.Core.Coaching;
using CoachBot.Core.People;
using CoachBot.Host.Channels.Pipeline;
using CoachBot.Host.Tests.Reports;

namespace CoachBot.Host.Tests.Channels.Pipeline;

/// <summary>A channel added in one place is known to privacy and the people import, with no list to edit elsewhere.</summary>
public sealed class ChannelRegistryTests
{
    private static readonly ChatChannel Pager = new("pager", ImportColumn: "pager_user_id");

    [Fact]
    public async Task AChannelRegisteredOnlyHere_ItsAccountIsErased_AndItsColumnImported()
    {
        await using var host = await ReportTestHost.StartAsync(services: s => s.AddChatChannel(Pager));
        var references = host.Factory.Services.GetRequiredService<IConversationReferenceStore>();
        await references.SaveAsync(new ConversationReference("pager", ReferenceScope.User, "P-9", "pc-9", null, null, null, null, null, true, host.Clock.GetUtcNow()), CancellationToken.None);
        var hana = await host.SignInAsync("p-hana-7");

        var erased = await EraseAsync(hana, "pager:P-9");
        var unknown = await EraseAsync(hana, "fax:P-9");

        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        Assert.Equal(0, host.Factory.Count("SELECT COUNT(*) FROM conversation_references WHERE ChannelId='pager'"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        var registry = host.Factory.Services.GetRequiredService<ChannelRegistry>();
        var (people, problems) = PeopleCsv.Read(new StringReader("id,name,slack_user_id,pager_user_id\np-pat-7,Pat Pager,UPAT7,P-7\n"), registry.AccountColumns, []);
        Assert.Empty(problems);
        await host.Factory.Services.GetRequiredService<IPeopleDirectory>().ImportAsync(people, CancellationToken.None);
        var pat = await host.Factory.Services.GetRequiredService<IPeopleDirectory>().FindByAccountAsync("pager", "P-7", CancellationToken.None);
        Assert.Equal("p-pat-7", pat?.Id);
        Assert.Contains(new ChatAccount("pager", "P-7"), pat!.Accounts);
        Assert.Contains(new ChatAccount("slack", "UPAT7"), pat.Accounts);
    }

    [Fact]
    public async Task TheBuiltInChannels_ImportTheirColumns_AndTheAnonymousWebChatHasNone()
    {
        await using var host = await ReportTestHost.StartAsync();
        var registry = host.Factory.Services.GetRequiredService<ChannelRegistry>();

        Assert.Equal([new AccountColumn("teams_user_id", "msteams"), new AccountColumn("slack_user_id", "slack")], registry.AccountColumns.OrderBy(c => c.ChannelId).ToList());
        Assert.True(registry.Contains("webchat"));
    }

    private static async Task<HttpResponseMessage> EraseAsync(HttpClient client, string id)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, "/api/people/" + Uri.EscapeDataString(id));
        request.Headers.Add("X-CoachBot-Request", "1");
        return await client.SendAsync(request);
    }
}
