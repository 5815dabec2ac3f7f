using System.Collections.Concurrent;
using FeedHub.Cleaning;
using FeedHub.Extraction;
using FeedHub.Fetching;
using FeedHub.Storage;
using Microsoft.Extensions.Logging;

namespace FeedHub.Refreshing;

/// <summary>One attempt at an article's full text: the state it left.</summary>
public sealed record FullTextResult(long ArticleId, string? Status, string? Error);

/// <summary>
/// The full-text orchestrator: for a pending article, asks robots.txt, fetches the page through the polite fetcher
/// (conditional GET with the validators of the last fetch), extracts the article, cleans it with the feed's rules,
/// and stores it beside the excerpt with dedup re-run. Every failure becomes a state on the article: final for what
/// will not change (4xx, no article, not HTML, too large, robots.txt says no), pending again later with a doubling
/// delay for what may pass (5xx, timeouts, an unreachable robots.txt), until <see cref="FullTextOptions.MaxAttempts"/>.
/// The excerpt is never touched.
/// </summary>
public sealed partial class FullTextRefresher(
    IFullTextStore fullTexts,
    IFeedStore feeds,
    IArticleStore articles,
    FeedFetcher fetcher,
    RobotsGate robots,
    CrawlPacer pacer,
    ArticleExtractor extractor,
    ContentCleaner cleaner,
    FullTextIngester ingester,
    FeedRulesProvider rulesProvider,
    FullTextOptions options,
    TimeProvider time,
    ILogger<FullTextRefresher> logger)
{
    public async Task<IReadOnlyList<FullTextResult>> FetchAsync(IReadOnlyCollection<long> articleIds, CancellationToken cancellationToken)
    {
        var results = new ConcurrentBag<FullTextResult>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(articleIds, parallel, async (id, token) => results.Add(await FetchOneAsync(id, token).ConfigureAwait(false))).ConfigureAwait(false);
        return results.OrderBy(r => r.ArticleId).ToList();
    }

    public async Task<FullTextResult> FetchOneAsync(long articleId, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["ArticleId"] = articleId });
        try
        {
            var result = await RunAsync(articleId, cancellationToken).ConfigureAwait(false);
            LogDone(logger, articleId, result.Status, result.Error);
            return result;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw; // shutdown: the lease runs out and another worker (or this one, later) takes it again
        }
        catch (Exception ex)
        {
            // Nothing a page serves may stop the others, nor leave the article pending for ever.
            LogUnexpected(logger, ex, articleId);
            var work = await fullTexts.GetFullTextWorkAsync(articleId, CancellationToken.None).ConfigureAwait(false);
            return await RetryOrFailAsync(articleId, work?.Attempts ?? 0, $"Internal error: {ex.Message}", null, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task<FullTextResult> RunAsync(long articleId, CancellationToken cancellationToken)
    {
        var work = await fullTexts.GetFullTextWorkAsync(articleId, cancellationToken).ConfigureAwait(false);
        if (work is null || work.Status != FullTextStatus.Pending)
            return new FullTextResult(articleId, work?.Status, "Not pending: nothing to do.");
        var feed = await feeds.GetFeedAsync(work.FeedId, cancellationToken).ConfigureAwait(false);
        if (feed is null || !FullTextCheck.IsAllowed(feed, rulesProvider.FullTextFor(feed), options.Enabled))
            return await RecordAsync(articleId, new FullTextAttempt { Status = null, CountsAsAttempt = false }, cancellationToken).ConfigureAwait(false);
        if (!Uri.TryCreate(work.Url, UriKind.Absolute, out var page) || (page.Scheme != Uri.UriSchemeHttp && page.Scheme != Uri.UriSchemeHttps))
            return await FinalAsync(articleId, FullTextStatus.Error, "The item has no web page (http or https) to fetch.", cancellationToken).ConfigureAwait(false);

        var (verdict, retryAt, crawlDelay) = await robots.CheckAsync(page, cancellationToken).ConfigureAwait(false);
        if (verdict == RobotsVerdict.Disallowed)
            return await FinalAsync(articleId, FullTextStatus.RobotsDisallowed, $"{page.GetLeftPart(UriPartial.Authority)}/robots.txt disallows {page.PathAndQuery}.", cancellationToken).ConfigureAwait(false);
        if (verdict == RobotsVerdict.Unavailable)
            return await RetryOrFailAsync(articleId, work.Attempts, $"{page.GetLeftPart(UriPartial.Authority)}/robots.txt could not be read; nothing is fetched there before it is.", retryAt, cancellationToken).ConfigureAwait(false);

        var stored = await articles.GetArticleAsync(articleId, cancellationToken).ConfigureAwait(false);
        if (stored is null)
            return new FullTextResult(articleId, null, "The article is gone.");
        if (await pacer.WaitTurnAsync(page, crawlDelay, options.CrawlDelayWait, cancellationToken).ConfigureAwait(false) is { } turn)
            return await RecordAsync(articleId, new FullTextAttempt { Status = FullTextStatus.Pending, Error = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{page.GetLeftPart(UriPartial.Authority)}/robots.txt asks for a Crawl-delay of {crawlDelay.TotalSeconds:0.#} s; next turn at {turn:O}."), DueAt = turn, CountsAsAttempt = false }, cancellationToken).ConfigureAwait(false);
        // Validators only help when the extraction they stand for is stored.
        var conditional = stored.FullTextRaw is not null;
        var fetch = await fetcher.FetchAsync(new FetchRequest(page, conditional ? work.ETag : null, conditional ? work.LastModified : null, FetchRequest.AcceptPage), cancellationToken).ConfigureAwait(false);
        if (fetch.Deferred)
            return await RecordAsync(articleId, new FullTextAttempt { Status = FullTextStatus.Pending, Error = fetch.Error, DueAt = time.GetUtcNow() + (fetch.RetryAfter ?? TimeSpan.Zero), CountsAsAttempt = false }, cancellationToken).ConfigureAwait(false);
        var rules = rulesProvider.For(feed);
        switch (fetch.Outcome)
        {
            case FetchOutcome.NotModified:
                // The page is as it was: clean the stored extraction again (the feed's rules may have changed).
                var unchanged = new ExtractedArticle { Html = stored.FullTextRaw!, Text = stored.FullTextText ?? "", CanonicalUrl = null };
                return await StoreAsync(stored, unchanged, cleaner.Clean(unchanged.Html, page, rules, stored.Title), work.ETag, work.LastModified, cancellationToken).ConfigureAwait(false);
            case FetchOutcome.Gone:
                return await FinalAsync(articleId, FullTextStatus.Error, "410 Gone", cancellationToken).ConfigureAwait(false);
            case FetchOutcome.Failed when fetch.StatusCode is >= 200 and < 300:
                return await FinalAsync(articleId, FullTextStatus.NoContent, fetch.Error, cancellationToken).ConfigureAwait(false);
            case FetchOutcome.Failed when fetch.StatusCode is >= 400 and < 500 and not 408 and not 429:
                return await FinalAsync(articleId, FullTextStatus.Error, fetch.Error, cancellationToken).ConfigureAwait(false);
            case FetchOutcome.Failed:
                return await RetryOrFailAsync(articleId, work.Attempts, fetch.Error ?? "Fetch failed.", fetch.RetryAfter is { } wait ? time.GetUtcNow() + wait : null, cancellationToken).ConfigureAwait(false);
        }

        var finalUrl = fetch.FinalUrl ?? page;
        var extracted = extractor.Extract(fetch.Body, fetch.ContentType, finalUrl);
        if (extracted is null)
            return await FinalAsync(articleId, FullTextStatus.NoContent, $"No article found in the page ({fetch.ContentType ?? "no content type"}, {fetch.Body.Length} bytes).", cancellationToken).ConfigureAwait(false);
        var cleaned = cleaner.Clean(extracted.Html, finalUrl, rules, stored.Title ?? extracted.Title);
        // A login wall or a teaser page is no fuller than the feed's excerpt: keep the excerpt alone.
        if (cleaned.Text.Length <= stored.ContentText.Length)
            return await FinalAsync(articleId, FullTextStatus.NoContent, $"The page's article ({cleaned.Text.Length} characters) is no longer than the feed's excerpt ({stored.ContentText.Length}).", cancellationToken).ConfigureAwait(false);
        return await StoreAsync(stored, extracted, cleaned, fetch.ETag, fetch.LastModified, cancellationToken).ConfigureAwait(false);
    }

    private async Task<FullTextResult> StoreAsync(ArticleRecord stored, ExtractedArticle page, CleanedContent cleaned, string? etag, string? lastModified, CancellationToken cancellationToken)
    {
        var storyId = await ingester.StoreAsync(stored, page, cleaned, etag, lastModified, cancellationToken).ConfigureAwait(false);
        return storyId is null ? new FullTextResult(stored.Id, null, "The article is gone.") : new FullTextResult(stored.Id, FullTextStatus.Fetched, null);
    }

    /// <summary>A passing failure: pending again after a doubling delay, or an error once the attempts are used up.</summary>
    private Task<FullTextResult> RetryOrFailAsync(long articleId, int attemptsBefore, string error, DateTimeOffset? notBefore, CancellationToken cancellationToken)
    {
        var attempts = attemptsBefore + 1;
        if (attempts >= options.MaxAttempts)
            return FinalAsync(articleId, FullTextStatus.Error, $"{error} (gave up after {attempts} attempts)", cancellationToken);
        var delay = options.RetryDelay * Math.Pow(2, attempts - 1);
        var due = time.GetUtcNow() + delay;
        if (notBefore > due)
            due = notBefore.Value;
        return RecordAsync(articleId, new FullTextAttempt { Status = FullTextStatus.Pending, Error = error, DueAt = due }, cancellationToken);
    }

    private Task<FullTextResult> FinalAsync(long articleId, string status, string? error, CancellationToken cancellationToken) =>
        RecordAsync(articleId, new FullTextAttempt { Status = status, Error = error }, cancellationToken);

    private async Task<FullTextResult> RecordAsync(long articleId, FullTextAttempt attempt, CancellationToken cancellationToken)
    {
        // Recorded even when the job is being cancelled, or the article stays leased until the lease runs out.
        await fullTexts.RecordFullTextAttemptAsync(articleId, attempt, time.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
        return new FullTextResult(articleId, attempt.Status, attempt.Error);
    }

    [LoggerMessage(EventId = 1200, Level = LogLevel.Information, Message = "Full text of article {ArticleId}: {Status} {Error}")]
    private static partial void LogDone(ILogger logger, long articleId, string? status, string? error);

    [LoggerMessage(EventId = 1201, Level = LogLevel.Error, Message = "Unexpected failure fetching the full text of article {ArticleId}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, long articleId);
}
