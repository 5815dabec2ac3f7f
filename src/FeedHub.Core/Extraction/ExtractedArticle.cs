namespace FeedHub.Extraction;

/// <summary>The main content of a web page and what its metadata says about it.</summary>
public sealed record ExtractedArticle
{
    public string? Title { get; init; }
    public string? Author { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>The page's declared canonical URL (rel=canonical, else og:url, else JSON-LD url), absolute.</summary>
    public string? CanonicalUrl { get; init; }
    public string? SiteName { get; init; }

    /// <summary>The article's HTML: content elements only, presentational attributes dropped, URLs absolute.</summary>
    public required string Html { get; init; }

    /// <summary>The article's text, one paragraph (or heading, list item, table row) a line, separated by "\n".</summary>
    public required string Text { get; init; }
}
