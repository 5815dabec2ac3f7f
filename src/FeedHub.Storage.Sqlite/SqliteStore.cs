using FeedHub.Storage.Relational;

namespace FeedHub.Storage.Sqlite;

/// <summary>The embedded default store: one SQLite file, one process.</summary>
public sealed class SqliteStore(string path) : RelationalStore(new SqliteDialect(path));
