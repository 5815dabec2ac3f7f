namespace FeedHub.Refreshing;

/// <summary>
/// Keeps a minimum gap between this process's page fetches to one site (a robots.txt Crawl-delay). Each fetch
/// reserves the site's next free turn; a turn close enough is waited for, one further away is handed back so that
/// the caller can put the work off until then instead of holding a job open. One instance per process.
/// </summary>
public sealed class CrawlPacer(TimeProvider time)
{
    // Sites are forgotten once their turn is past; the table is pruned when it grows this large.
    private const int PruneAbove = 10_000;

    private readonly Dictionary<string, DateTimeOffset> _nextTurn = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>
    /// Waits for <paramref name="page"/>'s site to be free, keeping <paramref name="gap"/> between turns. Returns
    /// null once the caller may fetch; returns the time of the site's next free turn, reserving nothing, when that
    /// is more than <paramref name="maxWait"/> away.
    /// </summary>
    public async Task<DateTimeOffset?> WaitTurnAsync(Uri page, TimeSpan gap, TimeSpan maxWait, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (gap <= TimeSpan.Zero)
            return null;
        var site = page.GetLeftPart(UriPartial.Authority).ToLowerInvariant();
        DateTimeOffset now, turn;
        lock (_lock)
        {
            now = time.GetUtcNow();
            turn = _nextTurn.TryGetValue(site, out var next) && next > now ? next : now;
            if (turn - now > maxWait)
                return turn;
            if (_nextTurn.Count >= PruneAbove)
                Prune(now);
            _nextTurn[site] = turn + gap;
        }
        if (turn > now)
            await Task.Delay(turn - now, time, cancellationToken).ConfigureAwait(false);
        return null;
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (site, next) in _nextTurn.ToList())
            if (next <= now)
                _nextTurn.Remove(site);
    }
}
