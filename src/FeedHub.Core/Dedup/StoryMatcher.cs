using FeedHub.Storage;

namespace FeedHub.Dedup;

/// <summary>The stored articles an incoming article could be a copy of, found by its keys.</summary>
public sealed record DedupCandidates
{
    public IReadOnlyList<ArticleRecord> SameCanonicalUrl { get; init; } = [];
    public IReadOnlyList<ArticleRecord> SameText { get; init; } = [];

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
/// normalized text, then attribution either way. Pure: the candidates come from the store.
/// </summary>
public sealed class StoryMatcher(DedupOptions options)
{
    public MatchDecision Match(ArticleRecord incoming, DedupCandidates candidates)
    {
        if (Oldest(candidates.SameCanonicalUrl) is { } sameUrl)
            return new MatchDecision(sameUrl.StoryId, DuplicateReasons.CanonicalUrl, 1.0);

        // A short text ("Photo of the day", a headline and two lines) is too common to prove anything.
        if (CountWords(incoming.ContentText) >= options.MinWordsForTextMatch && Oldest(candidates.SameText) is { } sameText)
            return new MatchDecision(sameText.StoryId, DuplicateReasons.Exact, 1.0);

        if (Oldest(candidates.AttributedOriginal) is { } original)
            return new MatchDecision(original.StoryId, DuplicateReasons.Attribution, null);

        if (Oldest(candidates.AttributingToIt) is { } repost)
            return new MatchDecision(repost.StoryId, DuplicateReasons.Attribution, null);

        return MatchDecision.NewStory;
    }

    private static ArticleRecord? Oldest(IReadOnlyList<ArticleRecord> articles) =>
        articles.Count == 0 ? null : articles.MinBy(a => a.Id);

    internal static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
                count++;
            inWord = letter;
        }
        return count;
    }
}
