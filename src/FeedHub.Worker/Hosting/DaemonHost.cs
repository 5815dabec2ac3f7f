using FeedHub.Worker.Api;
using FeedHub.Worker.Jobs;
using Hangfire;
using Hangfire.Dashboard;
using Prometheus;

namespace FeedHub.Worker.Hosting;

/// <summary>The daemon: the Hangfire server and dashboard, the HTTP API, health endpoints; systemd-aware.</summary>
public static class DaemonHost
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <param name="configuration">The configuration the command line built.</param>
    /// <param name="configure">Last changes to the builder (embedders and tests, e.g. an in-memory server).</param>
    public static WebApplication Build(IConfiguration configuration, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddConfiguration(configuration);
        builder.WebHost.UseUrls(configuration["Urls"] is { Length: > 0 } urls ? urls : DefaultUrls);
        builder.Services.AddSystemd();
        ConfigureLogging(builder);

        var hangfire = builder.Configuration.GetSection(HangfireOptions.Section).Get<HangfireOptions>() ?? new HangfireOptions();
        // Hangfire gets its shutdown time to let poll jobs finish; the host waits a little longer than that.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = hangfire.DrainTimeout + hangfire.ShutdownTimeout + TimeSpan.FromSeconds(10));

        builder.Services.AddHostedService<StartupTasks>(); // before the Hangfire server: the schema must exist first
        builder.Services.AddFeedHubCore(builder.Configuration);
        builder.Services.AddTransient<DispatchDueFeedsJob>();
        builder.Services.AddTransient<PollFeedsJob>();
        builder.Services.AddTransient<DispatchFullTextJob>();
        builder.Services.AddTransient<FetchFullTextJob>();
        builder.Services.AddTransient<RetentionJob>();
        builder.Services.AddTransient<LearnBoilerplateJob>();
        builder.Services.AddTransient<OutboxRelayJob>();
        builder.Services.AddTransient<DeliverWebhookJob>();
        builder.Services.AddHttpClient(DeliverWebhookJob.ClientName, c => c.DefaultRequestHeaders.UserAgent.ParseAdd("FeedHub-Webhooks/1.0"));
        builder.Services.AddFeedHubHangfire(builder.Configuration);
        builder.Services.AddHostedService<StateMetrics>();

        var users = builder.Configuration.GetSection("Dashboard:Users").Get<List<DashboardUser>>() ?? [];
        builder.Services.AddSingleton(new DashboardAccess(users));
        var keys = builder.Configuration.GetSection("Api:Keys").Get<List<ConfiguredApiKey>>() ?? [];
        builder.Services.AddSingleton(sp => new ApiAccess(sp.GetRequiredService<FeedHub.Storage.IApiKeyStore>(), keys, sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never;
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });

        configure?.Invoke(builder);
        StartMeterAdapter();
        var app = builder.Build();
        app.UseStatusCodePages();
        app.UseApiAccess();
        app.UseHttpMetrics();
        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            DashboardTitle = "FeedHub",
            DisplayStorageConnectionString = false,
            Authorization = [new DashboardAuthorizationFilter(app.Services.GetRequiredService<DashboardAccess>())],
            IsReadOnlyFunc = context => DashboardAccess.IsReadOnly(context.GetHttpContext()),
        });
        app.MapHealth();
        app.MapOpenApi();
        app.MapFeedsApi();
        app.MapArticlesApi();
        app.MapStoriesApi();
        app.MapOutputFeeds();
        app.MapMetrics("/metrics");
        return app;
    }

    private static int _meterAdapterStarted;

    /// <summary>
    /// Publishes the .NET meters (FeedHub's own and the runtime's) from process start, not from the first scrape
    /// (prometheus-net's default), so that nothing counted before the first scrape is lost; series idle for a day expire (the longest prometheus-net allows).
    /// </summary>
    private static void StartMeterAdapter()
    {
        if (Interlocked.Exchange(ref _meterAdapterStarted, 1) == 1)
            return;
        Metrics.SuppressDefaultMetrics(new SuppressDefaultMetricOptions { SuppressMeters = true });
        MeterAdapter.StartListening(new MeterAdapterOptions
        {
            MetricsExpireAfter = TimeSpan.FromDays(1),
            // Only meters whose labels are safe to show: Npgsql's name pools by their connection string.
            InstrumentFilterPredicate = instrument => instrument.Meter.Name is FeedHub.Refreshing.FeedHubMetrics.MeterName or "System.Runtime"
                or "Microsoft.AspNetCore.Hosting" or "Microsoft.AspNetCore.Server.Kestrel" or "System.Net.Http",
        });
    }

    /// <summary>Readable text on a terminal; one JSON object a line for journald and containers.</summary>
    private static void ConfigureLogging(WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        var format = builder.Configuration["Logging:Format"];
        var json = format is null ? Console.IsOutputRedirected : format.Equals("json", StringComparison.OrdinalIgnoreCase);
        if (json)
            builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        else
            builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.IncludeScopes = false; });
    }
}
