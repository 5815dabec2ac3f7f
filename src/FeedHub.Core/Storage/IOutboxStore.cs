namespace FeedHub.Storage;

/// <summary>An event waiting in the outbox.</summary>
public sealed record OutboxEvent(long Id, string EventType, string PayloadJson, DateTimeOffset CreatedAt);

public interface IOutboxStore
{
    /// <summary>
    /// Takes up to <paramref name="max"/> events not yet relayed, hands them to <paramref name="relay"/> and marks them
    /// relayed in the same transaction (on PostgreSQL, rows another worker is relaying are skipped).
    /// </summary>
    Task<int> RelayEventsAsync(int max, DateTimeOffset now, Func<IReadOnlyList<OutboxEvent>, Task> relay, CancellationToken cancellationToken);

    Task<OutboxEvent?> GetEventAsync(long id, CancellationToken cancellationToken);

    /// <summary>Deletes events relayed before <paramref name="relayedBefore"/> (their deliveries are long done); returns how many.</summary>
    Task<int> PurgeRelayedEventsAsync(DateTimeOffset relayedBefore, CancellationToken cancellationToken);
}
