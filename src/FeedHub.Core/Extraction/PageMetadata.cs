namespace FeedHub.Extraction;

/// <summary>What a page's head says about its article: meta tags, Open Graph, JSON-LD, rel=canonical.</summary>
internal sealed record PageMetadata
{
    public string? Title { get; init; }
    public string? Author { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public string? CanonicalUrl { get; init; }
    public string? SiteName { get; init; }

    /// <summary>The JSON-LD articleBody, when the page gives one: evidence of which blocks are the article.</summary>
    public string? ArticleBody { get; init; }

    /// <summary>og:description or the meta description: often the article's lead.</summary>
    public string? Description { get; init; }
}
