using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using FeedHub.Storage.Relational;
using Npgsql;

namespace FeedHub.Storage.Postgres;

/// <summary>
/// PostgreSQL: tables in schema `feedhub`, due feeds claimed with FOR UPDATE SKIP LOCKED, and concurrent ingests
/// serialised on transaction-scoped advisory locks taken on the article's keys in sorted order (no deadlocks,
/// no global lock).
/// </summary>
public sealed class PostgresDialect(NpgsqlDataSource dataSource) : SqlDialect
{
    public override string TablePrefix => "feedhub.";

    public override System.Reflection.Assembly MigrationAssembly => typeof(PostgresDialect).Assembly;

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    public override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

    public override bool SupportsLateralJoin => true;

    public override bool CommitsInBatch => true;

    public override bool SendsPositionalBatches => true;

    public override long StoredTimeTicks => TimeSpan.TicksPerMicrosecond;

    public override string? ReserveIdsSql => "SELECT nextval('feedhub.articles_id_seq'), nextval('feedhub.stories_id_seq')";

    // Every ingest statement is a lookup or a write by key, whose best plan does not depend on the values; a generic
    // plan, made once per connection, is as good as a custom one and costs no planning. Transaction-scoped: the
    // store's other queries keep the server's default.
    public override string? IngestSetupSql => "SELECT set_config('plan_cache_mode', 'force_generic_plan', true)";

    public override bool IndexesBandKeysInSignature => true;

    public override bool TakesArrayParameters => true;

    public override (string Sql, object Keys)? LockKeysStatement(IReadOnlyCollection<string> keys)
    {
        var ids = keys.Select(LockId).Distinct().Order().ToArray();
        return ids.Length == 0 ? null : ("SELECT pg_advisory_xact_lock(k) FROM unnest(@keys) AS k ORDER BY k", ids);
    }

    public override async Task LockKeysAsync(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        if (LockKeysStatement(keys) is not var (sql, ids))
            return;
        await using var command = new NpgsqlCommand(sql, (NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
        command.Parameters.AddWithValue("keys", ids);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async Task LockMigrationsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@k)", (NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
        command.Parameters.AddWithValue("k", LockId("feedhub:migrations"));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async Task PrepareMigrationsAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("CREATE SCHEMA IF NOT EXISTS feedhub", (NpgsqlConnection)connection);
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            // Another process created it at the same moment.
        }
    }

    public override string ClaimDueFeedsSql =>
        "WITH due AS (SELECT id FROM feedhub.feeds WHERE enabled AND next_poll_at <= @now " +
        "AND (lease_until IS NULL OR lease_until < @now) ORDER BY next_poll_at LIMIT @max FOR UPDATE SKIP LOCKED) " +
        "UPDATE feedhub.feeds f SET lease_until = @lease, lease_token = @token FROM due WHERE f.id = due.id RETURNING f.*";

    public override string SkipLockedSuffix => " FOR UPDATE SKIP LOCKED";

    // Npgsql asks the server for UTF-8 (client_encoding), and reads a text column as those bytes on request.
    public override bool ReadsTextAsUtf8Bytes => true;

    public override string ArticleSequenceColumn => "a.ingest_xact";

    // A scalar subquery: the snapshot is read once per query, not once per row.
    public override string StableArticlesCondition => "a.ingest_xact < (SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint)";

    /// <summary>A stable 64-bit lock id for a key (the first 8 bytes of its SHA-256).</summary>
    internal static long LockId(string key) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0);
}
