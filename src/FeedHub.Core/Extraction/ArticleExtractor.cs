using AngleSharp.Html.Parser;

namespace FeedHub.Extraction;

/// <summary>
/// Extracts the main content of a web page, with the title, author, date, canonical URL and site name its metadata
/// gives. One AngleSharp parse per page; safe to call from many threads (one parser per thread). Returns null —
/// "no content" — for pages without an article, pages over the size limit and bodies that are not HTML; bad input
/// never throws.
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
        if (string.IsNullOrEmpty(html) || html.Length > _options.MaxPageSize || !PageSniffer.MayBeHtml(html))
            return null;

        var document = Parsers.Value!.ParseDocument(html);
        if (document.Body is not { } body || document.All.Length > _options.MaxElements)
            return null;
        var metadata = MetadataReader.Read(document, pageUrl);
        var blocks = BlockSegmenter.Segment(body);
        var selection = ContentSelector.Select(blocks, metadata, _options.MinArticleLength);
        if (selection is null || selection.Kept.Sum(b => b.Length) < _options.MinArticleLength)
            return null;

        return new ExtractedArticle
        {
            Title = metadata.Title,
            Author = metadata.Author,
            PublishedAt = metadata.PublishedAt,
            CanonicalUrl = metadata.CanonicalUrl,
            SiteName = metadata.SiteName,
            Text = string.Join('\n', selection.Kept.Select(b => b.Text)),
            Html = ArticleHtml.Build(selection, pageUrl),
        };
    }
}
