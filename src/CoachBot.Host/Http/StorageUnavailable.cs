using Microsoft.EntityFrameworkCore.Storage;

namespace CoachBot.Host.Http;

/// <summary>
/// When the database does not answer (PostgreSQL down, the SQLite file locked past the wait), a request gets 503 with
/// Retry-After and a plain reason, not a 500: Slack and the Bot Connector retry, people see "try again in a moment", and
/// the host carries on without a restart once the database is back.
/// </summary>
internal sealed partial class StorageUnavailable(RequestDelegate next, ILogger<StorageUnavailable> logger)
{
    public const string Message = "CoachBot's database is not answering right now, so your last message was not saved. Try again in a moment.";

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception ex) when (IsStorageOutage(ex) && !context.Response.HasStarted)
        {
            LogOutage(context.Request.Path, ex.GetType().Name);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "5";
            await ApiError.Create(StatusCodes.Status503ServiceUnavailable, Message).ExecuteAsync(context);
        }
    }

    /// <summary>Outages only: a constraint violation or a bad query is a bug and stays a 500.</summary>
    public static bool IsStorageOutage(Exception ex) => ex switch
    {
        // SQLITE_BUSY, SQLITE_LOCKED, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteErrorCode is 5 or 6 or 10 or 13 or 14,
        // connection exceptions (class 08), shutting down, cannot connect now, too many connections
        Npgsql.PostgresException postgres => postgres.SqlState.StartsWith("08", StringComparison.Ordinal) || postgres.SqlState is "57P01" or "57P02" or "57P03" or "53300",
        Npgsql.NpgsqlException => true, // no server answered at all
        RetryLimitExceededException or TimeoutException => true,
        _ => ex.InnerException is { } inner && IsStorageOutage(inner),
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database did not answer for {Path} ({Exception}); answered 503")]
    private partial void LogOutage(PathString path, string exception);
}
