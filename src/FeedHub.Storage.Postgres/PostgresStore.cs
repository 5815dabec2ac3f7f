using FeedHub.Storage.Relational;
using Npgsql;

namespace FeedHub.Storage.Postgres;

/// <summary>The production store: PostgreSQL, shared by any number of workers.</summary>
public sealed class PostgresStore(NpgsqlDataSource dataSource) : RelationalStore(new PostgresDialect(dataSource))
{
    public static NpgsqlDataSource CreateDataSource(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        return builder.Build();
    }
}
