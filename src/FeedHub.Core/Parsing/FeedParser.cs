using System.Net;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace FeedHub.Parsing;

/// <summary>
/// Bytes in, items out. Decodes with <see cref="FeedDecoder"/> (HTTP charset, BOM and XML declaration, which
/// CodeHollow.FeedReader never sees), keeps DTDs out with <see cref="DtdGuard"/>, drops characters XML forbids,
/// then lets CodeHollow.FeedReader parse the document and recognise the format. Each item is then read from the
/// element CodeHollow parsed, by <see cref="XmlFeedReader"/>, where the library loses data: content:encoded decoded
/// a second time, Atom xhtml flattened to text, dates parsed with the current culture. JSON Feed is read with
/// System.Text.Json (CodeHollow does not read it).
/// </summary>
public static class FeedParser
{
    public static ParsedFeed Parse(ReadOnlySpan<byte> body, string? contentType, Uri feedUrl)
    {
        if (body.IsEmpty)
            throw new FeedParseException("The response body is empty.");
        var (encoding, skip) = FeedDecoder.Detect(body, contentType);
        return ParseText(encoding.GetString(body[skip..]), feedUrl);
    }

    public static ParsedFeed ParseText(string text, Uri feedUrl)
    {
        var start = text.AsSpan().TrimStart('\uFEFF').TrimStart();
        if (start.Length > 0 && start[0] == '{')
            return JsonFeedParser.Parse(text, feedUrl);
        if (start.Length == 0 || start[0] != '<')
            throw new FeedParseException("The response is neither XML nor JSON.");
        if (LooksLikeHtml(start))
            throw new FeedParseException("The response is an HTML page, not a feed.");

        var xml = XmlCharacters.RemoveForbidden(DtdGuard.Apply(text));
        return XmlFeedReader.Read(ParseWithFeedReader(xml), feedUrl);
    }

    /// <summary>CodeHollow.FeedReader's parse; its document is where the items are read from.</summary>
    private static XDocument ParseWithFeedReader(string xml)
    {
        CodeHollow.FeedReader.Feed feed;
        try
        {
            feed = CodeHollow.FeedReader.FeedReader.ReadFromString(xml);
        }
        catch (Exception ex) when (ex is XmlException or CodeHollow.FeedReader.Parser.FeedTypeNotSupportedException
                                       or InvalidOperationException or ArgumentException or NullReferenceException or FormatException)
        {
            throw new FeedParseException($"Malformed feed: {ex.Message}", ex);
        }
        if (feed.Type == CodeHollow.FeedReader.FeedType.Unknown || feed.SpecificFeed?.Element?.Document is not { } document)
            throw new FeedParseException("The XML is not an RSS or Atom feed.");
        return document;
    }

    private static bool LooksLikeHtml(ReadOnlySpan<char> start)
    {
        var head = start[..Math.Min(start.Length, 512)].ToString();
        return head.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (head.Contains("<html", StringComparison.OrdinalIgnoreCase) && !head.Contains("<rss", StringComparison.OrdinalIgnoreCase)
                && !head.Contains("<feed", StringComparison.OrdinalIgnoreCase) && !head.Contains("<rdf", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The base of an element: its own and its ancestors' xml:base, over the document's URL.</summary>
    internal static Uri BaseOf(XElement element, Uri documentUrl)
    {
        var chain = element.AncestorsAndSelf().Select(e => (string?)e.Attribute(XNamespace.Xml + "base")).Where(b => b is not null).Reverse();
        var current = documentUrl;
        foreach (var value in chain)
        {
            if (Uri.TryCreate(current, value!.Trim(), out var next))
                current = next;
        }
        return current;
    }

    internal static string? Resolve(Uri baseUrl, string? href)
    {
        if (string.IsNullOrWhiteSpace(href))
            return null;
        href = href.Trim();
        return Uri.TryCreate(baseUrl, href, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps)
            ? absolute.AbsoluteUri
            : href;
    }

    /// <summary>Titles are text: markup and entities in them are reduced to characters.</summary>
    internal static string? TextOf(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var text = value.Contains('<', StringComparison.Ordinal) ? Cleaning.HtmlText.FromFragment(value) : value;
        text = WebUtility.HtmlDecode(text);
        return NullIfEmpty(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
    }

    internal static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
