using CoachBot.Host.Channels.BotFramework;
using CoachBot.Host.Channels.Pipeline;
using CoachBot.Host.Channels.Slack;
using CoachBot.Host.Channels.WebChat;
using CoachBot.Host.Coaching;
using CoachBot.Host.Dashboard;
using CoachBot.Host.Health;
using CoachBot.Host.Configuration;
using CoachBot.Host.Jobs;
using CoachBot.Host.Security;
using CoachBot.Host.Storage;
using CoachBot.Host.Telemetry;

// Configuration is read once. Reloading on change would watch the content root and every folder below it, which holds the
// SQLite file: each write woke the watcher, about 7% of the CPU under load.
var builder = WebApplication.CreateBuilder([.. args, "--hostBuilder:reloadConfigOnChange=false"]);
builder.ReportStartupErrorsInOneLine();
builder.Configuration.AddRootAppSettings();
builder.Services.AddCoaching();
builder.Services.AddStorage();
builder.Services.AddChannelPipeline();
builder.Services.AddBotFrameworkChannel();
builder.Services.AddWebChat();
builder.Services.AddSlackChannel();
builder.Services.AddNudges();
builder.Services.AddDashboard(builder.Configuration);
builder.Services.AddRateLimits();
builder.Services.AddReverseProxy();
builder.Services.AddHealth();
builder.Services.AddTelemetry(builder.Configuration); // after the features it measures

var app = builder.Build();
app.UseReverseProxy();
app.UseSecurityHeaders();
app.UseMiddleware<CoachBot.Host.Http.StorageUnavailable>();
await app.PrepareAsync();
app.MapDashboard();
app.UseRateLimits();
app.MapBotFrameworkChannel();
app.MapWebChat();
app.MapSlackChannel();
app.MapNudges();
app.MapHealth();
app.MapTelemetry();
await app.RunAsync();

public partial class Program;
