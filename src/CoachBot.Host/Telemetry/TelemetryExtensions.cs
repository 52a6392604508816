using CoachBot.Core.Scoring;
using CoachBot.Host.Channels.BotFramework;
using CoachBot.Host.Channels.Slack;
using Microsoft.Extensions.Http;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CoachBot.Host.Telemetry;

/// <summary>
/// Metrics for Prometheus at /metrics (ASP.NET Core's and HttpClient's, and CoachBot's own), and traces over OTLP when
/// OTEL_EXPORTER_OTLP_ENDPOINT is set. Registered after the features it measures: it wraps their scorer and clients.
/// </summary>
internal static class TelemetryExtensions
{
    private const string OtlpEndpoint = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<CoachBotMetrics>();
        DecorateScorer(services);
        MeterClient(services, nameof(SlackApiClient), "slack");
        MeterClient(services, SlackApiClient.ResponseUrlClient, "slack", "response_url");
        MeterClient(services, nameof(ConnectorClient), "bot-connector");

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("coachbot"))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter(CoachBotMetrics.MeterName)
                .AddView(CoachBotMetrics.ScoreHistogram, new ExplicitBucketHistogramConfiguration { Boundaries = [0, 1, 2, 3] })
                .AddPrometheusExporter());
        if (!string.IsNullOrWhiteSpace(configuration[OtlpEndpoint]))
        {
            telemetry.WithTracing(t => t
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !IsProbe(http.Request.Path))
                .AddHttpClientInstrumentation()
                .AddOtlpExporter());
        }

        return services;
    }

    /// <summary>/metrics: anonymous and not rate limited, for the scraper; keep it off the public internet at the proxy.</summary>
    public static WebApplication MapTelemetry(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint("/metrics").AllowAnonymous().DisableRateLimiting();
        return app;
    }

    private static bool IsProbe(PathString path) => path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz") || path.StartsWithSegments("/metrics");

    private static void DecorateScorer(IServiceCollection services)
    {
        var scorer = services.Last(d => d.ServiceType == typeof(IAnswerScorer));
        services.Remove(scorer);
        services.AddSingleton<IAnswerScorer>(sp => new MeteredAnswerScorer(Resolve(sp, scorer), sp.GetRequiredService<CoachBotMetrics>()));
    }

    private static IAnswerScorer Resolve(IServiceProvider sp, ServiceDescriptor descriptor) => (IAnswerScorer)(
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(sp)
        ?? ActivatorUtilities.CreateInstance(sp, descriptor.ImplementationType!));

    private static void MeterClient(IServiceCollection services, string clientName, string api, string? fixedMethod = null) =>
        services.Configure<HttpClientFactoryOptions>(clientName, o => o.HttpMessageHandlerBuilderActions.Add(b =>
            b.AdditionalHandlers.Add(new OutboundCallMetrics(api, b.Services.GetRequiredService<CoachBotMetrics>(), fixedMethod))));
}
