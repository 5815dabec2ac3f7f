using System.Collections.Concurrent;

namespace FeedHub.Fetching;

/// <summary>
/// Hosts that answered 429 Too Many Requests, and until when. A 429 is about the client, not the feed: every feed
/// of that host waits, not only the one that was refused.
/// </summary>
internal sealed class HostBackoff(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _until = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How long the host still wants to be left alone, or null when it may be asked now.</summary>
    public TimeSpan? Remaining(string host)
    {
        if (!_until.TryGetValue(host, out var until))
            return null;
        var left = until - time.GetUtcNow();
        if (left > TimeSpan.Zero)
            return left;
        _until.TryRemove(new KeyValuePair<string, DateTimeOffset>(host, until));
        return null;
    }

    /// <summary>Records a 429; a later deadline wins over an earlier one.</summary>
    public void SlowDown(string host, TimeSpan delay)
    {
        var until = time.GetUtcNow() + delay;
        _until.AddOrUpdate(host, until, (_, existing) => existing > until ? existing : until);
    }
}
