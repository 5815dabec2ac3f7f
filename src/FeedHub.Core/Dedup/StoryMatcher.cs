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
    private readonly NearDuplicateVerifier _verifier = new(options);

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

        if (longEnough && BestNear(incoming, signature, candidates.Near) is { } near)
            return new MatchDecision(near.Candidate.Article.StoryId, DuplicateReasons.Near, Math.Round(near.Match.Similarity, 4));

        if (Oldest(candidates.AttributedOriginal) is { } original)
            return new MatchDecision(original.StoryId, DuplicateReasons.Attribution, null);

        if (Oldest(candidates.AttributingToIt) is { } repost)
            return new MatchDecision(repost.StoryId, DuplicateReasons.Attribution, null);

        return MatchDecision.NewStory;
    }

    /// <summary>True when the article's signature belongs in the band index (short texts never match on text).</summary>
    public bool IsIndexed(TextSignature signature) => signature.WordCount >= options.MinWordsForTextMatch;

    /// <summary>The most similar verified candidate; on a tie, the oldest.</summary>
    private (NearCandidate Candidate, NearMatch Match)? BestNear(ArticleRecord incoming, TextSignature signature, IReadOnlyList<NearCandidate> near)
    {
        (NearCandidate Candidate, NearMatch Match)? best = null;
        foreach (var candidate in near)
        {
            if (candidate.Article.Id == incoming.Id && incoming.Id != 0)
                continue;
            if (_verifier.Verify(incoming.ContentText, signature, candidate.Article.ContentText, candidate.Signature) is not { } match)
                continue;
            if (best is null || match.Similarity > best.Value.Match.Similarity
                || (match.Similarity == best.Value.Match.Similarity && candidate.Article.Id < best.Value.Candidate.Article.Id))
                best = (candidate, match);
        }
        return best;
    }

    private static ArticleRecord? Oldest(IReadOnlyList<ArticleRecord> articles) =>
        articles.Count == 0 ? null : articles.MinBy(a => a.Id);
}
