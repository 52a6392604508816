using System.Text.Json;
using CoachBot.Core.Authoring;
using CoachBot.Core.Content;
using CoachBot.Core.People;
using CoachBot.Core.Reports;
using CoachBot.Core.Texts;
using CoachBot.Host.Dashboard;
using CoachBot.Host.Dashboard.SignIn;
using CoachBot.Host.Http;

namespace CoachBot.Host.Authoring;

/// <summary>HR's and admins' scenarios as JSON: list, read, preview, publish, retire, restore and history.</summary>
internal static class AuthoringEndpoints
{
    private const int MaxBody = 256 * 1024;

    public static void MapAuthoringApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/authoring").RequireAuthorization();
        api.MapGet("/scenarios", ListAsync);
        api.MapGet("/scenarios/{id}", GetAsync);
        api.MapGet("/scenarios/{id}/versions/{version:int}", VersionAsync);
        api.MapAuthoringYaml();
        api.MapPost("/preview", PreviewAsync);
        api.MapPost("/scenarios", (HttpContext http, ScenarioAuthoring authoring, AuthorCheck check, CancellationToken ct) => PublishAsync(http, authoring, check, null, ct));
        api.MapPut("/scenarios/{id}", (string id, HttpContext http, ScenarioAuthoring authoring, AuthorCheck check, CancellationToken ct) => PublishAsync(http, authoring, check, id, ct));
        api.MapPost("/scenarios/{id}/retire", (string id, HttpContext http, ScenarioAuthoring authoring, AuthorCheck check, CancellationToken ct) => RetireAsync(http, authoring, check, id, retire: true, ct));
        api.MapPost("/scenarios/{id}/restore", (string id, HttpContext http, ScenarioAuthoring authoring, AuthorCheck check, CancellationToken ct) => RetireAsync(http, authoring, check, id, retire: false, ct));
    }

    private static async Task<IResult> ListAsync(HttpContext http, ScenarioAuthoring authoring, AuthorCheck check, ContentPack content, DashboardLanguage language, CancellationToken ct)
    {
        var (_, t, refusal) = await check.ReadAsync(http, changes: false, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        var listings = await authoring.ListAsync(ct);
        return Results.Json(new
        {
            Scenarios = listings.Select(l => new
            {
                l.Scenario.Id,
                l.Scenario.In(t.Code).Title,
                l.Scenario.Industry,
                IndustryName = t.Topic(l.Scenario.Industry),
                l.Scenario.Audience,
                l.Scenario.In(t.Code).Step,
                l.FromPrompts,
                l.Latest?.Version,
                l.Latest?.PublishedAt,
                l.Latest?.PublishedBy,
                l.Retired,
            }),
            Languages = content.Texts.All.Select(c => new { c.Code, c.Name }),
            Industries = content.Texts.Fallback.Topics.Keys.Order(StringComparer.Ordinal).Select(id => new { Id = id, Name = t.Topic(id) }),
            Standards = content.Standards.Select(s => new { s.Id, Name = language.StandardName(s.Id, t), s.Audience }),
        }, ReportEndpoints.Json);
    }

    private static async Task<IResult> GetAsync(string id, HttpContext http, ScenarioAuthoring authoring, AuthorCheck check, CancellationToken ct)
    {
        var (_, t, refusal) = await check.ReadAsync(http, changes: false, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        if (await authoring.GetAsync(id, ct) is not { } found)
        {
            return NotFound(t, id);
        }

        var retired = (await authoring.ListAsync(ct)).FirstOrDefault(l => l.Scenario.Id == id)?.Retired ?? false;
        return Results.Json(new
        {
            Scenario = ScenarioForm.From(found.Scenario),
            Retired = retired,
            History = found.History.Select(v => new { v.Version, v.PublishedAt, v.PublishedBy }),
        }, ReportEndpoints.Json);
    }

    private static async Task<IResult> VersionAsync(string id, int version, HttpContext http, IAuthoredScenarioStore store, AuthorCheck check, CancellationToken ct)
    {
        var (_, t, refusal) = await check.ReadAsync(http, changes: false, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        return await store.FindVersionAsync(id, version, ct) is { } found
            ? Results.Json(new { Scenario = ScenarioForm.From(found.Scenario), found.Version, found.PublishedAt, found.PublishedBy }, ReportEndpoints.Json)
            : NotFound(t, $"{id} v{version}");
    }

    private static async Task<IResult> PreviewAsync(HttpContext http, ScenarioAuthoring authoring, AuthorCheck check, DashboardLanguage language, CancellationToken ct)
    {
        var (_, t, refusal) = await check.ReadAsync(http, changes: false, ct);
        var (form, bad) = refusal is null ? await ReadAsync<ScenarioForm>(http, t, ct) : (null, refusal);
        if (form is null)
        {
            return bad!;
        }

        var (scores, problems) = await authoring.PreviewAsync(form.ToScenario(), ct);
        if (problems.Count > 0)
        {
            return Invalid(t, problems);
        }

        return Results.Json(new
        {
            Scores = scores.Select(s => new
            {
                s.Language,
                Scorer = s.Assessment.ScorerName,
                ReadAs = s.Assessment.Language,
                Standards = s.Assessment.Scores.Where(x => x.Score is not null).Select(x => new
                {
                    x.StandardId,
                    StandardName = language.StandardName(x.StandardId, t),
                    x.Score,
                    x.Evidence,
                    x.Missing,
                    x.Tip,
                }),
            }),
        }, ReportEndpoints.Json);
    }

    private static async Task<IResult> PublishAsync(HttpContext http, ScenarioAuthoring authoring, AuthorCheck check, string? id, CancellationToken ct)
    {
        var (viewer, t, refusal) = await check.ReadAsync(http, changes: true, ct);
        var (form, bad) = refusal is null ? await ReadAsync<ScenarioForm>(http, t, ct) : (null, refusal);
        if (form is null)
        {
            return bad!;
        }

        var draft = form.ToScenario(id);
        return Answer(t, draft.Id.Trim(), await authoring.PublishAsync(draft, creating: id is null, By(viewer!), ct));
    }

    private static async Task<IResult> RetireAsync(HttpContext http, ScenarioAuthoring authoring, AuthorCheck check, string id, bool retire, CancellationToken ct)
    {
        var (viewer, t, refusal) = await check.ReadAsync(http, changes: true, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        var result = retire ? await authoring.RetireAsync(id, By(viewer!), ct) : await authoring.RestoreAsync(id, By(viewer!), ct);
        return Answer(t, id, result);
    }

    internal static IResult Answer(TextCatalogue t, string id, AuthoringResult result) => result.Outcome switch
    {
        AuthoringOutcome.Done => Results.Json(new { Id = id, result.Version }, ReportEndpoints.Json),
        AuthoringOutcome.NotFound => NotFound(t, id),
        AuthoringOutcome.Exists => ApiError.Create(StatusCodes.Status409Conflict, t.Text("authoring.error.exists", ("id", id))),
        _ => Invalid(t, result.Problems),
    };

    /// <summary>The problems as ProblemDetails' <c>errors</c> by field, and with the file each is in as <c>problems</c>.</summary>
    internal static IResult Invalid(TextCatalogue t, IReadOnlyList<FieldProblem> problems) => ApiError.Fields(
        t.Text("authoring.error.invalid", ("problems", string.Join("; ", problems))),
        problems.GroupBy(p => p.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(p => p.Problem).ToArray(), StringComparer.Ordinal),
        new Dictionary<string, object?> { ["problems"] = problems.Select(p => new { field = p.Field, problem = p.Problem, file = p.File }).ToList() });

    internal static IResult NotFound(TextCatalogue t, string id) => ApiError.Create(StatusCodes.Status404NotFound, t.Text("authoring.error.not-found", ("id", id)));

    internal static string By(Viewer viewer) => viewer.PersonId ?? viewer.Name;

    internal static async Task<(T? Value, IResult? Refusal)> ReadAsync<T>(HttpContext http, TextCatalogue t, CancellationToken ct)
        where T : class
    {
        if (await LimitedBody.ReadAsync(http.Request, MaxBody, ct) is not { } body)
        {
            return (null, ApiError.Create(StatusCodes.Status413PayloadTooLarge, t.Text("authoring.error.too-large", ("kb", MaxBody / 1024))));
        }

        try
        {
            return JsonSerializer.Deserialize<T>(body, ReportEndpoints.Json) is { } value
                ? (value, null)
                : (null, ApiError.Create(StatusCodes.Status400BadRequest, t.Text("authoring.error.json")));
        }
        catch (JsonException)
        {
            return (null, ApiError.Create(StatusCodes.Status400BadRequest, t.Text("authoring.error.json")));
        }
    }
}
