using FeedHub.Storage;

namespace FeedHub.Dedup;

/// <summary>
/// Which member stands for a story: the original publisher's copy over a repost, then the earliest published,
/// then the fullest text, then the first stored. The publisher's copy is known by attribution: a member that
/// another member names as its original comes first, a member that names another as its original comes last;
/// and a copy whose link is its canonical URL comes before one reached through an AMP or tracking variant of it
/// (the publisher's second feed), whatever their lengths.
/// </summary>
public static class RepresentativePolicy
{
    public static ArticleRecord Choose(IReadOnlyCollection<ArticleRecord> members)
    {
        if (members.Count == 0)
            throw new ArgumentException("A story has at least one member.", nameof(members));
        var named = members.Where(IsRepost).Select(m => m.OriginalUrl!).ToHashSet(StringComparer.Ordinal);
        return members
            .OrderBy(m => m.CanonicalUrl is not null && named.Contains(m.CanonicalUrl) ? 0 : 1)
            .ThenBy(m => IsRepost(m) ? 1 : 0)
            .ThenBy(m => LinksToItsCanonicalUrl(m) ? 0 : 1)
            .ThenBy(m => m.PublishedAt ?? DateTimeOffset.MaxValue)
            .ThenByDescending(m => m.ArticleText.Length)
            .ThenBy(m => m.Id)
            .First();
    }

    /// <summary>A repost names an original that is not itself.</summary>
    public static bool IsRepost(ArticleRecord article) =>
        article.OriginalUrl is not null && !string.Equals(article.OriginalUrl, article.CanonicalUrl, StringComparison.Ordinal);

    /// <summary>
    /// The item's link is its canonical URL but for scheme, `www.` and a trailing slash: no AMP path, no tracking
    /// parameters stripped from it.
    /// </summary>
    private static bool LinksToItsCanonicalUrl(ArticleRecord article) =>
        article.CanonicalUrl is not null && article.Url is not null
        && string.Equals(HostAndPath(article.Url), HostAndPath(article.CanonicalUrl), StringComparison.OrdinalIgnoreCase);

    private static string HostAndPath(string url)
    {
        var rest = url.AsSpan();
        var scheme = rest.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
            rest = rest[(scheme + 3)..];
        if (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            rest = rest[4..];
        return rest.TrimEnd('/').ToString();
    }
}
