using CoachBot.Core.Authoring;
using CoachBot.Core.Content;
using CoachBot.Host.Dashboard;

namespace CoachBot.Host.Authoring;

/// <summary>A scenario in and out as the YAML files of <c>prompts/</c>.</summary>
internal static class AuthoringYamlEndpoints
{
    public static void MapAuthoringYaml(this RouteGroupBuilder api)
    {
        api.MapGet("/scenarios/{id}/export", ExportAsync);
        api.MapPost("/import", ImportAsync);
    }

    private static async Task<IResult> ExportAsync(string id, HttpContext http, ScenarioAuthoring authoring, AuthorCheck check, CancellationToken ct)
    {
        var (_, t, refusal) = await check.ReadAsync(http, changes: false, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        return await authoring.GetAsync(id, ct) is { } found
            ? Results.Json(new { Files = ScenarioYaml.Export(found.Scenario, authoring.Languages).Select(f => new { f.Path, f.Yaml }) }, ReportEndpoints.Json)
            : AuthoringEndpoints.NotFound(t, id);
    }

    /// <summary>YAML files to a scenario for the form; with <c>?publish=true</c>, published at once as a new or next version.</summary>
    private static async Task<IResult> ImportAsync(HttpContext http, ScenarioAuthoring authoring, AuthorCheck check, ContentPack content, bool? publish, CancellationToken ct)
    {
        var (viewer, t, refusal) = await check.ReadAsync(http, changes: publish == true, ct);
        var (files, bad) = refusal is null ? await AuthoringEndpoints.ReadAsync<YamlFiles>(http, t, ct) : (null, refusal);
        if (files is null)
        {
            return bad!;
        }

        var (scenario, problems) = ScenarioYaml.Import([.. (files.Files ?? []).Select(f => (f?.Path ?? "", f?.Yaml ?? ""))], content);
        if (scenario is null)
        {
            return AuthoringEndpoints.Invalid(t, problems);
        }

        if (publish != true)
        {
            return Results.Json(new { Scenario = ScenarioForm.From(scenario) }, ReportEndpoints.Json);
        }

        var exists = (await authoring.GetAsync(scenario.Id, ct)) is not null;
        return AuthoringEndpoints.Answer(t, scenario.Id, await authoring.PublishAsync(scenario, creating: !exists, AuthoringEndpoints.By(viewer!), ct));
    }
}
