using System.Data.Common;

namespace FeedHub.Storage.Relational;

/// <summary>What differs between the stores: connections, locking, claiming, and where the tables live.</summary>
public abstract class SqlDialect
{
    /// <summary>Prefix of every table name ("feedhub." on PostgreSQL, "" on SQLite).</summary>
    public abstract string TablePrefix { get; }

    /// <summary>The assembly and resource prefix holding this store's numbered migration scripts.</summary>
    public abstract System.Reflection.Assembly MigrationAssembly { get; }

    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Starts a transaction that will write.</summary>
    public abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Serialises writers that share a key, until the transaction ends.</summary>
    public abstract Task LockKeysAsync(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>Serialises migration runs of several processes.</summary>
    public abstract Task LockMigrationsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    /// <summary>Runs before the migrations table is read (PostgreSQL creates its schema here).</summary>
    public abstract Task PrepareMigrationsAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>
    /// SQL that leases up to @max due feeds until @lease and returns their rows. Parameters: @now, @lease, @max.
    /// </summary>
    public abstract string ClaimDueFeedsSql { get; }

    /// <summary>Releases a process-local writer gate taken by <see cref="BeginWriteAsync"/>, if any.</summary>
    public virtual void EndWrite() { }
}
