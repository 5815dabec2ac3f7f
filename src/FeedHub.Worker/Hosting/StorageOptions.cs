namespace FeedHub.Worker.Hosting;

/// <summary>Where the store lives. PostgreSQL when `ConnectionStrings:FeedHub` is set, else SQLite at <see cref="SqlitePath"/>.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public string SqlitePath { get; set; } = "feedhub.db";

    /// <summary>Apply migrations when the daemon starts (ops may prefer running `feedhub migrate` themselves).</summary>
    public bool MigrateOnStart { get; set; } = true;
}
