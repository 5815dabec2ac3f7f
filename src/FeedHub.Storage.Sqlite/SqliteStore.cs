using FeedHub.Storage.Relational;

namespace FeedHub.Storage.Sqlite;

/// <summary>The embedded default store: one SQLite file, one process.</summary>
public sealed class SqliteStore(string path, long maxSizeBytes = 0) : RelationalStore(new SqliteDialect(path, maxSizeBytes));
