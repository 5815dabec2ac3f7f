using AngleSharp.Dom;
using FeedHub.Fingerprinting;

namespace FeedHub.Cleaning;

/// <summary>
/// Gathers what boilerplate says about the original before the boilerplate goes: the article's URL and the
/// site's name. Stronger evidence wins: "appeared first on" over "originally published at" over "Read more"
/// over "Source:". Links back to the item itself say nothing and are ignored.
/// </summary>
internal sealed class AttributionCollector(Uri? itemUrl)
{
    private int _urlStrength;
    private string? _itemHost, _itemCanonical; // made when first needed: most items name no original

    public string? OriginalUrl { get; private set; }
    public string? OriginalSite { get; private set; }

    public void FromAppearedFirst(IReadOnlyList<IElement> links, string siteText)
    {
        // Yoast: <a href=ARTICLE>Title</a> appeared first on <a href=HOME>Site</a>.
        var site = siteText.Trim().TrimEnd('.', '!');
        OriginalSite ??= site.Length > 0 ? site : null;
        foreach (var link in links)
        {
            if (ArticleUri(link.GetAttribute("href")) is { } url)
            {
                Offer(url.AbsoluteUri, 4);
                break;
            }
        }
    }

    public void FromReadMore(IReadOnlyList<IElement> links)
    {
        foreach (var link in links)
        {
            if (ArticleUri(link.GetAttribute("href")) is { } url && IsElsewhere(url))
            {
                Offer(url.AbsoluteUri, 2);
                return;
            }
        }
    }

    /// <summary>A line after the article that repeats its title links to the original, if it links to an article elsewhere.</summary>
    public void FromTitleLine(IReadOnlyList<IElement> links)
    {
        foreach (var link in links)
        {
            if (ArticleUri(link.GetAttribute("href")) is { } url && IsElsewhere(url))
            {
                Offer(url.AbsoluteUri, 3);
                return;
            }
        }
    }

    public void FromSourceLine(IReadOnlyList<IElement> links, string text)
    {
        var strength = text.StartsWith("source", StringComparison.OrdinalIgnoreCase) || text.StartsWith("via", StringComparison.OrdinalIgnoreCase) ? 1 : 3;
        foreach (var link in links)
        {
            if (ArticleUri(link.GetAttribute("href")) is { } url && IsElsewhere(url))
            {
                Offer(url.AbsoluteUri, strength);
                return;
            }
            OriginalSite ??= HtmlTextOrNull(link);
        }
        if (links.Count == 0 && OriginalSite is null)
        {
            var colon = text.IndexOfAny([':', '：']);
            if (colon > 0 && colon < text.Length - 1)
                OriginalSite = text[(colon + 1)..].Trim();
        }
    }

    private static string? HtmlTextOrNull(IElement link)
    {
        var text = HtmlText.CollapsedTextOf(link);
        return text.Length > 0 ? text : null;
    }

    private void Offer(string url, int strength)
    {
        if (strength > _urlStrength)
        {
            OriginalUrl = url;
            _urlStrength = strength;
        }
    }

    private bool IsElsewhere(Uri url)
    {
        if (itemUrl is null)
            return true;
        // Canonical URLs on different hosts differ: the URLs are built only for a link to the item's own site.
        if (UrlCanonicalizer.CanonicalHost(url) != (_itemHost ??= UrlCanonicalizer.CanonicalHost(itemUrl)))
            return true;
        return UrlCanonicalizer.Canonicalize(url.AbsoluteUri) != (_itemCanonical ??= UrlCanonicalizer.Canonicalize(itemUrl));
    }

    /// <summary>A link to another article of the item's own site (not the item, not a home, section or tag page).</summary>
    public bool IsToOtherArticleHere(IElement link)
    {
        if (itemUrl is null || ArticleUri(link.GetAttribute("href")) is not { } url)
            return false;
        return UrlCanonicalizer.CanonicalHost(url) == (_itemHost ??= UrlCanonicalizer.CanonicalHost(itemUrl)) && IsElsewhere(url);
    }

    private static bool IsListingSegment(ReadOnlySpan<char> segment)
    {
        if (segment.Length > 10)
            return false; // longer than "categories"
        Span<char> lower = stackalloc char[segment.Length];
        segment.ToLowerInvariant(lower);
        return lower is "category" or "categories" or "tag" or "tags" or "author" or "topics" or "topic" or "section" or "feed" or "page" or "rubrik" or "rubrique";
    }

    private static bool HasDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
                return true;
        }
        return false;
    }

    /// <summary>
    /// The URL when it looks like an article, null when it is a home, category, tag or author page: those name a
    /// site, not an original.
    /// </summary>
    internal static Uri? ArticleUri(string? href)
    {
        if (href is null || !Uri.TryCreate(href, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
            return null;
        // The path's first segment and whether there are none, one or more (no array of them).
        var path = uri.AbsolutePath.AsSpan();
        var segments = 0;
        var first = ReadOnlySpan<char>.Empty;
        foreach (var range in path.Split('/'))
        {
            if (path[range].IsEmpty)
                continue;
            if (++segments > 1)
                break;
            first = path[range];
        }
        if (segments == 0 && string.IsNullOrEmpty(uri.Query.TrimStart('?')))
            return null;
        if (segments > 0 && IsListingSegment(first))
            return null;
        if (segments == 1 && !first.Contains('-') && !first.Contains('.') && !HasDigit(first))
            return null; // "/world", "/news": a section
        return uri;
    }
}
