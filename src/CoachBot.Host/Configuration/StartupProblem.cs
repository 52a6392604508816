namespace CoachBot.Host.Configuration;

/// <summary>A mistake in the set-up that a person fixes: its message is the one line printed, naming the setting or file.</summary>
internal sealed class StartupProblem(string message, Exception? inner = null) : Exception(message, inner);
