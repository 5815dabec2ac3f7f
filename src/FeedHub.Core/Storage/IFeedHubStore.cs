namespace FeedHub.Storage;

/// <summary>A whole store: feeds, articles, and the schema they live in.</summary>
public interface IFeedHubStore : IFeedStore, IArticleStore, IArticleReader, IApiKeyStore, IOperatorStore, IOutboxStore, IFullTextStore
{
    /// <summary>Creates or upgrades the schema; returns the schema version now in force.</summary>
    Task<int> MigrateAsync(CancellationToken cancellationToken);

    /// <summary>True when the store answers and its schema is at the version this build expects.</summary>
    Task<bool> IsReadyAsync(CancellationToken cancellationToken);

    /// <summary>Counts for monitoring: feeds by status (disabled feeds as "disabled"), articles, stories.</summary>
    Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken);
}

public sealed record StoreStatistics(IReadOnlyDictionary<string, long> FeedsByStatus, long Articles, long Stories);
