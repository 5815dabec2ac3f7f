using FeedHub.Storage.Relational;
using Npgsql;

namespace FeedHub.Storage.Postgres;

/// <summary>The production store: PostgreSQL, shared by any number of workers.</summary>
public sealed class PostgresStore(NpgsqlDataSource dataSource) : RelationalStore(new PostgresDialect(dataSource))
{
    public static NpgsqlDataSource CreateDataSource(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        // The ingest runs the same few statements for every article: prepared once per connection, PostgreSQL stops
        // parsing and planning them each time. A connection string that sets its own value keeps it.
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
            builder.ConnectionStringBuilder.MaxAutoPrepare = 64;
        // The store keeps no session state on a pooled connection (its advisory locks end with their transaction), so
        // the reset Npgsql would otherwise run at each connection's next use is work for nothing.
        if (!connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase))
            builder.ConnectionStringBuilder.NoResetOnClose = true;
        return builder.Build();
    }
}
