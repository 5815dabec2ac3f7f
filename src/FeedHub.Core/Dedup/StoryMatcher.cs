using FeedHub.Fingerprinting;
using FeedHub.Storage;

namespace FeedHub.Dedup;

/// <summary>The stored articles an incoming article could be a copy of, found by its keys.</summary>
public sealed record DedupCandidates
{
    public IReadOnlyList<ArticleRecord> SameCanonicalUrl { get; init; } = [];
    public IReadOnlyList<ArticleRecord> SameText { get; init; } = [];

    /// <summary>Articles that share a band key with the incoming one, with their signatures, most shared bands first.</summary>
    public IReadOnlyList<NearCandidate> Near { get; init; } = [];

    /// <summary>Articles at the URL the incoming one names as its original.</summary>
    public IReadOnlyList<ArticleRecord> AttributedOriginal { get; init; } = [];

    /// <summary>Articles that name the incoming one's URL as their original (it arrives after its reposts).</summary>
    public IReadOnlyList<ArticleRecord> AttributingToIt { get; init; } = [];
}

/// <summary>Join an existing story, or open one.</summary>
public sealed record MatchDecision(long? StoryId, string? Reason, double? Similarity)
{
    public static readonly MatchDecision NewStory = new(null, null, null);
}

/// <summary>
/// Decides which story an incoming article belongs to, strongest evidence first: the same canonical URL, the same
/// normalized text, a verified near duplicate, then attribution either way. Pure: the candidates come from the store.
/// </summary>
public sealed class StoryMatcher(DedupOptions options)
{
    public DedupOptions Options => options;

    public MatchDecision Match(ArticleRecord incoming, DedupCandidates candidates) =>
        Match(incoming, MinHasher.Sign(incoming.ContentText), candidates);

    public MatchDecision Match(ArticleRecord incoming, TextSignature signature, DedupCandidates candidates)
    {
        if (Oldest(candidates.SameCanonicalUrl) is { } sameUrl)
            return new MatchDecision(sameUrl.StoryId, DuplicateReasons.CanonicalUrl, 1.0);

        // A short text ("Photo of the day", a headline and two lines) is too common to prove anything.
        var longEnough = signature.WordCount >= options.MinWordsForTextMatch;
        if (longEnough && Oldest(candidates.SameText) is { } sameText)
            return new MatchDecision(sameText.StoryId, DuplicateReasons.Exact, 1.0);

        var verifier = new NearDuplicateVerifier(options, incoming.ContentText, signature);
        if (longEnough && BestNear(verifier, incoming.FeedId, candidates.Near) is { } near)
            return new MatchDecision(near.Candidate.Article.StoryId, DuplicateReasons.Near, Math.Round(near.Match.Similarity, 4));

        if (Oldest(candidates.AttributedOriginal.Where(a => !TextContradicts(verifier, signature, a)).ToList()) is { } original)
            return new MatchDecision(original.StoryId, DuplicateReasons.Attribution, null);

        if (Oldest(candidates.AttributingToIt.Where(a => !TextContradicts(verifier, signature, a)).ToList()) is { } repost)
            return new MatchDecision(repost.StoryId, DuplicateReasons.Attribution, null);

        return MatchDecision.NewStory;
    }

    /// <summary>True when the article's signature belongs in the band index (short texts never match on text).</summary>
    public bool IsIndexed(TextSignature signature) => signature.WordCount >= options.MinWordsForTextMatch;

    /// <summary>
    /// The most similar verified candidate, on a tie the oldest, among stories that no candidate contradicts: a
    /// story joined only by containment is passed over when a member fuller than every member the incoming text
    /// verified against does not verify (a digest that opens with a story's excerpt contains that excerpt, but is
    /// not the story's full text).
    /// </summary>
    private static (NearCandidate Candidate, NearMatch Match)? BestNear(NearDuplicateVerifier verifier, long feedId, IReadOnlyList<NearCandidate> near)
    {
        var results = near.Select(c => (Candidate: c, Match: verifier.Verify(c.Article.ContentText, c.Signature, c.Article.FeedId == feedId))).ToList();
        (NearCandidate Candidate, NearMatch Match)? best = null;
        foreach (var story in results.GroupBy(r => r.Candidate.Article.StoryId))
        {
            var verified = story.Where(r => r.Match is not null).ToList();
            if (verified.Count == 0)
                continue;
            var fullestVerified = verified.Max(r => r.Candidate.Signature.ShingleCount);
            if (verified.All(r => r.Match!.Value.ByContainment) && story.Any(r => r.Match is null && r.Candidate.Signature.ShingleCount > fullestVerified))
                continue;
            foreach (var (candidate, match) in verified)
            {
                var m = match!.Value;
                if (best is null || m.Similarity > best.Value.Match.Similarity
                    || (m.Similarity == best.Value.Match.Similarity && candidate.Article.Id < best.Value.Candidate.Article.Id))
                    best = (candidate, m);
            }
        }
        return best;
    }

    /// <summary>
    /// Attribution names an original; the texts may still say otherwise: a long text of which less than
    /// <see cref="DedupOptions.AttributionMinContainment"/> lies in the named article (or the other way round, for
    /// the shorter one) is a digest or a commentary that links to it, not a copy.
    /// </summary>
    private bool TextContradicts(NearDuplicateVerifier verifier, TextSignature signature, ArticleRecord other)
    {
        var otherSignature = MinHasher.Sign(other.ContentText);
        if (Math.Min(signature.WordCount, otherSignature.WordCount) < options.MinWordsForExcerpt)
            return false; // a teaser of a headline and two lines: the link is all there is
        return verifier.ShorterInLonger(other.ContentText, otherSignature) < options.AttributionMinContainment;
    }

    private static ArticleRecord? Oldest(IReadOnlyList<ArticleRecord> articles) =>
        articles.Count == 0 ? null : articles.MinBy(a => a.Id);
}
