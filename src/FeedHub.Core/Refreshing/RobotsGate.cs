using System.Collections.Concurrent;
using System.Text;
using FeedHub.Fetching;
using FeedHub.Storage;

namespace FeedHub.Refreshing;

/// <summary>What robots.txt says about fetching one page.</summary>
public enum RobotsVerdict
{
    Allowed,
    Disallowed,

    /// <summary>The site's robots.txt could not be read (5xx, no answer): nothing may be fetched before it is asked again.</summary>
    Unavailable,
}

/// <summary>
/// Asks a site's robots.txt before its pages are fetched (RFC 9309): fetched through the same polite fetcher,
/// cached per origin in the store for <see cref="FullTextOptions.RobotsTtl"/>; a 4xx means no rules (allow all),
/// a 5xx or no answer means disallow all until <see cref="FullTextOptions.RobotsRetry"/> has passed.
/// </summary>
public sealed class RobotsGate(IFullTextStore store, FeedFetcher fetcher, FetchOptions fetchOptions, FullTextOptions options, TimeProvider time)
{
    // One robots.txt request per origin at a time in this process; the others wait and read what it stored.
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _origins = new(StringComparer.Ordinal);

    /// <summary>
    /// The verdict for <paramref name="page"/>, when to ask again if the robots.txt could not be read, and the
    /// site's Crawl-delay for this user agent, clamped to <see cref="FullTextOptions.MaxCrawlDelay"/> (zero when
    /// none).
    /// </summary>
    public async Task<(RobotsVerdict Verdict, DateTimeOffset? RetryAt, TimeSpan CrawlDelay)> CheckAsync(Uri page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var origin = page.GetLeftPart(UriPartial.Authority).ToLowerInvariant();
        var robots = await store.GetRobotsAsync(origin, cancellationToken).ConfigureAwait(false);
        if (robots is null || robots.ExpiresAt <= time.GetUtcNow())
        {
            var gate = _origins.GetOrAdd(origin, _ => new SemaphoreSlim(1, 1));
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                robots = await store.GetRobotsAsync(origin, cancellationToken).ConfigureAwait(false);
                if (robots is null || robots.ExpiresAt <= time.GetUtcNow())
                {
                    robots = await FetchAsync(origin, cancellationToken).ConfigureAwait(false);
                    await store.SaveRobotsAsync(robots, cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                gate.Release();
            }
        }
        switch (robots.State)
        {
            case RobotsState.AllowAll:
                return (RobotsVerdict.Allowed, null, TimeSpan.Zero);
            case RobotsState.Unreachable:
                return (RobotsVerdict.Unavailable, robots.ExpiresAt, TimeSpan.Zero);
            default:
                var rules = RobotsTxt.Parse(robots.Body);
                var delay = rules.CrawlDelay(fetchOptions.UserAgent);
                return (rules.IsAllowed(fetchOptions.UserAgent, page) ? RobotsVerdict.Allowed : RobotsVerdict.Disallowed, null,
                    delay < options.MaxCrawlDelay ? delay : options.MaxCrawlDelay);
        }
    }

    private async Task<RobotsRecord> FetchAsync(string origin, CancellationToken cancellationToken)
    {
        var fetch = await fetcher.FetchAsync(new FetchRequest(new Uri(origin + "/robots.txt"), Accept: FetchRequest.AcceptText), cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var state = Classify(fetch);
        var body = state == RobotsState.Rules ? Decode(fetch.Body) : "";
        var expires = now + (state == RobotsState.Unreachable ? Max(options.RobotsRetry, fetch.RetryAfter) : options.RobotsTtl);
        return new RobotsRecord(origin, state, body, fetch.StatusCode, now, expires);
    }

    /// <summary>RFC 9309 §2.3.1: 2xx rules, 4xx (but 429) none, 5xx / 429 / no answer unreachable.</summary>
    internal static string Classify(FetchResult fetch) => fetch switch
    {
        { Outcome: FetchOutcome.Content } => RobotsState.Rules,
        { Outcome: FetchOutcome.Gone } => RobotsState.AllowAll,
        { Deferred: true } => RobotsState.Unreachable,
        { StatusCode: >= 400 and < 500 and not 429 } => RobotsState.AllowAll,
        _ => RobotsState.Unreachable,
    };

    private static string Decode(byte[] body)
    {
        var length = Math.Min(body.Length, RobotsTxt.MaxLength);
        return Encoding.UTF8.GetString(body, 0, length);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan? b) => b is { } v && v > a ? v : a;
}
