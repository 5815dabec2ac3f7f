using System.Data.Common;
using FeedHub.Storage.Relational;
using Microsoft.Data.Sqlite;

namespace FeedHub.Storage.Sqlite;

/// <summary>
/// SQLite, the embedded default: one process, WAL journal, and one writer at a time (a process-wide gate in front
/// of BEGIN IMMEDIATE, so writers queue in order instead of spinning on SQLITE_BUSY).
/// </summary>
public sealed class SqliteDialect : SqlDialect
{
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly long _maxSizeBytes;

    /// <param name="path">The database file.</param>
    /// <param name="maxSizeBytes">A ceiling on the file (0: none), enforced by SQLite's max_page_count.</param>
    public SqliteDialect(string path, long maxSizeBytes = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxSizeBytes);
        _maxSizeBytes = maxSizeBytes;
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
            Directory.CreateDirectory(directory);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public override string TablePrefix => "";

    public override System.Reflection.Assembly MigrationAssembly => typeof(SqliteDialect).Assembly;

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000;";
        await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        // max_page_count is per connection, counts pages of the database's own size, and stays with a pooled
        // connection: set it every time, to the ceiling or to SQLite's maximum.
        var maxPages = 4294967294L;
        if (_maxSizeBytes > 0)
        {
            pragma.CommandText = "PRAGMA page_size";
            var pageSize = Convert.ToInt64(await pragma.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
            maxPages = Math.Max(1, _maxSizeBytes / pageSize);
        }
        pragma.CommandText = $"PRAGMA max_page_count = {maxPages}";
        await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    public override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return ((SqliteConnection)connection).BeginTransaction(deferred: false);
        }
        catch
        {
            _writer.Release();
            throw;
        }
    }

    public override void EndWrite() => _writer.Release();

    // One writer at a time already serialises every ingest.
    public override Task LockKeysAsync(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public override Task LockMigrationsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public override Task PrepareMigrationsAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    public override string SkipLockedSuffix => "";

    public override string ArticleSequenceColumn => "a.id";

    public override string StableArticlesCondition => "TRUE";

    public override string ClaimDueFeedsSql =>
        "UPDATE feeds SET lease_until = @lease, lease_token = @token WHERE id IN (SELECT id FROM feeds WHERE enabled AND next_poll_at <= @now " +
        "AND (lease_until IS NULL OR lease_until < @now) ORDER BY next_poll_at LIMIT @max) RETURNING *";
}
