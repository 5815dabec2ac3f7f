using FeedHub.Storage;
using FeedHub.Storage.Postgres;
using FeedHub.Storage.Sqlite;
using FeedHub.Testing;
using Npgsql;

namespace FeedHub.Storage.Tests;

/// <summary>Makes a migrated, empty store of one kind; <see cref="ResetAsync"/> empties it between tests.</summary>
public interface IStoreFactory
{
    IFeedHubStore Store { get; }
    Task ResetAsync();
}

public sealed class SqliteStoreFactory : IStoreFactory, IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"feedhub-test-{Guid.NewGuid():N}.db");

    public IFeedHubStore Store { get; private set; } = null!;

    public string Path_ => _path;

    public async Task InitializeAsync()
    {
        Store = new SqliteStore(_path);
        await Store.MigrateAsync(CancellationToken.None);
    }

    public async Task ResetAsync()
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA foreign_keys = OFF; DELETE FROM article_bands; DELETE FROM article_signatures; DELETE FROM articles; DELETE FROM stories; DELETE FROM feeds; DELETE FROM api_keys; DELETE FROM tombstones; DELETE FROM outbox; DELETE FROM story_aliases; DELETE FROM robots_txt; DELETE FROM sqlite_sequence;";
        await command.ExecuteNonQueryAsync();
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in (string[])["", "-wal", "-shm"])
            File.Delete(_path + suffix);
        return Task.CompletedTask;
    }
}

public sealed class PostgresStoreFactory : IStoreFactory, IAsyncLifetime
{
    private NpgsqlDataSource? _dataSource;

    public IFeedHubStore Store { get; private set; } = null!;

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var cluster = await PostgresCluster.SharedAsync();
        ConnectionString = await cluster.CreateDatabaseAsync("store");
        _dataSource = PostgresStore.CreateDataSource(ConnectionString);
        Store = new PostgresStore(_dataSource);
        await Store.MigrateAsync(CancellationToken.None);
    }

    public async Task ResetAsync()
    {
        await using var command = _dataSource!.CreateCommand("TRUNCATE feedhub.article_signatures, feedhub.articles, feedhub.stories, feedhub.feeds, feedhub.api_keys, feedhub.tombstones, feedhub.story_aliases, feedhub.outbox, feedhub.robots_txt RESTART IDENTITY CASCADE");
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        if (_dataSource is not null)
            await _dataSource.DisposeAsync();
    }
}
