using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using CoachBot.Core.Coaching;
using CoachBot.Core.Content;
using CoachBot.Core.Scoring;
using CoachBot.Host.Channels.BotFramework;
using CoachBot.Host.Channels.Slack;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoachBot.Benchmarks;

/// <summary>The per-request work of the channels, without I/O: rendering replies and verifying requests.</summary>
[MemoryDiagnoser]
public class ChannelBenchmarks
{
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private readonly byte[] _slackBody = Encoding.UTF8.GetBytes(new string('x', 1200));
    private BotReply _scores = null!;
    private string _signature = "";
    private string _timestamp = "";
    private string _jwt = "";
    private TokenValidationParameters _jwtParameters = null!;
    private readonly JsonWebTokenHandler _handler = new();

    [GlobalSetup]
    public void Setup()
    {
        var pack = ContentLoader.Load(Path.Combine(AppContext.BaseDirectory, "prompts"));
        var scenario = pack.FindScenario("bank-card-swallowed")!;
        var assessment = new RubricAnswerScorer(pack).Score(scenario, "Oh no, your card with your trip on Thursday, that's worrying. Did it show a message? I'll block it now and have a new one with you by Wednesday, probably sooner. Thank you, I'll call you Wednesday to check.");
        _scores = new BotReply("scores")
        {
            Scores = new ScoreCard(scenario.Id, assessment.ScorerName, assessment.Scores.Select(s => new ScoreLine(s.StandardId, s.StandardId, s.Score, s.Evidence, s.Missing, s.Tip)).ToList()),
            Actions = [CoachingActions.RetryButton(pack.Texts.Fallback), CoachingActions.ModelAnswerButton(pack.Texts.Fallback), CoachingActions.NextButton(pack.Texts.Fallback)],
        };
        _timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        _signature = SlackSignature.Compute(Secret, _timestamp, _slackBody);

        var key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "k1" };
        _jwt = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "https://api.botframework.com", Audience = "app-id", Expires = DateTime.UtcNow.AddHours(1),
            Claims = new Dictionary<string, object> { ["serviceurl"] = "https://smba.trafficmanager.net/teams/" },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
        _jwtParameters = new TokenValidationParameters
        {
            ValidIssuer = "https://api.botframework.com", ValidAudience = "app-id", IssuerSigningKey = key, ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        };
    }

    [Benchmark]
    public object AdaptiveCardForScores() => AdaptiveCards.Render(_scores)!;

    [Benchmark]
    public object BlockKitForScores() => SlackBlocks.Render(_scores);

    [Benchmark]
    public string? SlackSignatureCheck() => SlackSignature.Check(Secret, _timestamp, _signature, _slackBody, DateTimeOffset.UtcNow);

    [Benchmark]
    public async Task<bool> BotFrameworkJwtValidation() => (await _handler.ValidateTokenAsync(_jwt, _jwtParameters)).IsValid;
}
