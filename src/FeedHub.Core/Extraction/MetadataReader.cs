using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using FeedHub.Cleaning;

namespace FeedHub.Extraction;

/// <summary>Reads <see cref="PageMetadata"/> from a parsed page: JSON-LD first, then Open Graph, then plain meta tags.</summary>
internal static class MetadataReader
{
    public static PageMetadata Read(IDocument document, Uri pageUrl)
    {
        var meta = MetaTags(document);
        var jsonLd = JsonLdReader.Read(document.QuerySelectorAll("script[type]").Where(s => s.GetAttribute("type")!.Trim().Equals("application/ld+json", StringComparison.OrdinalIgnoreCase)).Select(s => s.TextContent));

        string? Meta(params string[] keys) => keys.Select(k => meta.GetValueOrDefault(k)).FirstOrDefault(v => v is not null);

        var canonical = document.QuerySelector("link[rel~='canonical' i][href]")?.GetAttribute("href")
            ?? Meta("og:url") ?? jsonLd?.Url;

        return new PageMetadata
        {
            Title = Clean(jsonLd?.Headline ?? Meta("og:title", "twitter:title", "dc.title") ?? document.Title),
            Author = Clean(jsonLd?.Author ?? Meta("author", "article:author", "dc.creator", "byl", "parsely-author")
                ?.Let(a => a.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? null : a)
                ?? document.QuerySelector("[itemprop~='author'] [itemprop~='name'], a[rel~='author']")?.TextContent),
            PublishedAt = Date(jsonLd?.DatePublished) ?? Date(Meta("article:published_time", "og:published_time",
                "datepublished", "pubdate", "publishdate", "date", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date"))
                ?? Date(document.QuerySelector("[itemprop~='datePublished']")?.Let(e => e.GetAttribute("content") ?? e.GetAttribute("datetime")))
                ?? Date(document.QuerySelector("time[datetime]")?.GetAttribute("datetime")),
            CanonicalUrl = Absolute(canonical, pageUrl),
            SiteName = Clean(Meta("og:site_name", "application-name") ?? jsonLd?.Publisher),
            ArticleBody = jsonLd?.ArticleBody is { } body ? WebUtility.HtmlDecode(body) : null,
            Description = Clean(Meta("og:description", "description", "twitter:description")),
        };
    }

    /// <summary>name/property/itemprop → content, first occurrence wins, keys lower-cased.</summary>
    private static Dictionary<string, string> MetaTags(IDocument document)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in document.QuerySelectorAll("meta[content]"))
        {
            var content = element.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content))
                continue;
            foreach (var attribute in (string[])["property", "name", "itemprop"])
                if (element.GetAttribute(attribute) is { Length: > 0 } key)
                    tags.TryAdd(key.Trim().ToLowerInvariant(), content.Trim());
        }
        return tags;
    }

    private static string? Clean(string? text)
    {
        if (text is null)
            return null;
        var collapsed = HtmlText.Collapse(WebUtility.HtmlDecode(text));
        return collapsed.Length == 0 ? null : collapsed;
    }

    internal static DateTimeOffset? Date(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        return DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var date) ? date : null;
    }

    private static string? Absolute(string? url, Uri pageUrl)
    {
        if (string.IsNullOrWhiteSpace(url))
            return null;
        return Uri.TryCreate(pageUrl, url.Trim(), out var absolute) && absolute.Scheme is "http" or "https"
            ? absolute.AbsoluteUri
            : null;
    }

    private static TResult? Let<T, TResult>(this T value, Func<T, TResult?> map) => map(value);
}
