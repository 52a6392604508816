using CoachBot.Core.People;
using CoachBot.Host.Channels.Pipeline;
using CoachBot.Host.Dashboard.SignIn;
using CoachBot.Host.Http;

namespace CoachBot.Host.Dashboard;

/// <summary>"my data" downloads, and HR's erasure of a person.</summary>
internal static class PrivacyEndpoints
{
    public const string StateChangeHeader = "X-CoachBot-Request";

    public static void MapPrivacy(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/my-data/{token}", async (string token, HttpContext http, DataExportLinks links, IPersonalData data, DashboardLanguage language, CancellationToken ct) =>
        {
            if (token.Length > 4096 || links.Read(token) is not { } accounts)
            {
                return ApiError.Create(StatusCodes.Status404NotFound, language.For(http).Text("dashboard.error.data-link-expired"));
            }

            var export = await data.ExportAsync(accounts, ct);
            return new FileDownload(Results.Json(export), "coachbot-my-data.json");
        });

        endpoints.MapDelete("/api/people/{id}", EraseAsync).RequireAuthorization();
    }

    private static async Task<IResult> EraseAsync(string id, HttpContext http, IPeopleDirectory directory, IPersonalData data, ChannelRegistry channels, DashboardLanguage language, ILogger<Program> logger, CancellationToken ct)
    {
        var t = language.For(http);
        if (await DashboardClaims.ViewerAsync(http.User, directory, ct) is not { } viewer)
        {
            return ReportEndpoints.NoViewer(t);
        }

        if (!viewer.Role.SeesEveryone())
        {
            return ApiError.Create(StatusCodes.Status403Forbidden, t.Text("dashboard.error.erase-role"));
        }

        // A cross-site form cannot set a custom header, so this header shows the request came from the dashboard's own script.
        if (!http.Request.Headers.ContainsKey(StateChangeHeader))
        {
            return ApiError.Create(StatusCodes.Status400BadRequest, t.Text("dashboard.error.erase-header", ("header", StateChangeHeader)));
        }

        var person = await directory.FindAsync(id, ct);
        IReadOnlyList<ChatAccount>? accounts = person?.Accounts ?? AccountFromKey(id, channels);
        if (accounts is null)
        {
            return ApiError.Create(StatusCodes.Status404NotFound, t.Text("dashboard.error.no-person", ("person", id)));
        }

        var result = await data.EraseAsync(person?.Id, accounts, ct);
        LogErased(logger, viewer.PersonId ?? viewer.Name, result.Attempts);
        return Results.Json(result);
    }

    /// <summary>A chat account that was never imported is reported as "channel:user", on any channel this host runs.</summary>
    private static IReadOnlyList<ChatAccount>? AccountFromKey(string key, ChannelRegistry channels) =>
        key.Split(':', 2) is [var channel, var user] && channels.Contains(channel) && user.Length > 0 ? [new ChatAccount(channel, user)] : null;

    private static void LogErased(ILogger logger, string by, int attempts) =>
        logger.LogInformation("A person was erased by {By}: {Attempts} attempts deleted", by, attempts);

    /// <summary>JSON sent as a file to save rather than a page to show.</summary>
    private sealed class FileDownload(IResult inner, string fileName) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            context.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
            context.Response.Headers.CacheControl = "no-store";
            return inner.ExecuteAsync(context);
        }
    }
}
