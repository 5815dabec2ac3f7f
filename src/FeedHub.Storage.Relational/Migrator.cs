using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;

namespace FeedHub.Storage.Relational;

/// <summary>
/// Applies the numbered SQL scripts embedded in a store's assembly (`Migrations/0001_initial.sql`, …) in order,
/// each in its own transaction, recording each version in `schema_migrations`. Several processes may run it at
/// once: they serialise on the dialect's migration lock.
/// </summary>
internal sealed partial class Migrator(SqlDialect dialect)
{
    public IReadOnlyList<(int Version, string Name, string Sql)> Scripts { get; } = LoadScripts(dialect);

    public int LatestVersion => Scripts.Count == 0 ? 0 : Scripts[^1].Version;

    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await dialect.PrepareMigrationsAsync(connection, cancellationToken).ConfigureAwait(false);
            var table = dialect.TablePrefix + "schema_migrations";
            await Db.ExecuteAsync(connection, null,
                $"CREATE TABLE IF NOT EXISTS {table} (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
                cancellationToken).ConfigureAwait(false);

            foreach (var (version, name, sql) in Scripts)
            {
                var transaction = await dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
                try
                {
                    await dialect.LockMigrationsAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
                    var applied = await Db.ScalarAsync<long>(connection, transaction, $"SELECT COUNT(*) FROM {table} WHERE version = @v",
                        cancellationToken, DbParam.Int("v", version)).ConfigureAwait(false);
                    if (applied == 0)
                    {
                        await Db.ExecuteAsync(connection, transaction, sql.Replace("{prefix}", dialect.TablePrefix, StringComparison.Ordinal), cancellationToken).ConfigureAwait(false);
                        await Db.ExecuteAsync(connection, transaction, $"INSERT INTO {table} (version, name, applied_at) VALUES (@v, @n, @t)",
                            cancellationToken, DbParam.Int("v", version), DbParam.Text("n", name),
                            DbParam.Text("t", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture))).ConfigureAwait(false);
                    }
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    await transaction.DisposeAsync().ConfigureAwait(false);
                    dialect.EndWrite();
                }
            }
            return await CurrentVersionAsync(connection, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<int> CurrentVersionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            return (int)await Db.ScalarAsync<long>(connection, null, $"SELECT COALESCE(MAX(version), 0) FROM {dialect.TablePrefix}schema_migrations", cancellationToken).ConfigureAwait(false);
        }
        catch (DbException)
        {
            return 0; // no migrations table yet
        }
    }

    private static List<(int, string, string)> LoadScripts(SqlDialect dialect)
    {
        var assembly = dialect.MigrationAssembly;
        var scripts = new List<(int, string, string)>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var match = ScriptName().Match(resource);
            if (!match.Success)
                continue;
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            scripts.Add((int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value, reader.ReadToEnd()));
        }
        scripts.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return scripts;
    }

    [GeneratedRegex(@"Migrations\.(\d{4})_([\w-]+)\.sql$")]
    private static partial Regex ScriptName();
}
