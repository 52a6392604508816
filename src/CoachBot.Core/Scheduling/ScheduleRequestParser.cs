using System.Globalization;
using System.Text.RegularExpressions;
using CoachBot.Core.Texts;

namespace CoachBot.Core.Scheduling;

/// <summary>Why a schedule could not be read: a catalogue key (<c>schedule.error-*</c>) and its placeholders.</summary>
public sealed record ScheduleParseError(string Key, params (string Name, object? Value)[] Values);

/// <summary>
/// Parses <c>schedule &lt;days&gt; [at] HH:MM [for &lt;audience&gt;] [topic X | focus STANDARD | adaptive]</c> and
/// <c>schedule cron "0 9 * * 1-5" …</c> in the words of any language's catalogue (<c>prompts/ui/*.yml</c>, section
/// <c>schedule</c>): "расписание по будням в 09:00 для @anna", "хуваарь ажлын өдрүүдэд 09:00-д". The audience is "me"
/// (the default), <see cref="MyTeam"/>, or mentions and user ids, which the caller resolves.
/// </summary>
public sealed partial class ScheduleRequestParser(TextCatalogues catalogues)
{
    /// <summary>The audience token for a manager's team.</summary>
    public const string MyTeam = "my team";

    /// <summary>The audience token for the person scheduling.</summary>
    public const string Me = "me";

    private static readonly (string Key, DayOfWeek Day)[] DayKeys =
    [
        ("mon", DayOfWeek.Monday), ("tue", DayOfWeek.Tuesday), ("wed", DayOfWeek.Wednesday), ("thu", DayOfWeek.Thursday),
        ("fri", DayOfWeek.Friday), ("sat", DayOfWeek.Saturday), ("sun", DayOfWeek.Sunday),
    ];

    private readonly ScheduleWords _words = new(catalogues);

    /// <summary>Which scheduling command a message is, with its argument (a schedule id); null when it is none.</summary>
    /// <remarks>Narrow on purpose: an answer that starts with "Pause…" or "Schedule…" is still an answer.</remarks>
    public (string Command, string Argument)? Classify(string? text)
    {
        var trimmed = text?.Trim().TrimStart('/') ?? "";
        var position = 0;
        if (_words.Take("list", trimmed, ref position) && ScheduleWords.SkipSpaces(trimmed, position) == trimmed.Length)
        {
            return ("list", "");
        }

        foreach (var command in new[] { "pause", "resume", "delete" })
        {
            position = 0;
            if (_words.Take(command, trimmed, ref position) && ScheduleId().Match(trimmed, ScheduleWords.SkipSpaces(trimmed, position)) is { Success: true } id
                && id.Index + id.Length == trimmed.Length)
            {
                return (command, id.Value);
            }
        }

        position = 0;
        return _words.Take("schedule", trimmed, ref position) && position < trimmed.Length && char.IsWhiteSpace(trimmed[position])
            && (_words.Peek("cron", trimmed, position) || AnyTime().IsMatch(trimmed, position))
            ? ("schedule", "")
            : null;
    }

    public (ScheduleRequest? Request, ScheduleParseError? Error) Parse(string text)
    {
        var s = text.Trim().TrimStart('/');
        var position = 0;
        if (!_words.Take("schedule", s, ref position))
        {
            return Unreadable();
        }

        WeeklyRule rule;
        if (_words.Take("cron", s, ref position))
        {
            var quoted = Quoted().Match(s, ScheduleWords.SkipSpaces(s, position));
            if (!quoted.Success)
            {
                return Unreadable();
            }

            var expression = quoted.Groups[1].Value.Trim();
            try
            {
                Cronos.CronExpression.Parse(expression);
            }
            catch (Cronos.CronFormatException)
            {
                return (null, new ScheduleParseError("schedule.error-cron", ("cron", expression)));
            }

            position = quoted.Index + quoted.Length;
            rule = new WeeklyRule(new HashSet<DayOfWeek>(), default, expression);
        }
        else
        {
            var daysStart = ScheduleWords.SkipSpaces(s, position);
            var days = Days(s, ref position);
            var timeAt = AnyTime().Match(s, position);
            if (days is null)
            {
                return (null, new ScheduleParseError("schedule.error-days", ("days", DaysText(s[daysStart..(timeAt.Success ? timeAt.Index : s.Length)]))));
            }

            var hasTime = TakeTime(s, ref position, out var time);

            if (!hasTime)
            {
                return Unreadable();
            }

            if (time is null)
            {
                return (null, new ScheduleParseError("schedule.error-time", ("time", timeAt.Value)));
            }

            rule = new WeeklyRule(days, time.Value);
        }

        var audience = Audience(s, ref position);
        var content = Content(s, ref position);
        if (content is null || ScheduleWords.SkipSpaces(s, position) != s.Length)
        {
            return Unreadable();
        }

        return (new ScheduleRequest(rule, audience.Count == 0 ? [Me] : audience, content), null);
    }

