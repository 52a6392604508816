using System.Text.RegularExpressions;

namespace CoachBot.Host.Tests.Support;

/// <summary>Posts a sign-in form as a browser does: it first loads the page that holds the form, for its antiforgery token.</summary>
public static partial class SignInForm
{
    public const string TokenField = "__RequestVerificationToken";

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, params (string Key, string Value)[] fields) =>
        await PostAsync(client, path, PageOf(path), fields);

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string page, params (string Key, string Value)[] fields)
    {
        var token = await TokenAsync(client, page);
        return await client.PostAsync(path, Form([.. fields, (TokenField, token)]));
    }

    public static async Task<string> TokenAsync(HttpClient client, string page)
    {
        return TokenIn(await client.GetStringAsync(page));
    }

    public static string TokenIn(string html)
    {
        var match = Token().Match(html);
        Assert.True(match.Success, "the page has no antiforgery token");
        return match.Groups[1].Value;
    }

    public static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Key, f.Value)));

    private static string PageOf(string path) => path switch
    {
        "/signout" => "/dashboard",
        _ => path,
    };

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
