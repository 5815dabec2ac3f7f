using FeedHub.Fingerprinting;

namespace FeedHub.Dedup;

/// <summary>How a near-duplicate candidate was verified, and how similar it is (0..1).</summary>
public readonly record struct NearMatch(double Similarity, bool ByContainment);

/// <summary>
/// Confirms or rejects a candidate the band index found: the same article when the estimated Jaccard of the two
/// signatures is high, or when the shorter text (an excerpt) lies almost wholly in the longer one, counted exactly
/// on the shingles of both texts. Short texts never match: what two short items share is their boilerplate; and
/// two items of one feed need a higher Jaccard, since they share that feed's template.
/// One verifier per incoming article: it keeps that article's shingles between candidates.
/// </summary>
public sealed class NearDuplicateVerifier(DedupOptions options, string text, TextSignature signature)
{
    private HashSet<ulong>? _shingles;

    public NearMatch? Verify(string candidateText, TextSignature candidate, bool sameFeed = false)
    {
        if (signature.WordCount < options.MinWordsForTextMatch || candidate.WordCount < options.MinWordsForTextMatch)
            return null;

        var jaccard = signature.EstimateJaccard(candidate);
        if (jaccard >= (sameFeed ? options.SameFeedNearJaccard : options.NearJaccard))
            return new NearMatch(jaccard, false);
        if (sameFeed)
            return null;

        var shorter = signature.ShingleCount <= candidate.ShingleCount ? signature : candidate;
        if (shorter.WordCount < options.MinWordsForExcerpt)
            return null;
        var containment = ShorterInLonger(candidateText, candidate);
        if (containment < options.ExcerptContainment)
            return null;
        var (part, whole) = signature.ShingleCount <= candidate.ShingleCount ? (text, candidateText) : (candidateText, text);
        return OpensAlike(part, whole) ? new NearMatch(containment, true) : null;
    }

    /// <summary>
    /// An excerpt is the opening of its article: at least half the shingles of the part's first
    /// <see cref="MinHasher.LeadWords"/> words are among those of the whole's first twice as many (room for a
    /// dateline or a title line before it). A digest contains the excerpts of several articles, but opens with one.
    /// </summary>
    public static bool OpensAlike(string part, string whole)
    {
        var partLead = Shingles.Hash(part, MinHasher.LeadWords).ToHashSet();
        var wholeLead = Shingles.Hash(whole, 2 * MinHasher.LeadWords).ToHashSet();
        return Containment(partLead, wholeLead) >= 0.5;
    }

    /// <summary>The share of the shorter text's shingles found in the longer one's.</summary>
    public double ShorterInLonger(string candidateText, TextSignature candidate)
    {
        _shingles ??= Shingles.Distinct(text);
        var other = Shingles.Distinct(candidateText);
        return signature.ShingleCount <= candidate.ShingleCount ? Containment(_shingles, other) : Containment(other, _shingles);
    }

    /// <summary>The share of <paramref name="part"/>'s shingles found in <paramref name="whole"/>.</summary>
    public static double Containment(HashSet<ulong> part, HashSet<ulong> whole)
    {
        if (part.Count == 0)
            return 0;
        var shared = 0;
        foreach (var s in part)
        {
            if (whole.Contains(s))
                shared++;
        }
        return (double)shared / part.Count;
    }
}
