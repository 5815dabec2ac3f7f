using FeedHub.Extraction;
using FeedHub.Storage;

namespace FeedHub.Refreshing;

/// <summary>
/// Whether an item's page should be fetched: its feed allows full text, the item has a web page, and its content
/// looks truncated (<see cref="TruncationDetector"/>, against the feed's typical length). Pure.
/// </summary>
public sealed record FullTextCheck(bool Allowed, int? TypicalLength)
{
    public static readonly FullTextCheck Off = new(false, null);

    /// <summary>The operator's setting on the feed, else the config file's entry for it, else the global default.</summary>
    public static bool IsAllowed(FeedRecord feed, bool? configured, bool globalDefault) => feed.FullText ?? configured ?? globalDefault;

    public bool Wants(ArticleRecord article)
    {
        if (!Allowed || !Uri.TryCreate(article.Url, UriKind.Absolute, out var page) || (page.Scheme != Uri.UriSchemeHttp && page.Scheme != Uri.UriSchemeHttps))
            return false;
        return TruncationDetector.IsTruncated(article.ContentText, article.RawContent, page, TypicalLength);
    }
}
