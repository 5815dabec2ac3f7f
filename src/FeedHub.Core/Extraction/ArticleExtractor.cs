using AngleSharp.Html.Parser;

namespace FeedHub.Extraction;

/// <summary>
/// Extracts the main content of a web page, with the title, author, date, canonical URL and site name its metadata
/// gives. One AngleSharp parse per page; safe to call from many threads (one parser per thread). Returns null —
/// "no content" — for pages without an article, pages over the size limit, markup nested absurdly deep and bodies
/// that are not HTML; bad input never throws.
/// </summary>
public sealed class ArticleExtractor
{
    private static readonly ThreadLocal<HtmlParser> Parsers = new(() => new HtmlParser(new HtmlParserOptions
    {
        IsScripting = false,
    }));

    private readonly ExtractionOptions _options;

    public ArticleExtractor(ExtractionOptions options) => _options = options;

    public ArticleExtractor() : this(new ExtractionOptions()) { }

    /// <summary>Extracts from a page's body as fetched: decoded by its BOM, HTTP charset or meta charset.</summary>
    public ExtractedArticle? Extract(ReadOnlySpan<byte> body, string? contentType, Uri pageUrl)
    {
        if (body.Length > _options.MaxPageSize || !PageSniffer.MayBeHtml(body, contentType))
            return null;
        return Extract(PageDecoder.Decode(body, contentType), pageUrl);
    }

    public ExtractedArticle? Extract(string html, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(pageUrl);
        if (string.IsNullOrEmpty(html) || html.Length > _options.MaxPageSize || !PageSniffer.MayBeHtml(html)
            || PageSniffer.NestsDeeperThan(html, _options.MaxNesting))
            return null;

        var document = Parsers.Value!.ParseDocument(html);
        if (document.Body is not { } body || document.All.Length > _options.MaxElements)
            return null;
        var metadata = MetadataReader.Read(document, pageUrl);
        var blocks = BlockSegmenter.Segment(body);
        var selection = ContentSelector.Select(blocks, metadata, _options.MinArticleLength);
        var keptLength = selection?.Kept.Sum(b => b.Length) ?? 0;
        var (text, articleHtml) = DeclaredBodyIsFuller(metadata.ArticleBody, keptLength) is { } declared
            ? declared
            : keptLength >= _options.MinArticleLength
                ? (string.Join('\n', selection!.Kept.Select(b => b.Text)), ArticleHtml.Build(selection, pageUrl))
                : default;
        if (text is null || articleHtml is null)
            return null;

        return new ExtractedArticle
        {
            Title = metadata.Title,
            Author = metadata.Author,
            PublishedAt = metadata.PublishedAt,
            CanonicalUrl = metadata.CanonicalUrl,
            SiteName = metadata.SiteName,
            Text = text,
            Html = articleHtml,
        };
    }

    /// <summary>
    /// When the page's markup holds much less than its JSON-LD articleBody (the text is rendered by script, or
    /// hidden behind a "show more"), the declared body is the better article.
    /// </summary>
    private static (string Text, string Html)? DeclaredBodyIsFuller(string? articleBody, int keptLength)
    {
        if (articleBody is null)
            return null;
        var paragraphs = articleBody.Split('\n').Select(Cleaning.HtmlText.Collapse).Where(p => p.Length > 0).ToList();
        var length = paragraphs.Sum(p => p.Count(c => !char.IsWhiteSpace(c)));
        if (length < 500 || keptLength * 2 >= length)
            return null;
        return (string.Join('\n', paragraphs), string.Concat(paragraphs.Select(p => "<p>" + System.Net.WebUtility.HtmlEncode(p) + "</p>")));
    }
}
