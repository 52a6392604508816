using System.ComponentModel.DataAnnotations;

namespace CoachBot.Host.Security;

/// <summary>
/// Requests per minute, per client IP and per person, on the ways in. A load test from one machine raises the per-IP
/// limits (bench/CoachBot.LoadRun does).
/// </summary>
internal sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>/api/messages and the web chat, per client IP.</summary>
    [Range(1, int.MaxValue)]
    public int ChatPerIpPerMinute { get; set; } = 600;

    /// <summary>/slack/*, per client IP: Slack's own servers send for a whole workspace, so this is high.</summary>
    [Range(1, int.MaxValue)]
    public int SlackPerIpPerMinute { get; set; } = 6000;

    /// <summary>Messages from one person (a Slack or Teams user, a web chat or local user id), on any channel.</summary>
    [Range(1, int.MaxValue)]
    public int PerPersonPerMinute { get; set; } = 30;

    /// <summary>POST /signin, per client IP, on top of the lockout after five wrong passwords.</summary>
    [Range(1, int.MaxValue)]
    public int SignInPerIpPerMinute { get; set; } = 10;

    /// <summary>Reports, exports, data links and charts, per signed-in person (per client IP for a link).</summary>
    [Range(1, int.MaxValue)]
    public int ExportsPerMinute { get; set; } = 60;
}