    private HashSet<DayOfWeek>? Days(string s, ref int position)
    {
        if (_words.Take("every-day", s, ref position))
        {
            return [.. Enum.GetValues<DayOfWeek>()];
        }

        if (_words.Take("weekdays", s, ref position))
        {
            return [.. WeeklyRule.Weekdays];
        }

        if (_words.Take("weekends", s, ref position))
        {
            return [DayOfWeek.Saturday, DayOfWeek.Sunday];
        }

        var at = position;
        _words.Take("on", s, ref at);
        var days = new HashSet<DayOfWeek>();
        while (DayKeys.FirstOrDefault(d => _words.Take(d.Key, s, ref at)) is { Key: not null } day)
        {
            days.Add(day.Day);
            var next = ScheduleWords.SkipSpaces(s, at);
            if (next < s.Length && s[next] == ',')
            {
                at = next + 1;
            }
            else if (!_words.Take("and", s, ref at))
            {
                break;
            }
        }

        if (days.Count == 0)
        {
            return null;
        }

        position = at;
        return days;
    }

    /// <summary>[at] HH:MM [after-time]: false when there is no time there; a null time when it is not a real one (25:00).</summary>
    private bool TakeTime(string s, ref int position, out TimeOnly? time)
    {
        time = null;
        var at = position;
        _words.Take("at", s, ref at);
        var match = Time().Match(s, ScheduleWords.SkipSpaces(s, at));
        if (!match.Success)
        {
            return false;
        }

        position = match.Index + match.Length;
        _words.Take("after-time", s, ref position);
        if (TimeOnly.TryParseExact(match.Groups["time"].Value.PadLeft(5, '0'), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            time = parsed;
        }

        return true;
    }

    /// <summary>[for] then "me", "my team", mentions (@ana, &lt;@U123&gt;, #channel) or user ids, up to the content words.</summary>
    private List<string> Audience(string s, ref int position)
    {
        var audience = new List<string>();
        var named = _words.Take("for", s, ref position);
        while (true)
        {
            var at = ScheduleWords.SkipSpaces(s, position);
            if (at >= s.Length || _words.Peek("topic", s, at) || _words.Peek("focus", s, at) || _words.Peek("adaptive", s, at))
            {
                return audience;
            }

            if (_words.Take("my-team", s, ref at))
            {
                audience.Add(MyTeam);
            }
            else if (_words.Take("me", s, ref at))
            {
                audience.Add(Me);
            }
            else
            {
                var end = s.IndexOfAny([' ', ',', '\t', '\n'], at) is var e and >= 0 ? e : s.Length;
                var token = s[at..end];
                if (!named && !token.StartsWith('@') && !token.StartsWith('#') && !token.StartsWith('<'))
                {
                    return audience;
                }

                if (token.Length > 0)
                {
                    audience.Add(Mention(token));
                }

                at = end;
            }

            position = at < s.Length && s[at] == ',' ? at + 1 : at;
        }
    }

    private NudgeContent? Content(string s, ref int position)
    {
        if (_words.Take("adaptive", s, ref position))
        {
            return new NudgeContent(NudgeContentKind.Adaptive);
        }

        var kind = _words.Take("topic", s, ref position) ? NudgeContentKind.Topic
            : _words.Take("focus", s, ref position) ? NudgeContentKind.FocusStandard
            : (NudgeContentKind?)null;
        if (kind is null)
        {
            return new NudgeContent(NudgeContentKind.AnyScenario);
        }

        var value = s[position..].Trim();
        if (!Value().IsMatch(value))
        {
            return null;
        }

        position = s.Length;
        return new NudgeContent(kind.Value, kind == NudgeContentKind.Topic ? IndustryOf(value) : value);
    }

    /// <summary>A topic as typed in any language ("банк") → the industry the scenario files name ("bank").</summary>
    private string IndustryOf(string topic) =>
        catalogues.All.SelectMany(c => c.Topics).FirstOrDefault(t => t.Value.Equals(topic, StringComparison.OrdinalIgnoreCase)).Key ?? topic;

    /// <summary>Slack writes a person as &lt;@U123&gt; and a channel as &lt;#C123|name&gt;; a channel keeps its '#'.</summary>
    private static string Mention(string token)
    {
        var bare = token.Trim('<', '>');
        return bare.StartsWith('#') ? "#" + bare[1..].Split('|')[0] : bare.TrimStart('@').Split('|')[0];
    }

    private static (ScheduleRequest?, ScheduleParseError?) Unreadable() => (null, new ScheduleParseError("schedule.error-unreadable"));

    /// <summary>What stood where the days should be, without the word for "at" before the time.</summary>
    private string DaysText(string text)
    {
        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && _words.Peek("at", words[^1], 0))
        {
            words.RemoveAt(words.Count - 1);
        }

        var days = string.Join(' ', words);
        return days.Length <= 40 ? days : days[..40] + "…";
    }

    [GeneratedRegex(@"\G(?<time>\d{1,2}:\d{2})(?![\d:])")]
    private static partial Regex Time();

    [GeneratedRegex(@"\d{1,2}:\d{2}")]
    private static partial Regex AnyTime();

    [GeneratedRegex(@"\G""([^""]{1,100})""")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\G[0-9a-fA-F]{4,32}")]
    private static partial Regex ScheduleId();

    [GeneratedRegex(@"^[\w -]{1,40}$")]
    private static partial Regex Value();
}
