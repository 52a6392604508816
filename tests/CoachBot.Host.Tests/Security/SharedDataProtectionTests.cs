using System.Net;
using CoachBot.Host.Tests.Reports;
using CoachBot.Host.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CoachBot.Host.Tests.Security;

/// <summary>Two instances behind a load balancer: what one signs or encrypts, the other reads, because the keys live in the shared database.</summary>
public sealed class SharedDataProtectionTests
{
    [Fact]
    public async Task TwoInstancesOnOneDatabase_AcceptEachOthersCookiesAndDataLinks()
    {
        await using var first = await ReportTestHost.StartAsync();
        await first.AnswerAsync("29:ana-7", ReportTestHost.GoodAnswer);
        var hana = await first.SignInAsync("p-hana-7");
        var cookie = (await hana.GetAsync("/api/me")).RequestMessage!.Headers.GetValues("Cookie").Single();
        var reply = await first.ChatAsync("29:ana-7", "my data");
        var link = new Uri(reply.Split(' ', '\n').First(w => w.StartsWith("http", StringComparison.Ordinal)));

        // Another machine: another content root (ASP.NET's default application name) and no key files of the first.
        var otherRoot = CoachBotFactory.NewDataDirectory();
        await using var second = new CoachBotFactory(Path.GetDirectoryName(first.Factory.DatabasePath)!) { TestServices = s => s.AddSingleton<TimeProvider>(first.Clock) };
        var secondHost = second.WithWebHostBuilder(b => b.UseContentRoot(otherRoot));
        var client = secondHost.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);

        var me = await client.GetAsync("/api/me");
        var export = await client.GetAsync(link.PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.True(first.Factory.Count("SELECT COUNT(*) FROM data_protection_keys") >= 1);
    }
}
