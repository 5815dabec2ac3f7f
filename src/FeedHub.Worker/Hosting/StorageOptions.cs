namespace FeedHub.Worker.Hosting;

/// <summary>Where the store lives. PostgreSQL when `ConnectionStrings:FeedHub` is set, else SQLite at <see cref="SqlitePath"/>.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public string SqlitePath { get; set; } = "feedhub.db";

    /// <summary>
    /// A ceiling on the SQLite file in MiB (0: none). Writes beyond it fail as on a full disk ("database or disk is
    /// full"): the poll is recorded as failed where it can be, nothing already stored is touched, and polling carries
    /// on once there is room. Useful on small volumes, to stop before the disk itself fills.
    /// </summary>
    public int SqliteMaxSizeMB { get; set; }

    /// <summary>Apply migrations when the daemon starts (ops may prefer running `feedhub migrate` themselves).</summary>
    public bool MigrateOnStart { get; set; } = true;
}
