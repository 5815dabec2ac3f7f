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

/// <summary>Why an incoming article belongs to a story, and how similar it is to it (null when the reason has no measure).</summary>
public sealed record StoryLink(long StoryId, string Reason, double? Similarity);

/// <summary>
/// Join an existing story, or open one. <see cref="Bridges"/> are the other stories the article belongs to as much
/// (it arrived after two unlike copies of itself that opened a story each): the ingest merges them into one.
/// </summary>
public sealed record MatchDecision(long? StoryId, string? Reason, double? Similarity)
{
    public static readonly MatchDecision NewStory = new(null, null, null);

    public IReadOnlyList<StoryLink> Bridges { get; init; } = [];

    public bool Equals(MatchDecision? other) =>
        other is not null && StoryId == other.StoryId && Reason == other.Reason && Similarity == other.Similarity && Bridges.SequenceEqual(other.Bridges);

    public override int GetHashCode() => HashCode.Combine(StoryId, Reason, Similarity, Bridges.Count);
}

/// <summary>
/// Decides which story an incoming article belongs to, strongest evidence first: the same canonical URL, the same
/// normalized text, a verified near duplicate, then attribution either way. Every other story the article has
/// evidence for is returned as a bridge. Pure: the candidates come from the store.
/// </summary>
public sealed class StoryMatcher(DedupOptions options)
{
    public DedupOptions Options => options;

    public MatchDecision Match(ArticleRecord incoming, DedupCandidates candidates) =>
        Match(incoming, MinHasher.Sign(incoming.ContentText), candidates);

    public MatchDecision Match(ArticleRecord incoming, TextSignature signature, DedupCandidates candidates)
    {
        // Strongest evidence first; a story keeps the first link found for it.
        var links = new List<StoryLink>();
        void Add(IEnumerable<ArticleRecord> articles, string reason, double? similarity)
        {
            foreach (var a in articles.OrderBy(a => a.Id))
            {
                if (!links.Exists(l => l.StoryId == a.StoryId))
                    links.Add(new StoryLink(a.StoryId, reason, similarity));
            }
        }

        Add(candidates.SameCanonicalUrl, DuplicateReasons.CanonicalUrl, 1.0);

        // A short text ("Photo of the day", a headline and two lines) is too common to prove anything.
        var longEnough = signature.WordCount >= options.MinWordsForTextMatch;
        if (longEnough)
            Add(candidates.SameText, DuplicateReasons.Exact, 1.0);

        var verifier = new NearDuplicateVerifier(options, incoming.ContentText, signature);
        if (longEnough)
        {
            foreach (var (candidate, match) in NearByStory(verifier, incoming.FeedId, candidates.Near))
                Add([candidate.Article], DuplicateReasons.Near, Math.Round(match.Similarity, 4));
        }

        Add(candidates.AttributedOriginal.Where(a => !TextContradicts(verifier, signature, a)), DuplicateReasons.Attribution, null);
        Add(candidates.AttributingToIt.Where(a => !TextContradicts(verifier, signature, a)), DuplicateReasons.Attribution, null);

        if (links.Count == 0)
            return MatchDecision.NewStory;
        var first = links[0];
        return new MatchDecision(first.StoryId, first.Reason, first.Similarity) { Bridges = links.Count == 1 ? [] : links.Skip(1).ToList() };
    }

    /// <summary>
    /// Whether the article may pull a whole other story into its own: the story's fullest member must be a copy of it
    /// too (same canonical URL, same text, or a verified near duplicate), unless that member is too short to tell (a
    /// teaser linked by attribution). An excerpt inside the article is not enough when the excerpt's story also holds
    /// a fuller text that is not this article (a follow-up that opens with the same sentence joined the excerpt).
    /// </summary>
    public bool ConfirmsBridge(ArticleRecord incoming, TextSignature signature, IReadOnlyCollection<ArticleRecord> storyMembers)
    {
        if (storyMembers.Count == 0)
            return false;
        var fullest = storyMembers.MaxBy(m => m.ContentText.Length)!;
        if (incoming.CanonicalUrl is not null && fullest.CanonicalUrl == incoming.CanonicalUrl)
            return true;
        var fullestSignature = MinHasher.Sign(fullest.ContentText);
        if (Math.Min(fullestSignature.WordCount, signature.WordCount) < options.MinWordsForExcerpt)
            return true;
        if (fullest.ContentHash == incoming.ContentHash)
            return true;
        var verifier = new NearDuplicateVerifier(options, incoming.ContentText, signature);
        return verifier.Verify(fullest.ContentText, fullestSignature, fullest.FeedId == incoming.FeedId) is not null;
    }

    /// <summary>True when the article's signature belongs in the band index (short texts never match on text).</summary>
    public bool IsIndexed(TextSignature signature) => signature.WordCount >= options.MinWordsForTextMatch;

    /// <summary>
    /// The best verified candidate of each story, most similar first (on a tie the oldest), among stories that no
    /// candidate contradicts: a story joined only by containment is passed over when a member fuller than every member
    /// the incoming text verified against does not verify (a digest that opens with a story's excerpt contains that
    /// excerpt, but is not the story's full text).
    /// </summary>
    private static List<(NearCandidate Candidate, NearMatch Match)> NearByStory(NearDuplicateVerifier verifier, long feedId, IReadOnlyList<NearCandidate> near)
    {
        var results = near.Select(c => (Candidate: c, Match: verifier.Verify(c.Article.ContentText, c.Signature, c.Article.FeedId == feedId))).ToList();
        var best = new List<(NearCandidate Candidate, NearMatch Match)>();
        foreach (var story in results.GroupBy(r => r.Candidate.Article.StoryId))
        {
            var verified = story.Where(r => r.Match is not null).Select(r => (r.Candidate, Match: r.Match!.Value)).ToList();
            if (verified.Count == 0)
                continue;
            var fullestVerified = verified.Max(r => r.Candidate.Signature.ShingleCount);
            if (verified.TrueForAll(r => r.Match.ByContainment) && story.Any(r => r.Match is null && r.Candidate.Signature.ShingleCount > fullestVerified))
                continue;
            best.Add(verified.OrderByDescending(r => r.Match.Similarity).ThenBy(r => r.Candidate.Article.Id).First());
        }
        return best.OrderByDescending(r => r.Match.Similarity).ThenBy(r => r.Candidate.Article.Id).ToList();
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
}
