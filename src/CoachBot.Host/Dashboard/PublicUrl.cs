using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace CoachBot.Host.Dashboard;

/// <summary>The address people reach this host at, for links sent in chat: Dashboard:PublicUrl, else the first URL it listens on.</summary>
internal sealed class PublicUrl(IOptions<DashboardOptions> options, IServer server)
{
    public string Base() =>
        (options.Value.PublicUrl ?? server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost").TrimEnd('/');
}
