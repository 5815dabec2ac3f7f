namespace FeedHub.Dedup;

/// <summary>Dedup thresholds, bound from the `Dedup` section.</summary>
public sealed class DedupOptions
{
    public const string Section = "Dedup";

    /// <summary>Texts shorter than this many words never join a story on text alone.</summary>
    public int MinWordsForTextMatch { get; set; } = 25;

    public void Validate()
    {
        if (MinWordsForTextMatch < 1)
            throw new ArgumentOutOfRangeException(nameof(MinWordsForTextMatch), MinWordsForTextMatch, "Dedup:MinWordsForTextMatch must be at least 1.");
    }
}
