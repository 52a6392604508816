using System.Globalization;
using System.Text.RegularExpressions;

namespace CoachBot.Core.Scheduling;

/// <summary>
/// Parses <c>schedule &lt;daily|weekdays|weekends|mon,wed,fri&gt; at HH:MM [for &lt;audience&gt;] [topic X | focus STANDARD | adaptive]</c>.
/// The audience is "me" (the default) or mentions/user ids; the caller resolves them.
/// </summary>
public static partial class ScheduleRequestParser
{
    public const string Usage = "schedule <daily|weekdays|weekends|mon,wed,fri> at HH:MM (or cron \"0 9 * * 1-5\") [for me | for @person … | for #channel | for my team] [topic <topic> | focus <standard> | adaptive]";

    private static readonly Dictionary<string, DayOfWeek> DayNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mon"] = DayOfWeek.Monday, ["tue"] = DayOfWeek.Tuesday, ["wed"] = DayOfWeek.Wednesday, ["thu"] = DayOfWeek.Thursday,
        ["fri"] = DayOfWeek.Friday, ["sat"] = DayOfWeek.Saturday, ["sun"] = DayOfWeek.Sunday,
    };

    public static (ScheduleRequest? Request, string? Error) Parse(string text)
    {
        var cron = CronGrammar().Match(text.Trim());
        if (cron.Success)
        {
            return ParseCron(cron);
        }

        var match = Grammar().Match(text.Trim());
        if (!match.Success)
        {
            return (null, $"I couldn't read that schedule. Try: {Usage}, for example \"schedule weekdays at 09:00\".");
        }

        var days = ParseDays(match.Groups["days"].Value);
        if (days is null)
        {
            return (null, $"\"{match.Groups["days"].Value}\" is not a set of days: use daily, weekdays, weekends or names like mon,wed,fri.");
        }

        if (!TimeOnly.TryParseExact(match.Groups["time"].Value.PadLeft(5, '0'), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            return (null, $"\"{match.Groups["time"].Value}\" is not a time: use HH:MM, 24-hour, e.g. 09:00.");
        }

        var audienceText = match.Groups["audience"].Value.Trim();
        var audience = !match.Groups["audience"].Success ? ["me"]
            : audienceText.Equals("my team", StringComparison.OrdinalIgnoreCase) ? [MyTeam]
            : audienceText.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Select(Audience).ToList();
        var content = match.Groups["kind"].Value.ToLowerInvariant() switch
        {
            "topic" => new NudgeContent(NudgeContentKind.Topic, match.Groups["value"].Value),
            "focus" => new NudgeContent(NudgeContentKind.FocusStandard, match.Groups["value"].Value),
            "adaptive" => new NudgeContent(NudgeContentKind.Adaptive),
            _ => new NudgeContent(NudgeContentKind.AnyScenario),
        };
        return (new ScheduleRequest(new WeeklyRule(days, at), audience, content), null);
    }

    /// <summary>schedule cron "0 9 * * 1-5" [for …] [content]: a 5-field cron expression in each recipient's local time.</summary>
    private static (ScheduleRequest? Request, string? Error) ParseCron(Match match)
    {
        var expression = match.Groups["cron"].Value.Trim();
        try
        {
            Cronos.CronExpression.Parse(expression);
        }
        catch (Cronos.CronFormatException ex)
        {
            return (null, $"\"{expression}\" is not a cron expression ({ex.Message}). Five fields: minute hour day-of-month month day-of-week, e.g. \"0 9 * * 1-5\".");
        }

        var (rest, error) = Parse($"schedule daily at 00:00 {match.Groups["rest"].Value}".TrimEnd());
        return rest is null ? (null, error) : (rest with { Rule = new WeeklyRule(new HashSet<DayOfWeek>(), default, expression) }, null);
    }

    [GeneratedRegex(@"^schedule\s+cron\s+""(?<cron>[^""]{1,100})""\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex CronGrammar();

    /// <summary>The audience token for a manager's team.</summary>
    public const string MyTeam = "my team";

    /// <summary>Slack writes a person as &lt;@U123&gt; and a channel as &lt;#C123|name&gt;; a channel keeps its '#'.</summary>
    private static string Audience(string token)
    {
        var bare = token.Trim('<', '>');
        return bare.StartsWith('#') ? "#" + bare[1..].Split('|')[0] : bare.TrimStart('@').Split('|')[0];
    }

    private static HashSet<DayOfWeek>? ParseDays(string text)
    {
        switch (text.ToLowerInvariant())
        {
            case "daily" or "every day":
                return [.. Enum.GetValues<DayOfWeek>()];
            case "weekdays":
                return [.. WeeklyRule.Weekdays];
            case "weekends":
                return [DayOfWeek.Saturday, DayOfWeek.Sunday];
        }

        var days = new HashSet<DayOfWeek>();
        foreach (var name in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!DayNames.TryGetValue(name.Length >= 3 ? name[..3] : name, out var day))
            {
                return null;
            }

            days.Add(day);
        }

        return days.Count > 0 ? days : null;
    }

    [GeneratedRegex(@"^schedule\s+(?<days>daily|every day|weekdays|weekends|[a-z]{3,9}(?:\s*,\s*[a-z]{3,9})*)\s+at\s+(?<time>\d{1,2}:\d{2})(?:\s+for\s+(?<audience>(?:(?!topic\b|focus\b|adaptive\b)\S+\s*)+?))?(?:\s+(?<kind>topic|focus)\s+(?<value>[\w -]{1,40})|\s+(?<kind>adaptive))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Grammar();
}
