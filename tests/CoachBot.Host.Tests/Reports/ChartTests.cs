using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CoachBot.Host.Tests.Support;

namespace CoachBot.Host.Tests.Reports;

public sealed class ChartTests
{
    [Fact]
    public async Task TeamReplyInTeams_CarriesAChartCard_WhoseImageIsAPng()
    {
        await using var host = await ReportTestHost.StartAsync();
        await host.AnswerAsync("29:ana-7", ReportTestHost.GoodAnswer);
        host.Clock.Advance(TimeSpan.FromDays(8));
        await host.AnswerAsync("29:ben-7", ReportTestHost.WeakAnswer);

        var reply = (await host.TeamsClient().SendAsync(ReportTestHost.Teams("team", "29:mia-7"))).Single()!;
        var card = reply["attachments"]![0]!["content"]!;
        var image = card["body"]!.AsArray().Single(e => e!["type"]!.GetValue<string>() == "Image")!;
        var url = new Uri(image["url"]!.GetValue<string>());
        var client = host.Factory.CreateClient();
        var png = await client.GetAsync(url.PathAndQuery);
        var bytes = await png.Content.ReadAsByteArrayAsync();
        var tampered = await client.GetAsync(url.PathAndQuery.Replace(".png", "x.png", StringComparison.Ordinal));
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts"));
        await File.WriteAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "artifacts", "team-chart.png"), bytes);

        Assert.Contains("Not practised this week", Activities.TextOf(reply));
        Assert.Contains("weekly average score per standard", image["altText"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, png.StatusCode);
        Assert.Equal("image/png", png.Content.Headers.ContentType!.MediaType);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.Equal(640, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
        Assert.Equal(HttpStatusCode.NotFound, tampered.StatusCode);
    }

    [Fact]
    public async Task ChartLink_FollowsThePersonsRoleWhenOpened()
    {
        await using var host = await ReportTestHost.StartAsync();
        await host.AnswerAsync("29:ana-7", ReportTestHost.GoodAnswer);
        var reply = (await host.TeamsClient().SendAsync(ReportTestHost.Teams("team Front desk", "29:mia-7"))).Single()!;
        var url = new Uri(reply["attachments"]![0]!["content"]!["body"]!.AsArray().Single(e => e!["type"]!.GetValue<string>() == "Image")!["url"]!.GetValue<string>());

        // Mia is no longer a manager: the link she was given stops showing the team.
        await host.Factory.Services.GetRequiredService<CoachBot.Core.People.IPeopleDirectory>().ImportAsync(
            [ReportTestHost.People.Single(p => p.Id == "p-mia-7") with { Role = CoachBot.Core.People.Role.Employee }], default);
        var after = await host.Factory.CreateClient().GetAsync(url.PathAndQuery);

        Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
        Assert.Contains("managers and HR", (await after.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>());
    }
}
