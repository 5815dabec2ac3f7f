using FeedHub.Cleaning;
using FeedHub.Dedup;
using FeedHub.Extraction;
using FeedHub.Fingerprinting;
using FeedHub.Storage;

namespace FeedHub.Refreshing;

/// <summary>
/// Stores an article's full text beside its excerpt and re-runs dedup on it, in one store transaction: the
/// fingerprints (text hash, MinHash signature and bands) are recomputed from the full text, the page's canonical URL
/// replaces the item's, and when the full text shows the article is a copy of another story, its story is merged into
/// that one (an excerpt's story may hold other excerpts of the same article: they go along).
/// </summary>
public sealed class FullTextIngester(IArticleStore store, StoryMatcher matcher, TimeProvider time)
{
    /// <summary>Returns the story the article is in afterwards, or null when the article is gone.</summary>
    public async Task<long?> StoreAsync(ArticleRecord stored, ExtractedArticle page, CleanedContent cleaned, string? etag, string? lastModified, CancellationToken cancellationToken)
    {
        var text = cleaned.Text;
        var content = new FullTextContent
        {
            Html = cleaned.Html,
            Text = text,
            Raw = page.Html,
            ContentHash = ContentHasher.TextHash(text),
            CanonicalUrl = PageCanonical(page.CanonicalUrl),
            Title = page.Title,
            Author = page.Author,
            PublishedAt = page.PublishedAt,
            ETag = etag,
            LastModified = lastModified,
            FetchedAt = time.GetUtcNow(),
        };
        // The article as dedup sees it from now on: its whole text, the page's canonical URL.
        var probe = stored with
        {
            ContentText = text,
            ContentHash = content.ContentHash,
            CanonicalUrl = content.CanonicalUrl ?? stored.CanonicalUrl,
            Title = stored.Title ?? page.Title,
            OriginalUrl = stored.OriginalUrl ?? ForeignOriginal(UrlCanonicalizer.Canonicalize(cleaned.OriginalUrl), content.CanonicalUrl ?? stored.CanonicalUrl),
        };
        var signature = MinHasher.Sign(text);
        long[] bandKeys = matcher.IsIndexed(signature) ? LshBands.Keys(signature) : [];
        var now = time.GetUtcNow();

        var session = await store.BeginIngestAsync(ItemIngester.LockKeys(probe, bandKeys), cancellationToken).ConfigureAwait(false);
        await using (session.ConfigureAwait(false))
        {
            if (await session.FindByIdentityAsync(stored.FeedId, stored.IdentityKey, cancellationToken).ConfigureAwait(false) is not { } current)
                return null;
            await session.SaveFullTextAsync(current.Id, content, now, cancellationToken).ConfigureAwait(false);
            await session.SaveSignatureAsync(current.Id, signature, bandKeys, cancellationToken).ConfigureAwait(false);

            var storyId = current.StoryId;
            var candidates = Others(await session.FindCandidatesAsync(probe, bandKeys, matcher.Options.MaxNearCandidates, cancellationToken).ConfigureAwait(false), current);
            var decision = matcher.Match(probe with { Id = current.Id, StoryId = current.StoryId }, signature, candidates);
            if (decision.StoryId is { } target && target != storyId && !current.Pinned)
            {
                await session.MergeStoryIntoAsync(storyId, target, now, cancellationToken).ConfigureAwait(false);
                await session.SetJoinReasonAsync(current.Id, decision.Reason, decision.Similarity, cancellationToken).ConfigureAwait(false);
                var joined = current with { StoryId = target, DuplicateReason = decision.Reason, Similarity = decision.Similarity };
                var representativeChanged = await ItemIngester.ElectRepresentativeAsync(session, target, now, cancellationToken).ConfigureAwait(false);
                await session.AppendEventAsync(IngestEvents.StoryUpdated,
                    IngestEvents.Story(target, joined, representativeChanged ? "representative-changed" : "member-joined"), now, cancellationToken).ConfigureAwait(false);
                storyId = target;
            }
            else
            {
                // The fuller text may make it the story's representative ("then the fullest text").
                await ItemIngester.ElectRepresentativeAsync(session, storyId, now, cancellationToken).ConfigureAwait(false);
            }
            await session.CommitAsync(cancellationToken).ConfigureAwait(false);
            return storyId;
        }
    }

    /// <summary>
    /// The page's canonical URL, normalised, unless it names a site's home page: templates that point every page's
    /// rel=canonical at "/" would otherwise put a whole site's articles in one story.
    /// </summary>
    internal static string? PageCanonical(string? declared) =>
        UrlCanonicalizer.Canonicalize(declared) is { } canonical && Uri.TryCreate(canonical, UriKind.Absolute, out var url)
            && url.AbsolutePath.Trim('/').Length > 0
            ? canonical
            : null;

    /// <summary>An attribution the page's text names, unless it names the article itself.</summary>
    private static string? ForeignOriginal(string? original, string? canonical) =>
        original is not null && !string.Equals(original, canonical, StringComparison.Ordinal) ? original : null;

    /// <summary>The candidates without the article itself and the members of its own story.</summary>
    private static DedupCandidates Others(DedupCandidates all, ArticleRecord self)
    {
        bool Other(ArticleRecord a) => a.Id != self.Id && a.StoryId != self.StoryId;
        return new DedupCandidates
        {
            SameCanonicalUrl = all.SameCanonicalUrl.Where(Other).ToList(),
            SameText = all.SameText.Where(Other).ToList(),
            Near = all.Near.Where(n => Other(n.Article)).ToList(),
            AttributedOriginal = all.AttributedOriginal.Where(Other).ToList(),
            AttributingToIt = all.AttributingToIt.Where(Other).ToList(),
        };
    }
}
