using CoachBot.Core.Content;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;

namespace CoachBot.Host.Configuration;

/// <summary>What went wrong at start, in a line that names the setting or the file to fix.</summary>
internal static partial class StartupErrorText
{
    private const int ContentProblemsShown = 3;

    public static string Describe(Exception error, IConfiguration configuration)
    {
        var ex = Unwrap(error);
        return ex switch
        {
            StartupProblem problem => problem.Message,
            ContentValidationException content => Content(content),
            OptionsValidationException options => string.Join("; ", options.Failures.Select(WithoutAnnotationPrefix)),
            IOException { InnerException: AddressInUseException } => $"{AddressOf(ex.Message)} is already in use by another program: stop it, or listen elsewhere with --urls or the Urls setting.",
            _ when IsListenAddress(ex) => $"the address to listen on is not valid (Urls = '{configuration["urls"]}'): {FirstLine(ex.Message)}; give one like http://0.0.0.0:3978 in Urls or --urls.",
            Microsoft.Data.Sqlite.SqliteException sqlite => $"the SQLite file cannot be used ({FirstLine(sqlite.Message)}); check Storage:SqlitePath ('{configuration["Storage:SqlitePath"]}') and its folder's permissions.",
            Npgsql.NpgsqlException postgres => $"the database does not answer ({Reason(postgres)}); check Storage:ConnectionString and that PostgreSQL runs and accepts this host.",
            _ => $"{FirstLine(ex.Message)} ({ex.GetType().Name})",
        };
    }

    /// <summary>"DataAnnotation validation failed for 'SlackOptions' members: 'X' with the error: 'message'." is the message.</summary>
    private static string WithoutAnnotationPrefix(string failure) =>
        AnnotationFailure().Match(failure) is { Success: true } m ? m.Groups[1].Value : failure;

    private static Exception Unwrap(Exception ex) => ex switch
    {
        AggregateException { InnerExceptions.Count: 1 } aggregate => Unwrap(aggregate.InnerExceptions[0]),
        System.Reflection.TargetInvocationException { InnerException: { } inner } => Unwrap(inner),
        _ when ex.InnerException is Npgsql.NpgsqlException or Microsoft.Data.Sqlite.SqliteException => Unwrap(ex.InnerException),
        _ => ex,
    };

    private static string Content(ContentValidationException content)
    {
        var shown = content.Problems.Take(ContentProblemsShown).Select(p => ContentSource.InRepository(p.Path) + $": {p.Field}: {p.Problem}");
        var more = content.Problems.Count > ContentProblemsShown ? $"{Environment.NewLine}  and {content.Problems.Count - ContentProblemsShown} more: run `coachbot validate`" : "";
        return $"the content has {content.Problems.Count} problem(s) (Content:Directory):{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", shown) + more;
    }

    /// <summary>Kestrel's parsing of Urls: an unknown scheme, no scheme, a port out of range.</summary>
    private static bool IsListenAddress(Exception ex) =>
        ex is InvalidOperationException or FormatException or ArgumentException
        && ex.StackTrace is { } trace && (trace.Contains("BindingAddress", StringComparison.Ordinal) || trace.Contains("AddressBinder", StringComparison.Ordinal));

    // "Failed to bind to address http://127.0.0.1:3978: address already in use."
    private static string AddressOf(string message)
    {
        var start = message.IndexOf("address ", StringComparison.Ordinal);
        var end = message.LastIndexOf(':');
        return start >= 0 && end > start ? message[(start + "address ".Length)..end] : "the address to listen on";
    }

    private static string Reason(Npgsql.NpgsqlException ex) =>
        ex.InnerException is { } inner && inner is not Npgsql.NpgsqlException ? $"{FirstLine(ex.Message)}: {FirstLine(inner.Message)}" : FirstLine(ex.Message);

    [System.Text.RegularExpressions.GeneratedRegex(@"^DataAnnotation validation failed for '[^']*' members: '[^']*' with the error: '(.*)'\.$")]
    private static partial System.Text.RegularExpressions.Regex AnnotationFailure();

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim().TrimEnd('.');
}
