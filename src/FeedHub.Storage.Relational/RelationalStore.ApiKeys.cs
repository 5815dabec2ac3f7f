namespace FeedHub.Storage.Relational;

public partial class RelationalStore
{
    public async Task<bool> AddApiKeyAsync(string name, string keyHash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var connection = await Dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
            return await Db.ExecuteAsync(connection, null,
                $"INSERT INTO {Dialect.TablePrefix}api_keys (name, key_hash, created_at) VALUES (@name, @hash, @now) ON CONFLICT (name) DO NOTHING",
                cancellationToken, DbParam.Text("name", name), DbParam.Text("hash", keyHash), DbParam.Time("now", now)).ConfigureAwait(false) == 1;
    }

    public Task<IReadOnlyList<ApiKeyRecord>> ListApiKeysAsync(CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyList<ApiKeyRecord>>(async connection =>
            await Db.ListAsync(connection, null, $"SELECT name, key_hash, created_at FROM {Dialect.TablePrefix}api_keys ORDER BY name",
                r => new ApiKeyRecord(r.String("name")!, r.String("key_hash")!, r.Time("created_at") ?? default), cancellationToken).ConfigureAwait(false), cancellationToken);

    public async Task<bool> RevokeApiKeyAsync(string name, CancellationToken cancellationToken)
    {
        var connection = await Dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
            return await Db.ExecuteAsync(connection, null, $"DELETE FROM {Dialect.TablePrefix}api_keys WHERE name = @name",
                cancellationToken, DbParam.Text("name", name)).ConfigureAwait(false) > 0;
    }
}
