namespace FeedHub.Dedup;

/// <summary>Dedup thresholds, bound from the `Dedup` section.</summary>
public sealed class DedupOptions
{
    public const string Section = "Dedup";

    /// <summary>Texts shorter than this many words never join a story on text alone (exact or near).</summary>
    public int MinWordsForTextMatch { get; set; } = 25;

    /// <summary>Two texts whose estimated shingle Jaccard reaches this are near duplicates.</summary>
    public double NearJaccard { get; set; } = 0.5;

    /// <summary>
    /// Two items of one feed share its template (a dateline, a copyright line) on top of any text: they are near
    /// duplicates only from this estimated Jaccard up, and never by containment.
    /// </summary>
    public double SameFeedNearJaccard { get; set; } = 0.8;

    /// <summary>
    /// A shorter text whose shingles lie in a longer one at least this much (exactly counted), and that opens as the
    /// longer one does, is an excerpt of it. Below 1 because a re-poster's own lines sit in the excerpt too.
    /// </summary>
    public double ExcerptContainment { get; set; } = 0.6;

    /// <summary>
    /// An attributed original is not joined when less than this share of the shorter text lies in the longer one
    /// (both long enough to tell): a digest or a commentary links to an article without being a copy of it.
    /// </summary>
    public double AttributionMinContainment { get; set; } = 0.5;

    /// <summary>An excerpt needs at least this many words to join on containment alone ("a headline and two lines" does not).</summary>
    public int MinWordsForExcerpt { get; set; } = 40;

    /// <summary>At most this many near-duplicate candidates are read from the index, those sharing the most bands first.</summary>
    public int MaxNearCandidates { get; set; } = 20;

    public void Validate()
    {
        if (MinWordsForTextMatch < 1)
            throw new ArgumentOutOfRangeException(nameof(MinWordsForTextMatch), MinWordsForTextMatch, "Dedup:MinWordsForTextMatch must be at least 1.");
        if (NearJaccard is <= 0 or > 1)
            throw new ArgumentOutOfRangeException(nameof(NearJaccard), NearJaccard, "Dedup:NearJaccard must be in (0, 1].");
        if (SameFeedNearJaccard < NearJaccard || SameFeedNearJaccard > 1)
            throw new ArgumentOutOfRangeException(nameof(SameFeedNearJaccard), SameFeedNearJaccard, $"Dedup:SameFeedNearJaccard must be in [Dedup:NearJaccard ({NearJaccard}), 1].");
        if (ExcerptContainment is <= 0 or > 1)
            throw new ArgumentOutOfRangeException(nameof(ExcerptContainment), ExcerptContainment, "Dedup:ExcerptContainment must be in (0, 1].");
        if (AttributionMinContainment is < 0 or > 1)
            throw new ArgumentOutOfRangeException(nameof(AttributionMinContainment), AttributionMinContainment, "Dedup:AttributionMinContainment must be in [0, 1].");
        if (MinWordsForExcerpt < MinWordsForTextMatch)
            throw new ArgumentOutOfRangeException(nameof(MinWordsForExcerpt), MinWordsForExcerpt, $"Dedup:MinWordsForExcerpt must be at least Dedup:MinWordsForTextMatch ({MinWordsForTextMatch}).");
        if (MaxNearCandidates < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxNearCandidates), MaxNearCandidates, "Dedup:MaxNearCandidates must be at least 1.");
    }
}
