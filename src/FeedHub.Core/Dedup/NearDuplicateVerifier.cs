using FeedHub.Fingerprinting;

namespace FeedHub.Dedup;

/// <summary>How a near-duplicate candidate was verified, and how similar it is (0..1).</summary>
public readonly record struct NearMatch(double Similarity, bool ByContainment);

/// <summary>
/// Confirms or rejects a candidate the band index found: the same article when the estimated Jaccard of the two
/// signatures is high, or when the shorter text (an excerpt) lies almost wholly in the longer one, counted exactly
/// on the shingles of both texts. Short texts never match: what two short items share is their boilerplate.
/// </summary>
public sealed class NearDuplicateVerifier(DedupOptions options)
{
    public NearMatch? Verify(string text, TextSignature signature, string candidateText, TextSignature candidate)
    {
        if (signature.WordCount < options.MinWordsForTextMatch || candidate.WordCount < options.MinWordsForTextMatch)
            return null;

        var jaccard = signature.EstimateJaccard(candidate);
        if (jaccard >= options.NearJaccard)
            return new NearMatch(jaccard, false);

        var (shortText, shortSignature, longText) = signature.ShingleCount <= candidate.ShingleCount
            ? (text, signature, candidateText)
            : (candidateText, candidate, text);
        if (shortSignature.WordCount < options.MinWordsForExcerpt)
            return null;
        var containment = Containment(Shingles.Distinct(shortText), Shingles.Distinct(longText));
        return containment >= options.ExcerptContainment ? new NearMatch(containment, true) : null;
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
