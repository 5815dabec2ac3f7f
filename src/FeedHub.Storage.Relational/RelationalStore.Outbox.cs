namespace FeedHub.Storage.Relational;

public partial class RelationalStore
{
    public Task<int> RelayEventsAsync(int max, DateTimeOffset now, Func<IReadOnlyList<OutboxEvent>, Task> relay, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction) =>
        {
            var p = Dialect.TablePrefix;
            var events = await Db.ListAsync(connection, transaction,
                $"SELECT id, event_type, payload, created_at FROM {p}outbox WHERE relayed_at IS NULL ORDER BY id LIMIT @max{Dialect.SkipLockedSuffix}",
                r => new OutboxEvent(r.Long("id"), r.String("event_type")!, r.String("payload")!, r.Time("created_at") ?? default),
                cancellationToken, DbParam.Int("max", max)).ConfigureAwait(false);
            if (events.Count == 0)
                return 0;
            // Enqueue first, then mark: a crash in between relays the events again (at least once), never loses them.
            await relay(events).ConfigureAwait(false);
            // One statement marks them all (a statement per event was a round trip per event).
            var ids = events.Select(e => e.Id).ToArray();
            if (Dialect.TakesArrayParameters)
            {
                await Db.ExecuteAsync(connection, transaction, $"UPDATE {p}outbox SET relayed_at = @now WHERE id = ANY (@ids)",
                    cancellationToken, new DbParam("ids", ids, System.Data.DbType.Object), DbParam.Time("now", now)).ConfigureAwait(false);
            }
            else
            {
                var list = Db.InList(ids, "i", out var parameters);
                await Db.ExecuteAsync(connection, transaction, $"UPDATE {p}outbox SET relayed_at = @now WHERE id IN ({list})",
                    cancellationToken, [.. parameters, DbParam.Time("now", now)]).ConfigureAwait(false);
            }
            return events.Count;
        }, cancellationToken);

    public Task<int> PurgeRelayedEventsAsync(DateTimeOffset relayedBefore, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction) =>
            await Db.ExecuteAsync(connection, transaction, $"DELETE FROM {Dialect.TablePrefix}outbox WHERE relayed_at < @before",
                cancellationToken, DbParam.Time("before", relayedBefore)).ConfigureAwait(false),
            cancellationToken);

    public async Task<OutboxEvent?> GetEventAsync(long id, CancellationToken cancellationToken)
    {
        var connection = await Dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await Db.ListAsync(connection, null, $"SELECT id, event_type, payload, created_at FROM {Dialect.TablePrefix}outbox WHERE id = @id",
                r => new OutboxEvent(r.Long("id"), r.String("event_type")!, r.String("payload")!, r.Time("created_at") ?? default),
                cancellationToken, DbParam.Long("id", id)).ConfigureAwait(false);
            return rows.Count == 0 ? null : rows[0];
        }
    }
}
