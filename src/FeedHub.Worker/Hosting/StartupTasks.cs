using FeedHub.Feeds;
using FeedHub.Storage;

namespace FeedHub.Worker.Hosting;

/// <summary>
/// Before the Hangfire server starts: migrate the schema, and on an empty embedded store import the sample feed
/// list (`Feeds:SeedFile`), so that `dotnet run` on a fresh machine has something to poll.
/// </summary>
internal sealed partial class StartupTasks(
    IFeedHubStore store,
    StorageOptions storage,
    IConfiguration configuration,
    TimeProvider time,
    ILogger<StartupTasks> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (storage.MigrateOnStart)
        {
            var version = await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
            LogMigrated(logger, version);
        }
        if (!CoreServices.UsesPostgres(configuration) && configuration["Feeds:SeedFile"] is { Length: > 0 } seed)
            await SeedAsync(seed, cancellationToken).ConfigureAwait(false);
    }

    private async Task SeedAsync(string seed, CancellationToken cancellationToken)
    {
        if ((await store.ListFeedsAsync(cancellationToken).ConfigureAwait(false)).Count > 0)
            return;
        var path = Path.IsPathRooted(seed) ? seed : Path.Combine(AppContext.BaseDirectory, seed);
        if (!File.Exists(path))
            return;
        await using var stream = File.OpenRead(path);
        var feeds = Opml.Read(stream);
        foreach (var feed in feeds)
            await store.AddFeedAsync(feed.Url, feed.Title, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        LogSeeded(logger, feeds.Count, path);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Schema at version {Version}")]
    private static partial void LogMigrated(ILogger logger, int version);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Empty store: imported {FeedCount} sample feeds from {Path}")]
    private static partial void LogSeeded(ILogger logger, int feedCount, string path);
}
