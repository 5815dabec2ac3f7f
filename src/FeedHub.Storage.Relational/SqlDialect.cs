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

    /// <summary>
    /// The statement <see cref="LockKeysAsync"/> runs, for an ingest to send in one batch with the reads that follow it:
    /// SQL taking one parameter <c>@keys</c>, and that parameter's value. Null where taking the locks needs no statement
    /// (one writer at a time) or there are no keys.
    /// </summary>
    public virtual (string Sql, object Keys)? LockKeysStatement(IReadOnlyCollection<string> keys) => null;

    /// <summary>
    /// A statement returning one row that an ingest sends first, in its first batch, to set up its transaction; null
    /// where there is none. On PostgreSQL it makes the ingest's prepared statements keep one generic plan: with the
    /// default plan cache mode the server re-planned its joins for every article, over a third of its CPU.
    /// </summary>
    public virtual string? IngestSetupSql => null;

    /// <summary>
    /// True where the signature row's band keys (column <c>band_keys</c>) are the near-duplicate index itself
    /// (PostgreSQL: a GIN index over the array, migration 0014), so an article writes no band rows and the lookup
    /// reads the signature rows that share a key. False where the keys are rows of <c>article_bands</c> (SQLite).
    /// Needs <see cref="TakesArrayParameters"/> and <see cref="SupportsLateralJoin"/>.
    /// </summary>
    public virtual bool IndexesBandKeysInSignature => false;

    /// <summary>
    /// True where a parameter may be an array of bigint (<c>= ANY (@keys)</c>, <c>unnest(@keys)</c>): one parameter
    /// for an article's 40 band keys instead of 40, so less to send, bind and keep apart in the statement cache.
    /// </summary>
    public virtual bool TakesArrayParameters => false;

    /// <summary>Serialises migration runs of several processes.</summary>
    public abstract Task LockMigrationsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    /// <summary>Runs before the migrations table is read (PostgreSQL creates its schema here).</summary>
    public abstract Task PrepareMigrationsAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>
    /// SQL that leases up to @max due feeds until @lease and returns their rows. Parameters: @now, @lease, @max.
    /// </summary>
    public abstract string ClaimDueFeedsSql { get; }

    /// <summary>
    /// The column that orders the article stream for cursors: a commit-safe sequence on PostgreSQL (the inserting
    /// transaction's id), the row id on SQLite (one writer, so ids commit in order).
    /// </summary>
    public abstract string ArticleSequenceColumn { get; }

    /// <summary>
    /// A condition that keeps out articles whose position could still be overtaken by a transaction in flight
    /// (PostgreSQL: inserted by a transaction not older than the snapshot's xmin). "TRUE" where none can.
    /// </summary>
    public abstract string StableArticlesCondition { get; }

    /// <summary>Suffix that makes a SELECT skip rows other transactions hold ("FOR UPDATE SKIP LOCKED"), or "".</summary>
    public abstract string SkipLockedSuffix { get; }

    /// <summary>Whether the database joins LATERAL subqueries (PostgreSQL does; SQLite does not).</summary>
    public virtual bool SupportsLateralJoin => false;

    /// <summary>
    /// True when the provider reads a text column as its UTF-8 bytes (<c>GetFieldValue&lt;ReadOnlyMemory&lt;byte&gt;&gt;</c>),
    /// so the export can take them without decoding a string; otherwise text is read as a string and encoded.
    /// </summary>
    public virtual bool ReadsTextAsUtf8Bytes => false;

    /// <summary>
    /// SQL returning one row of two ids, a new article's and a new story's, taken from the tables' own sequences, so
    /// that an ingest can send its inserts in one batch with the writes that name them instead of waiting for each
    /// RETURNING. Null where ids are only known after the insert (SQLite's rowids). An id taken and not used is a gap.
    /// </summary>
    public virtual string? ReserveIdsSql => null;

    /// <summary>
    /// True when a transaction may end with a COMMIT statement sent in the same batch as its last writes (one round
    /// trip instead of two): the provider follows the server's transaction status (Npgsql does), so the transaction
    /// object counts as completed and disposing it sends nothing.
    /// </summary>
    public virtual bool CommitsInBatch => false;

    /// <summary>
    /// True where the provider runs a <see cref="DbBatch"/> of commands with positional parameters (<c>$1</c>) as
    /// they are: a statement batch is then sent without the provider parsing its SQL (Npgsql's "raw mode"). False
    /// where the statements are joined into one command text (SQLite).
    /// </summary>
    public virtual bool SendsPositionalBatches => false;

    /// <summary>The finest time a timestamp column keeps: a microsecond on PostgreSQL, a tick (100 ns) on SQLite.</summary>
    public virtual long StoredTimeTicks => 1;

    /// <summary>Releases a process-local writer gate taken by <see cref="BeginWriteAsync"/>, if any.</summary>
    public virtual void EndWrite() { }
}
