using FeedHub.Cleaning;
using FeedHub.Dedup;
using FeedHub.Extraction;
using FeedHub.Fetching;
using FeedHub.Refreshing;
using FeedHub.Scheduling;
using FeedHub.Storage;
using FeedHub.Storage.Postgres;
using FeedHub.Storage.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FeedHub.Worker.Hosting;

/// <summary>The pipeline and the store, for the daemon and the command line alike.</summary>
public static class CoreServices
{
    public static IServiceCollection AddFeedHubCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddValidatedOptions<FetchOptions>(FetchOptions.Section, o => o.Validate());
        services.AddValidatedOptions<SchedulingOptions>(SchedulingOptions.Section, o => o.Validate());
        services.AddValidatedOptions<DedupOptions>(DedupOptions.Section, o => o.Validate());
        services.AddValidatedOptions<CleaningOptions>(CleaningOptions.Section, _ => { });
        services.AddValidatedOptions<WebhookOptions>(WebhookOptions.Section, o => o.Validate());
        services.AddValidatedOptions<RetentionOptions>(RetentionOptions.Section, o => o.Validate());
        services.AddValidatedOptions<FullTextOptions>(FullTextOptions.Section, o => o.Validate());
        services.AddValidatedOptions<StorageOptions>(StorageOptions.Section, o =>
        {
            if (string.IsNullOrWhiteSpace(o.SqlitePath))
                throw new ArgumentException("Storage:SqlitePath must not be empty.");
        });

        var connectionString = configuration.GetConnectionString("FeedHub");
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            services.AddSingleton(_ => PostgresStore.CreateDataSource(connectionString));
            services.AddSingleton<IFeedHubStore>(sp => new PostgresStore(sp.GetRequiredService<NpgsqlDataSource>()));
        }
        else
        {
            services.AddSingleton<IFeedHubStore>(sp => new SqliteStore(sp.GetRequiredService<StorageOptions>().SqlitePath, sp.GetRequiredService<StorageOptions>().SqliteMaxSizeMB * 1024L * 1024L));
        }
        services.AddSingleton<IFeedStore>(sp => sp.GetRequiredService<IFeedHubStore>());
        services.AddSingleton<IArticleStore>(sp => sp.GetRequiredService<IFeedHubStore>());
        services.AddSingleton<IArticleReader>(sp => sp.GetRequiredService<IFeedHubStore>());
        services.AddSingleton<IApiKeyStore>(sp => sp.GetRequiredService<IFeedHubStore>());
        services.AddSingleton<IOperatorStore>(sp => sp.GetRequiredService<IFeedHubStore>());
        services.AddSingleton<IOutboxStore>(sp => sp.GetRequiredService<IFeedHubStore>());
        services.AddSingleton<IFullTextStore>(sp => sp.GetRequiredService<IFeedHubStore>());

        services.AddSingleton(sp => new FeedFetcher(sp.GetRequiredService<FetchOptions>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new ContentCleaner(sp.GetRequiredService<CleaningOptions>()));
        services.AddSingleton(sp => new StoryMatcher(sp.GetRequiredService<DedupOptions>()));
        services.AddSingleton(sp => new PollScheduler(sp.GetRequiredService<SchedulingOptions>()));
        services.AddSingleton(sp => new RedirectPolicy(sp.GetRequiredService<FetchOptions>()));
        services.AddSingleton(_ => new FeedRulesProvider(configuration.GetSection("Cleaning:FeedRules").Get<List<ConfiguredFeedRules>>() ?? []));
        services.AddValidatedOptions<BoilerplateLearningOptions>("Cleaning:Learning", o => o.Validate());
        services.AddSingleton<BoilerplateLearnerService>();
        services.AddSingleton<ItemIngester>();
        services.AddSingleton<Recleaner>();
        services.AddSingleton<FeedRefresher>();
        services.AddSingleton<FeedBatchPoller>();
        services.AddSingleton(_ => new ArticleExtractor(new ExtractionOptions()));
        services.AddSingleton<RobotsGate>();
        services.AddSingleton<CrawlPacer>();
        services.AddSingleton<FullTextIngester>();
        services.AddSingleton<FullTextRefresher>();
        return services;
    }

    /// <summary>Uses the connection string's presence to tell which store is configured.</summary>
    public static bool UsesPostgres(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration.GetConnectionString("FeedHub"));

    /// <summary>
    /// Binds a section, validates it on first use (and at start-up for the daemon), and registers the value
    /// itself so that Core classes need no IOptions.
    /// </summary>
    private static void AddValidatedOptions<T>(this IServiceCollection services, string section, Action<T> validate) where T : class
    {
        services.AddOptions<T>()
            .BindConfiguration(section)
            .Validate(o =>
            {
                try
                {
                    validate(o);
                    return true;
                }
                catch (ArgumentException ex)
                {
                    throw new OptionsValidationException(section, typeof(T), [ex.Message]);
                }
            })
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<T>>().Value);
    }
}
