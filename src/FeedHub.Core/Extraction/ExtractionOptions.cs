namespace FeedHub.Extraction;

/// <summary>Limits of <see cref="ArticleExtractor"/>; defaults suit news and blog pages.</summary>
public sealed record ExtractionOptions
{
    /// <summary>Pages larger than this (bytes, or UTF-16 chars for a string) are "no content" without parsing.</summary>
    public int MaxPageSize { get; init; } = 4 * 1024 * 1024;

    /// <summary>Below this many characters of text, the page has no article ("no content").</summary>
    public int MinArticleLength { get; init; } = 250;

    /// <summary>Elements parsed beyond this count make the page "no content" (pathological DOMs).</summary>
    public int MaxElements { get; init; } = 100_000;

    /// <summary>
    /// Markup nesting containers deeper than this is "no content" without parsing (see PageSniffer.NestsDeeperThan):
    /// the parser's time grows with the square of the depth.
    /// </summary>
    public int MaxNesting { get; init; } = 1_000;
}
