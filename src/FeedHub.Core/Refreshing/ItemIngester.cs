using FeedHub.Cleaning;
using FeedHub.Dedup;
using FeedHub.Fingerprinting;
using FeedHub.Parsing;
using FeedHub.Storage;

namespace FeedHub.Refreshing;

/// <summary>
/// One item into the store: clean, fingerprint, then in one store transaction find the item's identity and its
/// duplicates, and add it to the right story (or update it, when the publisher edited it).
/// </summary>
public sealed class ItemIngester(IArticleStore store, ContentCleaner cleaner, StoryMatcher matcher, TimeProvider time)
{
    /// <summary>
    /// Ingests one item. A transaction the database broke off to resolve a deadlock (two bridging merges that found
    /// each other's stories) is run again, at most twice.
    /// </summary>
    public async Task<(IngestOutcome Outcome, ArticleRecord Article)> IngestAsync(FeedRecord feed, ParsedItem item, CleaningRules rules, CancellationToken cancellationToken) =>
        await IngestAsync(feed, item, rules, FullTextCheck.Off, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// As above; when <paramref name="fullText"/> allows it and the item looks truncated, the article is stored with its
    /// full text pending (in the same transaction, so a fetch is never lost to a dying worker).
    /// </summary>
    public async Task<(IngestOutcome Outcome, ArticleRecord Article)> IngestAsync(FeedRecord feed, ParsedItem item, CleaningRules rules, FullTextCheck fullText, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await IngestOnceAsync(feed, item, rules, fullText, cancellationToken).ConfigureAwait(false);
            }
            catch (System.Data.Common.DbException ex) when (ex.IsTransient && attempt < 3)
            {
                // Nothing was committed: the whole decision is made again on what is stored now.
            }
        }
    }

    private async Task<(IngestOutcome Outcome, ArticleRecord Article)> IngestOnceAsync(FeedRecord feed, ParsedItem item, CleaningRules rules, FullTextCheck fullText, CancellationToken cancellationToken)
    {
        var (article, signature) = PrepareWithSignature(feed, item, rules);
        var wantsFullText = fullText.Wants(article);
        long[] bandKeys = matcher.IsIndexed(signature) ? LshBands.Keys(signature) : [];
        var lockKeys = LockKeys(article, bandKeys);
        var now = time.GetUtcNow();

        var session = await store.BeginIngestAsync(lockKeys, cancellationToken).ConfigureAwait(false);
        await using (session.ConfigureAwait(false))
        {
            // Identity, tombstone and dedup candidates in one round trip: most items are new, and they need all three.
            var lookup = await session.LookUpAsync(article, bandKeys, matcher.Options.MaxNearCandidates, cancellationToken).ConfigureAwait(false);
            if (lookup.Known is { } known)
            {
                article = KeepPageMetadata(known, article);
                // With full text stored, the article's hash is the full text's: the feed's part is compared by its raw content.
                if ((known.HasFullText || known.ContentHash == article.ContentHash) && known.Title == article.Title && known.RawContent == article.RawContent)
                {
                    if (!wantsFullText || known.FullTextStatus is not null)
                        return (IngestOutcome.Unchanged, known);
                    // Full text was turned on for the feed after this item was stored.
                    await session.SetFullTextStatusAsync(known.Id, FullTextStatus.Pending, now, cancellationToken).ConfigureAwait(false);
                    await session.CommitAsync(cancellationToken).ConfigureAwait(false);
                    return (IngestOutcome.Unchanged, known with { FullTextStatus = FullTextStatus.Pending });
                }
                var keepFullText = wantsFullText && known.HasFullText;
                var updated = article with { Id = known.Id, StoryId = known.StoryId, FetchedAt = known.FetchedAt, ContentHash = keepFullText ? known.ContentHash : article.ContentHash };
                await session.UpdateContentAsync(updated, now, cancellationToken).ConfigureAwait(false);
                // The page is fetched again (conditionally) and re-fingerprinted then; until that, the stored full text stands.
                if (!keepFullText)
                    await session.SaveSignatureAsync(known.Id, signature, bandKeys, cancellationToken).ConfigureAwait(false);
                if (wantsFullText || known.FullTextStatus is not null)
                    await session.SetFullTextStatusAsync(known.Id, wantsFullText ? FullTextStatus.Pending : null, wantsFullText ? now : null, cancellationToken).ConfigureAwait(false);
                await ElectRepresentativeAsync(session, known.StoryId, now, cancellationToken).ConfigureAwait(false);
                await session.CommitAsync(cancellationToken).ConfigureAwait(false);
                return (IngestOutcome.Updated, updated);
            }
            if (wantsFullText)
                article = article with { FullTextStatus = FullTextStatus.Pending };

            // Retention purged it; the feed still lists it; it stays purged.
            if (lookup.Tombstoned)
                return (IngestOutcome.Unchanged, article);

            var decision = await DecideAsync(session, article, signature, bandKeys, lookup.Candidates, cancellationToken).ConfigureAwait(false);
            ArticleRecord stored;
            if (decision.StoryId is not null)
            {
                var link = await MergeBridgedStoriesAsync(session, article, signature, decision, now, cancellationToken).ConfigureAwait(false);
                var storyId = link.StoryId;
                stored = await session.InsertIntoStoryAsync(article, storyId, link.Reason, link.Similarity ?? 0, now, cancellationToken).ConfigureAwait(false);
                var representativeChanged = await ElectRepresentativeAsync(session, storyId, now, cancellationToken).ConfigureAwait(false);
                await session.AppendEventAsync(IngestEvents.ArticleCreated, IngestEvents.Article(stored), now, cancellationToken).ConfigureAwait(false);
                await session.AppendEventAsync(IngestEvents.StoryUpdated,
                    IngestEvents.Story(storyId, stored, representativeChanged ? "representative-changed" : "member-joined"), now, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                stored = await session.InsertAsNewStoryAsync(article, now, cancellationToken).ConfigureAwait(false);
                await session.AppendEventAsync(IngestEvents.ArticleCreated, IngestEvents.Article(stored), now, cancellationToken).ConfigureAwait(false);
            }
            await session.SaveSignatureAsync(stored.Id, signature, bandKeys, cancellationToken).ConfigureAwait(false);
            await session.CommitAsync(cancellationToken).ConfigureAwait(false);
            return (decision.StoryId is null ? IngestOutcome.Added : IngestOutcome.AddedToStory, stored);
        }
    }

    /// <summary>
    /// Cleans a stored article again with the feed's current rules (its raw content was kept) and stores the result,
    /// keeping its identity and story. Returns false when the clean content came out the same.
    /// </summary>
    public async Task<bool> RecleanAsync(FeedRecord feed, ArticleRecord stored, ParsedItem item, CleaningRules rules, CancellationToken cancellationToken)
    {
        var (prepared, signature) = PrepareWithSignature(feed, item, rules);
        var article = KeepPageMetadata(stored, prepared with { Id = stored.Id, StoryId = stored.StoryId, FetchedAt = stored.FetchedAt, IdentityKey = stored.IdentityKey, Guid = stored.Guid });
        // The stored page extraction is cleaned again too: the fingerprints come from it when there is one.
        var full = stored.HasFullText && stored.FullTextRaw is { } raw ? cleaner.Clean(raw, item.BaseUrl, rules, item.Title) : null;
        if (full is not null)
            article = article with { ContentHash = ContentHasher.TextHash(full.Text) };
        if (article.ContentHtml == stored.ContentHtml && article.ContentText == stored.ContentText
            && (full is null || (full.Html == stored.FullTextHtml && full.Text == stored.FullTextText)))
            return false;
        if (full is not null)
            signature = MinHasher.Sign(full.Text);
        long[] bandKeys = matcher.IsIndexed(signature) ? LshBands.Keys(signature) : [];
        var now = time.GetUtcNow();
        var session = await store.BeginIngestAsync(["id:" + feed.Id + ":" + stored.IdentityKey], cancellationToken).ConfigureAwait(false);
        await using (session.ConfigureAwait(false))
        {
            await session.UpdateContentAsync(article, now, cancellationToken).ConfigureAwait(false);
            if (full is not null)
            {
                await session.SaveFullTextAsync(stored.Id, new FullTextContent
                {
                    Html = full.Html, Text = full.Text, Raw = stored.FullTextRaw!, ContentHash = article.ContentHash, CanonicalUrl = article.CanonicalUrl,
                }, now, cancellationToken).ConfigureAwait(false);
            }
            await session.SaveSignatureAsync(stored.Id, signature, bandKeys, cancellationToken).ConfigureAwait(false);
            await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        return true;
    }

    /// <summary>
    /// What the page gave a stored article (its canonical URL; title, author and date the feed lacked) stays when the
    /// feed's item is read again: the item alone does not say them.
    /// </summary>
    private static ArticleRecord KeepPageMetadata(ArticleRecord known, ArticleRecord article) => !known.HasFullText ? article : article with
    {
        CanonicalUrl = known.CanonicalUrl ?? article.CanonicalUrl,
        Title = article.Title ?? known.Title,
        Author = article.Author ?? known.Author,
        PublishedAt = article.PublishedAt ?? known.PublishedAt,
    };

    /// <summary>Cleans the item and computes its keys; no store access.</summary>
    public ArticleRecord Prepare(FeedRecord feed, ParsedItem item, CleaningRules rules) => PrepareWithSignature(feed, item, rules).Article;

    /// <summary><see cref="Prepare"/>, with the text's signature from the same normalization as its hash.</summary>
    private (ArticleRecord Article, TextSignature Signature) PrepareWithSignature(FeedRecord feed, ParsedItem item, CleaningRules rules)
    {
        var raw = ChooseContent(item);
        var cleaned = cleaner.Clean(raw, item.BaseUrl, rules, item.Title);
        var canonical = UrlCanonicalizer.Canonicalize(item.Link);
        var original = UrlCanonicalizer.Canonicalize(cleaned.OriginalUrl);
        if (original == canonical)
            original = null;
        var text = cleaned.Text;
        var fingerprint = TextFingerprint.Of(text);
        return (new ArticleRecord
        {
            FeedId = feed.Id,
            FeedUrl = feed.Url,
            Guid = item.Guid,
            Url = item.Link,
            CanonicalUrl = canonical,
            Title = item.Title,
            Author = item.Author,
            PublishedAt = item.PublishedAt,
            FetchedAt = time.GetUtcNow(),
            RawContent = raw,
            ContentHtml = cleaned.Html,
            ContentText = text,
            IdentityKey = IdentityKey(item, raw),
            ContentHash = fingerprint.TextHash,
            OriginalUrl = original,
            OriginalSite = cleaned.OriginalSite,
            Blocks = cleaned.Blocks,
            RemovedBlocks = cleaned.RemovedBlocks,
        }, fingerprint.Signature);
    }

    /// <summary>The full content when the feed has it, else the summary; the longer one when both are there.</summary>
    private static string ChooseContent(ParsedItem item)
    {
        var content = item.ContentHtml ?? "";
        var summary = item.SummaryHtml ?? "";
        return content.Length >= summary.Length ? content : summary;
    }

    /// <summary>Per feed: GUID, else link, else a hash of title and content.</summary>
    internal static string IdentityKey(ParsedItem item, string raw)
    {
        if (!string.IsNullOrWhiteSpace(item.Guid))
            return "guid:" + item.Guid.Trim();
        if (!string.IsNullOrWhiteSpace(item.Link))
            return "link:" + item.Link.Trim();
        return "hash:" + ContentHasher.Sha256((item.Title ?? "") + "\n" + raw);
    }

    /// <summary>
    /// Every key a concurrent ingest of a copy of this article would share: identity, text hash, URLs and the band
    /// keys of its signature (a near duplicate shares at least one band with it, or it would not be found).
    /// </summary>
    internal static List<string> LockKeys(ArticleRecord article, long[] bandKeys)
    {
        var keys = new List<string> { "id:" + article.FeedId + ":" + article.IdentityKey, "text:" + article.ContentHash };
        if (article.CanonicalUrl is not null)
            keys.Add("url:" + article.CanonicalUrl);
        if (article.OriginalUrl is not null)
            keys.Add("url:" + article.OriginalUrl);
        foreach (var band in bandKeys)
            keys.Add("band:" + band.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return keys;
    }

    /// <summary>
    /// Matches the article and locks the stories it would join or merge. A story another writer merged away while
    /// this one waited for its lock is gone: the candidates are read again (they now name the survivor).
    /// </summary>
    private async Task<MatchDecision> DecideAsync(IIngestSession session, ArticleRecord article, TextSignature signature, long[] bandKeys, DedupCandidates firstRead, CancellationToken cancellationToken)
    {
        var locked = new HashSet<long>();
        for (var round = 0; round < 8; round++)
        {
            var candidates = round == 0 ? firstRead : await session.FindCandidatesAsync(article, bandKeys, matcher.Options.MaxNearCandidates, cancellationToken).ConfigureAwait(false);
            var decision = matcher.Match(article, signature, candidates);
            if (decision.StoryId is not { } primary)
                return decision;
            var missing = decision.Bridges.Select(b => b.StoryId).Prepend(primary).Where(id => !locked.Contains(id)).Distinct().ToList();
            if (missing.Count == 0)
                return decision;
            var existing = await session.LockStoriesAsync(missing, cancellationToken).ConfigureAwait(false);
            locked.UnionWith(missing);
            if (existing.Count == missing.Count)
                return decision;
        }
        return MatchDecision.NewStory; // stories kept moving under it: a story of its own is the safe answer
    }

    /// <summary>
    /// When the article bridges stories (it is the original of two unlike copies that each opened one), merges them:
    /// the story whose member the representative policy prefers survives, the others' ids become its aliases. Each
    /// absorbed story's representative becomes a copy, for the reason the article matched that story. Stories
    /// holding an article an operator split out are left as they are, and so are stories whose fullest member is
    /// not a copy of the article (<see cref="StoryMatcher.ConfirmsBridge"/>). Returns the story the article joins.
    /// </summary>
    private async Task<StoryLink> MergeBridgedStoriesAsync(IIngestSession session, ArticleRecord article, TextSignature signature, MatchDecision decision, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var primary = new StoryLink(decision.StoryId!.Value, decision.Reason!, decision.Similarity);
        if (decision.Bridges.Count == 0)
            return primary;
        var pinned = await session.FindPinnedStoriesAsync([primary.StoryId, .. decision.Bridges.Select(b => b.StoryId)], cancellationToken).ConfigureAwait(false);
        if (pinned.Contains(primary.StoryId))
            return primary;
        var members = new Dictionary<long, IReadOnlyList<ArticleRecord>>
        {
            [primary.StoryId] = await session.GetStoryMembersAsync(primary.StoryId, cancellationToken).ConfigureAwait(false),
        };
        var links = new List<StoryLink> { primary };
        foreach (var bridge in decision.Bridges.Where(b => !pinned.Contains(b.StoryId)))
        {
            var bridged = await session.GetStoryMembersAsync(bridge.StoryId, cancellationToken).ConfigureAwait(false);
            if (!matcher.ConfirmsBridge(article, signature, bridged))
                continue;
            members[bridge.StoryId] = bridged;
            links.Add(bridge);
        }
        if (links.Count == 1)
            return primary;

        var preferred = RepresentativePolicy.Choose(members.Values.SelectMany(m => m).ToList());
        var survivor = links.Find(l => l.StoryId == preferred.StoryId) ?? primary;
        foreach (var absorbed in links.Where(l => l.StoryId != survivor.StoryId))
        {
            if (members[absorbed.StoryId].FirstOrDefault(m => m.IsRepresentative) is { } representative)
                await session.SetJoinReasonAsync(representative.Id, absorbed.Reason, absorbed.Similarity, cancellationToken).ConfigureAwait(false);
            await session.MergeStoryAsync(survivor.StoryId, absorbed.StoryId, now, cancellationToken).ConfigureAwait(false);
            await session.AppendEventAsync(IngestEvents.StoryUpdated, IngestEvents.StoryMerged(survivor.StoryId, absorbed.StoryId), now, cancellationToken).ConfigureAwait(false);
        }
        return survivor;
    }

    /// <summary>
    /// Applies the representative policy. When the representative changes, the two swap their join reasons: the
    /// new representative is what the story is about (no reason), and the old one is now a copy of it, for the
    /// reason the new one joined.
    /// </summary>
    internal static async Task<bool> ElectRepresentativeAsync(IIngestSession session, long storyId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var members = await session.GetStoryMembersAsync(storyId, cancellationToken).ConfigureAwait(false);
        if (members.Count == 0)
            return false;
        var chosen = RepresentativePolicy.Choose(members);
        if (chosen.IsRepresentative)
            return false;
        if (members.FirstOrDefault(m => m.IsRepresentative) is { } previous)
            await session.SetJoinReasonAsync(previous.Id, chosen.DuplicateReason, chosen.Similarity, cancellationToken).ConfigureAwait(false);
        await session.SetJoinReasonAsync(chosen.Id, null, null, cancellationToken).ConfigureAwait(false);
        await session.SetRepresentativeAsync(storyId, chosen.Id, now, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
