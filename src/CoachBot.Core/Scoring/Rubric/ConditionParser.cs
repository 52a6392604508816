using System.Text.RegularExpressions;

namespace CoachBot.Core.Scoring.Rubric;

/// <summary>Recursive descent over <c>or</c>, <c>and</c>, <c>not</c>, parentheses and signal names.</summary>
internal sealed partial class ConditionParser(string text)
{
    private readonly List<string> _tokens = Token().Matches(text).Select(m => m.Value).ToList();
    private int _at;

    public Condition ParseAll()
    {
        if (Unknown().Match(text) is { Success: true } bad)
        {
            throw new FormatException($"unexpected '{bad.Value}' in \"{text}\"");
        }

        if (_tokens.Count == 0)
        {
            throw new FormatException("is empty");
        }

        var condition = ParseOr();
        if (_at < _tokens.Count)
        {
            throw new FormatException($"unexpected '{_tokens[_at]}' in \"{text}\"");
        }

        return condition;
    }

    private Condition ParseOr()
    {
        var left = ParseAnd();
        while (Accept("or"))
        {
            left = new Condition.Or(left, ParseAnd());
        }

        return left;
    }

    private Condition ParseAnd()
    {
        var left = ParseUnary();
        while (Accept("and"))
        {
            left = new Condition.And(left, ParseUnary());
        }

        return left;
    }

    private Condition ParseUnary()
    {
        if (Accept("not"))
        {
            return new Condition.Not(ParseUnary());
        }

        if (Accept("("))
        {
            var inner = ParseOr();
            if (!Accept(")"))
            {
                throw new FormatException($"a '(' is not closed in \"{text}\"");
            }

            return inner;
        }

        if (_at >= _tokens.Count)
        {
            throw new FormatException($"ends too early: \"{text}\"");
        }

        var name = _tokens[_at++];
        if (name is "and" or "or" or ")")
        {
            throw new FormatException($"unexpected '{name}' in \"{text}\"");
        }

        return name == "always" ? new Condition.Always() : new Condition.Signal(name);
    }

    private bool Accept(string token)
    {
        if (_at < _tokens.Count && _tokens[_at] == token)
        {
            _at++;
            return true;
        }

        return false;
    }

    [GeneratedRegex(@"[a-z0-9][a-z0-9-]*|[()]")]
    private static partial Regex Token();

    [GeneratedRegex(@"[^a-z0-9()\s-]")]
    private static partial Regex Unknown();
}
