using FeedHub.Cleaning;
using FeedHub.Fetching;
using FeedHub.Fingerprinting;
using FeedHub.Parsing;
using FeedHub.Scheduling;
using FeedHub.Storage;
using Microsoft.Extensions.Logging;

namespace FeedHub.Refreshing;

/// <summary>
/// The orchestrator: polls one feed end to end — fetch, parse, ingest each item — and records the outcome and the
/// next poll time on the feed. The only part of the pipeline that talks to storage. A failing feed becomes a state
/// on the feed; a failing item is counted and the others go on.
/// </summary>
public sealed partial class FeedRefresher(
    IFeedStore feeds,
    FeedFetcher fetcher,
    ItemIngester ingester,
    PollScheduler scheduler,
    SchedulingOptions schedulingOptions,
    RedirectPolicy redirects,
    FeedRulesProvider rulesProvider,
    BoilerplateLearnerService learner,
    IFullTextStore fullTexts,
    FullTextOptions fullTextOptions,
    TimeProvider time,
    ILogger<FeedRefresher> logger)
{
    public async Task<FeedRefreshResult> RefreshAsync(FeedRecord feed, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["FeedId"] = feed.Id, ["FeedUrl"] = feed.Url });
        FeedRefreshResult result;
        try
        {
            result = await PollAsync(feed, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutdown interrupted the poll: give the feed back so the next dispatch (here or on another worker)
            // polls it again, instead of waiting for the lease to run out.
            await feeds.ReleaseLeaseAsync(feed.Id, feed.LeaseToken, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        catch (Exception ex)
        {
            // Nothing a feed serves may stop the others: record the failure on the feed.
            LogUnexpected(logger, ex, feed.Id, feed.Url);
            result = await RecordFailureAsync(feed, null, $"Internal error: {ex.Message}", null, cancellationToken).ConfigureAwait(false);
        }
        LogPolled(logger, feed.Id, feed.Url, result.Status, result.Added, result.Updated, result.Error);
        return result;
    }

    private async Task<FeedRefreshResult> PollAsync(FeedRecord feed, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(feed.Url, UriKind.Absolute, out var url))
            return await RecordFailureAsync(feed, null, "The feed URL is not an absolute URL.", null, cancellationToken).ConfigureAwait(false);

        var started = time.GetTimestamp();
        var fetch = await fetcher.FetchAsync(new FetchRequest(url, feed.ETag, feed.LastModified), cancellationToken).ConfigureAwait(false);
        FeedHubMetrics.FetchDuration.Record(time.GetElapsedTime(started).TotalSeconds);
        FeedHubMetrics.Poll(PollOutcome(fetch));
        var now = time.GetUtcNow();
        var pending = feed.PendingRedirectUrl is { } p && Uri.TryCreate(p, UriKind.Absolute, out var pu) ? new PendingRedirect(pu, feed.PendingRedirectCount) : null;
        var redirect = redirects.Decide(pending, fetch);
        feed = feed with { PendingRedirectUrl = redirect.Pending?.Target.AbsoluteUri, PendingRedirectCount = redirect.Pending?.Confirmations ?? 0 };
        if (fetch.Deferred)
            return await RecordDeferredAsync(feed, fetch, cancellationToken).ConfigureAwait(false);
        switch (fetch.Outcome)
        {
            case FetchOutcome.Gone:
                return await RecordAsync(feed, new FeedPollResult
                {
                    Status = FeedStatus.Disabled,
                    StatusCode = 410,
                    Error = "410 Gone",
                    DisabledReason = "The server answered 410 Gone: the feed was removed.",
                    PolledAt = now,
                    NextPollAt = now + schedulingOptions.MaxInterval,
                }, new FeedRefreshResult { FeedId = feed.Id, FeedUrl = feed.Url, Status = FeedStatus.Disabled, StatusCode = 410, Error = "410 Gone" }, cancellationToken).ConfigureAwait(false);
            case FetchOutcome.Failed:
                return await RecordFailureAsync(feed, fetch.StatusCode, fetch.Error ?? "Fetch failed.", fetch.RetryAfter, cancellationToken).ConfigureAwait(false);
            case FetchOutcome.NotModified:
                return await RecordNotModifiedAsync(feed, fetch, redirect.MoveTo, cancellationToken).ConfigureAwait(false);
        }

        var bodyHash = ContentHasher.Sha256(fetch.Body);
        if (bodyHash == feed.BodyHash && feed.Status != FeedStatus.Error)
            return await RecordNotModifiedAsync(feed, fetch, redirect.MoveTo, cancellationToken).ConfigureAwait(false);

        ParsedFeed parsed;
        try
        {
            parsed = FeedParser.Parse(fetch.Body, fetch.ContentType, fetch.FinalUrl ?? url);
        }
        catch (FeedParseException ex)
        {
            return await RecordFailureAsync(feed, fetch.StatusCode, ex.Message, null, cancellationToken).ConfigureAwait(false);
        }

        var counts = await IngestItemsAsync(feed, parsed, cancellationToken).ConfigureAwait(false);
        if (counts.Added > 0)
            await learner.RelearnAsync(feed, cancellationToken).ConfigureAwait(false);
        var timing = new PollTiming
        {
            ItemDates = parsed.Items.Where(i => i.PublishedAt is not null).Select(i => i.PublishedAt!.Value).ToList(),
            Ttl = parsed.Ttl,
            UpdatePeriod = parsed.UpdatePeriod,
            FreshFor = fetch.FreshFor,
        };
        // Items that could not be stored (the database full, away or out of connections) come back with the next
        // poll: the feed is in error and retried after the error back-off, not after its usual interval. It is not
        // disabled for it, though: the feed itself answered.
        var next = counts.Error is null
            ? scheduler.NextPoll(feed.Id, timing, now)
            : scheduler.NextPoll(feed.Id, new PollTiming { Failed = true, ErrorCount = feed.ErrorCount + 1 }, now);
        return await RecordAsync(feed, new FeedPollResult
        {
            Status = counts.Error is null ? FeedStatus.Ok : FeedStatus.Error,
            Error = counts.Error,
            StatusCode = fetch.StatusCode,
            PolledAt = now,
            NextPollAt = next,
            // An item that failed gets another chance next poll: keep no validators, so the body comes again.
            ETag = counts.ItemErrors == 0 ? fetch.ETag : null,
            LastModified = counts.ItemErrors == 0 ? fetch.LastModified : null,
            BodyHash = counts.ItemErrors == 0 ? bodyHash : null,
            Title = parsed.Title,
            MovedTo = redirect.MoveTo?.AbsoluteUri,
            PendingRedirectUrl = feed.PendingRedirectUrl,
            PendingRedirectCount = feed.PendingRedirectCount,
        }, counts with { Status = counts.Error is null ? FeedStatus.Ok : FeedStatus.Error, StatusCode = fetch.StatusCode, NextPollAt = next }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<FeedRefreshResult> IngestItemsAsync(FeedRecord feed, ParsedFeed parsed, CancellationToken cancellationToken)
    {
        int added = 0, updated = 0, unchanged = 0, duplicates = 0, errors = 0;
        string? firstError = null;
        var rules = rulesProvider.For(feed);
        var fullText = FullTextCheck.Off;
        if (FullTextCheck.IsAllowed(feed, rulesProvider.FullTextFor(feed), fullTextOptions.Enabled))
            fullText = new FullTextCheck(true, await fullTexts.TypicalTextLengthAsync(feed.Id, fullTextOptions.TypicalLengthSample, cancellationToken).ConfigureAwait(false));
        // Oldest first, so an original published before its reposts in the same feed is stored first.
        foreach (var item in parsed.Items.OrderBy(i => i.PublishedAt ?? DateTimeOffset.MaxValue))
        {
            var started = time.GetTimestamp();
            try
            {
                var (outcome, article) = await ingester.IngestAsync(feed, item, rules, fullText, cancellationToken).ConfigureAwait(false);
                FeedHubMetrics.IngestDuration.Record(time.GetElapsedTime(started).TotalSeconds);
                FeedHubMetrics.Item(outcome switch
                {
                    IngestOutcome.Added => "new",
                    IngestOutcome.AddedToStory => "joined",
                    IngestOutcome.Updated => "updated",
                    _ => "unchanged",
                });
                if (outcome == IngestOutcome.AddedToStory && article.DuplicateReason is { } reason)
                    FeedHubMetrics.Duplicate(reason);
                switch (outcome)
                {
                    case IngestOutcome.Added: added++; break;
                    case IngestOutcome.AddedToStory: added++; duplicates++; break;
                    case IngestOutcome.Updated: updated++; break;
                    default: unchanged++; break;
                }
                if (outcome is IngestOutcome.Added or IngestOutcome.AddedToStory)
                    LogStored(logger, article.Id, article.StoryId, outcome);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                errors++;
                firstError ??= ex.Message;
                FeedHubMetrics.Item("failed");
                LogItemFailed(logger, ex, feed.Id, item.Guid ?? item.Link ?? item.Title);
            }
        }
        return new FeedRefreshResult
        {
            FeedId = feed.Id,
            FeedUrl = feed.Url,
            Status = FeedStatus.Ok,
            ItemsSeen = parsed.Items.Count,
            Added = added,
            Updated = updated,
            Unchanged = unchanged,
            Duplicates = duplicates,
            ItemErrors = errors,
            Error = errors == 0 ? null : $"{errors} of {parsed.Items.Count} items could not be stored: {firstError}",
        };
    }

    /// <summary>The label a poll is counted under: the HTTP status, or the kind of failure when none came back.</summary>
    private static string PollOutcome(FetchResult fetch) => fetch switch
    {
        { StatusCode: { } code } => code.ToString(System.Globalization.CultureInfo.InvariantCulture),
        { Error: { } error } when error.StartsWith("Timed out", StringComparison.Ordinal) => "timeout",
        { Error: { } error } when error.StartsWith("Refused", StringComparison.Ordinal) => "refused",
        _ => "network",
    };

    private async Task<FeedRefreshResult> RecordNotModifiedAsync(FeedRecord feed, FetchResult fetch, Uri? movedTo, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var previous = feed.LastPolledAt is { } last && feed.NextPollAt is { } next && next > last ? next - last : (TimeSpan?)null;
        // A 304 carries no items: the pace comes from the newest stored ones.
        var dates = await feeds.GetRecentPublishedDatesAsync(feed.Id, 20, cancellationToken).ConfigureAwait(false);
        var nextPoll = scheduler.NextPoll(feed.Id, new PollTiming { FreshFor = fetch.FreshFor, PreviousInterval = previous, ItemDates = dates }, now);
        return await RecordAsync(feed, new FeedPollResult
        {
            Status = FeedStatus.NotModified,
            StatusCode = fetch.StatusCode,
            PolledAt = now,
            NextPollAt = nextPoll,
            ETag = fetch.ETag ?? feed.ETag,
            LastModified = fetch.LastModified ?? feed.LastModified,
            BodyHash = feed.BodyHash,
            MovedTo = movedTo?.AbsoluteUri,
            PendingRedirectUrl = feed.PendingRedirectUrl,
            PendingRedirectCount = feed.PendingRedirectCount,
        }, new FeedRefreshResult { FeedId = feed.Id, FeedUrl = feed.Url, Status = FeedStatus.NotModified, StatusCode = fetch.StatusCode }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Its host asked everyone to wait (429): no request was made, and that is no error of the feed's.</summary>
    private Task<FeedRefreshResult> RecordDeferredAsync(FeedRecord feed, FetchResult fetch, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var next = scheduler.NextPoll(feed.Id, new PollTiming { RetryAfter = fetch.RetryAfter }, now);
        var status = feed.Status == FeedStatus.New ? FeedStatus.New : feed.Status;
        return RecordAsync(feed, new FeedPollResult
        {
            Status = status,
            StatusCode = feed.LastStatusCode,
            Error = feed.LastError,
            Deferred = true,
            PolledAt = feed.LastPolledAt ?? now,
            NextPollAt = next,
            ETag = feed.ETag,
            LastModified = feed.LastModified,
            BodyHash = feed.BodyHash,
            PendingRedirectUrl = feed.PendingRedirectUrl,
            PendingRedirectCount = feed.PendingRedirectCount,
        }, new FeedRefreshResult { FeedId = feed.Id, FeedUrl = feed.Url, Status = status, Error = fetch.Error }, cancellationToken);
    }

    private Task<FeedRefreshResult> RecordFailureAsync(FeedRecord feed, int? statusCode, string error, TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var errorCount = feed.ErrorCount + 1;
        var failingSince = feed.FailingSince ?? now;
        var disabledReason = scheduler.DisableReason(failingSince, errorCount, error, now);
        var disable = disabledReason is not null;
        var next = scheduler.NextPoll(feed.Id, new PollTiming { Failed = true, ErrorCount = errorCount, RetryAfter = retryAfter }, now);
        var status = disable ? FeedStatus.Disabled : FeedStatus.Error;
        return RecordAsync(feed, new FeedPollResult
        {
            Status = status,
            StatusCode = statusCode,
            Error = error,
            PolledAt = now,
            NextPollAt = next,
            ETag = feed.ETag,
            LastModified = feed.LastModified,
            BodyHash = feed.BodyHash,
            DisabledReason = disabledReason,
            PendingRedirectUrl = feed.PendingRedirectUrl,
            PendingRedirectCount = feed.PendingRedirectCount,
        }, new FeedRefreshResult { FeedId = feed.Id, FeedUrl = feed.Url, Status = status, StatusCode = statusCode, Error = error }, cancellationToken);
    }

    private async Task<FeedRefreshResult> RecordAsync(FeedRecord feed, FeedPollResult poll, FeedRefreshResult result, CancellationToken cancellationToken)
    {
        // The outcome must be recorded even when the poll was cancelled, or the feed stays leased.
        if (!await feeds.RecordPollAsync(feed.Id, poll with { Claim = feed.LeaseToken }, CancellationToken.None).ConfigureAwait(false))
            LogLeaseLost(logger, feed.Id, feed.Url);
        return result with { NextPollAt = poll.NextPollAt };
    }

    [LoggerMessage(EventId = 1104, Level = LogLevel.Warning, Message = "Poll of feed {FeedId} {FeedUrl} not recorded: its lease ran out and another worker took the feed over (its items were stored; identities keep them single)")]
    private static partial void LogLeaseLost(ILogger logger, long feedId, string feedUrl);

    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Polled feed {FeedId} {FeedUrl}: {Status}, {Added} added, {Updated} updated {Error}")]
    private static partial void LogPolled(ILogger logger, long feedId, string feedUrl, string status, int added, int updated, string? error);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Error, Message = "Unexpected failure polling feed {FeedId} {FeedUrl}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, long feedId, string feedUrl);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Item {Item} of feed {FeedId} could not be stored")]
    private static partial void LogItemFailed(ILogger logger, Exception exception, long feedId, string? item);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Debug, Message = "Stored article {ArticleId} in story {StoryId} ({Outcome})")]
    private static partial void LogStored(ILogger logger, long articleId, long storyId, IngestOutcome outcome);
}
