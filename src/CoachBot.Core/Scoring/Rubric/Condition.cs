namespace CoachBot.Core.Scoring.Rubric;

/// <summary>
/// A level's condition over named signals, as written in <c>standards.yml</c>:
/// <c>empathy and (concern or names-concern) and not dismissal</c>. <c>always</c> holds for any answer.
/// </summary>
public abstract record Condition
{
    public abstract bool Holds(Func<string, bool> signal);

    /// <summary>Every signal named, with whether it counts for the level (true) or against it (false, under <c>not</c>).</summary>
    public abstract IEnumerable<(string Signal, bool Wanted)> Signals(bool wanted = true);

    /// <exception cref="FormatException">The text is not a condition.</exception>
    public static Condition Parse(string text) => new ConditionParser(text).ParseAll();

    public sealed record Always : Condition
    {
        public override bool Holds(Func<string, bool> signal) => true;

        public override IEnumerable<(string, bool)> Signals(bool wanted = true) => [];

        public override string ToString() => "always";
    }

    public sealed record Signal(string Name) : Condition
    {
        public override bool Holds(Func<string, bool> signal) => signal(Name);

        public override IEnumerable<(string, bool)> Signals(bool wanted = true) => [(Name, wanted)];

        public override string ToString() => Name;
    }

    public sealed record Not(Condition Operand) : Condition
    {
        public override bool Holds(Func<string, bool> signal) => !Operand.Holds(signal);

        public override IEnumerable<(string, bool)> Signals(bool wanted = true) => Operand.Signals(!wanted);

        public override string ToString() => $"not {Operand}";
    }

    public sealed record And(Condition Left, Condition Right) : Condition
    {
        public override bool Holds(Func<string, bool> signal) => Left.Holds(signal) && Right.Holds(signal);

        public override IEnumerable<(string, bool)> Signals(bool wanted = true) => Left.Signals(wanted).Concat(Right.Signals(wanted));

        public override string ToString() => $"({Left} and {Right})";
    }

    public sealed record Or(Condition Left, Condition Right) : Condition
    {
        public override bool Holds(Func<string, bool> signal) => Left.Holds(signal) || Right.Holds(signal);

        public override IEnumerable<(string, bool)> Signals(bool wanted = true) => Left.Signals(wanted).Concat(Right.Signals(wanted));

        public override string ToString() => $"({Left} or {Right})";
    }
}
