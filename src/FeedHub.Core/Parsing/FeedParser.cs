using System.Net;
using System.Xml;
using System.Xml.Linq;
using CodeHollow.FeedReader;
using CodeHollow.FeedReader.Feeds;

namespace FeedHub.Parsing;

/// <summary>
/// Bytes in, items out: decodes with <see cref="FeedDecoder"/>, keeps DTDs out with <see cref="DtdGuard"/>, lets
/// CodeHollow.FeedReader recognise the format and find the items, and reads each item's XML element itself where
/// the library loses data (content:encoded decoded twice, Atom xhtml flattened, culture-dependent dates).
/// JSON Feed is read with System.Text.Json.
/// </summary>
public static class FeedParser
{
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Sy = "http://purl.org/rss/1.0/modules/syndication/";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    public static ParsedFeed Parse(ReadOnlySpan<byte> body, string? contentType, Uri feedUrl)
    {
        if (body.IsEmpty)
            throw new FeedParseException("The response body is empty.");
        var text = FeedDecoder.Decode(body, contentType);
        return ParseText(text, feedUrl);
    }

    public static ParsedFeed ParseText(string text, Uri feedUrl)
    {
        var start = text.AsSpan().TrimStart();
        if (start.Length > 0 && start[0] == '{')
            return JsonFeedParser.Parse(text, feedUrl);
        if (start.Length == 0 || start[0] != '<')
            throw new FeedParseException("The response is neither XML nor JSON.");
        if (LooksLikeHtml(start))
            throw new FeedParseException("The response is an HTML page, not a feed.");

        var xml = DtdGuard.Apply(text);
        Feed feed;
        try
        {
            feed = FeedReader.ReadFromString(xml);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The library throws whatever its code hits on malformed input (XmlException, NullReferenceException,
            // FormatException, its own FeedTypeNotSupportedException...): all of it means "not a readable feed".
            throw new FeedParseException($"Malformed feed: {ex.Message}", ex);
        }
        if (feed.Type == FeedType.Unknown || feed.SpecificFeed?.Element is null)
            throw new FeedParseException("The XML is not an RSS or Atom feed.");

        var channel = feed.SpecificFeed.Element;
        var feedBase = BaseOf(channel, feedUrl);
        var items = new List<ParsedItem>(feed.Items.Count);
        foreach (var item in feed.Items)
        {
            if (item.SpecificItem?.Element is not { } element)
                continue;
            items.Add(feed.Type == FeedType.Atom ? ReadAtomItem(element, feedBase) : ReadRssItem(element, item, feedBase));
        }

        return new ParsedFeed
        {
            Title = TextOf(feed.Title),
            Link = feed.Link,
            Format = FormatName(feed.Type),
            Items = items,
            Ttl = feed.Type == FeedType.Atom ? null : Minutes(ChannelElement(channel)?.Element("ttl")?.Value),
            UpdatePeriod = UpdatePeriod(ChannelElement(channel)),
        };
    }

    private static bool LooksLikeHtml(ReadOnlySpan<char> start)
    {
        var head = start[..Math.Min(start.Length, 512)].ToString();
        return head.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (head.Contains("<html", StringComparison.OrdinalIgnoreCase) && !head.Contains("<rss", StringComparison.OrdinalIgnoreCase)
                && !head.Contains("<feed", StringComparison.OrdinalIgnoreCase) && !head.Contains("<rdf", StringComparison.OrdinalIgnoreCase));
    }

    private static XElement? ChannelElement(XElement root) =>
        root.Name.LocalName == "channel" ? root : root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel") ?? root;

    private static ParsedItem ReadRssItem(XElement element, FeedItem item, Uri feedBase)
    {
        // RSS 0.9x and 2.0 items have no namespace, RSS 1.0 items are in the RSS 1.0 one: read the item's own.
        var ns = element.Name.Namespace;
        var baseUrl = BaseOf(element, feedBase);
        var link = Resolve(baseUrl, element.Element(ns + "link")?.Value ?? element.Element(Atom + "link")?.Attribute("href")?.Value);
        var guidElement = element.Element(ns + "guid");
        var guid = guidElement?.Value.Trim() ?? element.Attribute(Rdf + "about")?.Value.Trim();
        if (string.IsNullOrEmpty(link) && guidElement is not null
            && !string.Equals(guidElement.Attribute("isPermaLink")?.Value, "false", StringComparison.OrdinalIgnoreCase))
            link = Resolve(baseUrl, guidElement.Value);
        var date = element.Element(ns + "pubDate")?.Value ?? element.Element(Dc + "date")?.Value ?? item.PublishingDateString;
        return new ParsedItem
        {
            Guid = NullIfEmpty(guid),
            Link = NullIfEmpty(link),
            Title = TextOf(element.Element(ns + "title")?.Value ?? item.Title),
            Author = NullIfEmpty((element.Element(Dc + "creator")?.Value ?? element.Element(ns + "author")?.Value)?.Trim()),
            PublishedAt = FeedDates.Parse(date),
            ContentHtml = NullIfEmpty(element.Element(Content + "encoded")?.Value),
            SummaryHtml = NullIfEmpty(element.Element(ns + "description")?.Value ?? element.Element(Dc + "description")?.Value),
            BaseUrl = Uri.TryCreate(link, UriKind.Absolute, out var itemUrl) ? itemUrl : baseUrl,
        };
    }

    private static ParsedItem ReadAtomItem(XElement entry, Uri feedBase)
    {
        // Atom elements are in the Atom namespace; a feed that forgot the xmlns is read the same way.
        var ns = entry.Name.Namespace;
        var baseUrl = BaseOf(entry, feedBase);
        var links = entry.Elements(ns + "link").ToList();
        var alternate = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate") ?? links.FirstOrDefault();
        var link = Resolve(BaseOf(alternate ?? entry, feedBase), alternate?.Attribute("href")?.Value);
        var published = entry.Element(ns + "published")?.Value ?? entry.Element(ns + "issued")?.Value;
        var updated = entry.Element(ns + "updated")?.Value ?? entry.Element(ns + "modified")?.Value;
        var content = entry.Element(ns + "content");
        return new ParsedItem
        {
            Guid = NullIfEmpty(entry.Element(ns + "id")?.Value.Trim()),
            Link = NullIfEmpty(link),
            Title = TextOf(AtomText(entry.Element(ns + "title"))),
            Author = NullIfEmpty(entry.Element(ns + "author")?.Element(ns + "name")?.Value.Trim()),
            PublishedAt = FeedDates.Parse(published) ?? FeedDates.Parse(updated),
            UpdatedAt = FeedDates.Parse(updated),
            ContentHtml = content?.Attribute("src") is null ? NullIfEmpty(AtomText(content)) : null,
            SummaryHtml = NullIfEmpty(AtomText(entry.Element(ns + "summary"))),
            BaseUrl = content is not null ? BaseOf(content, feedBase) : baseUrl,
        };
    }

    /// <summary>An Atom text construct as HTML: xhtml keeps its markup, text is escaped, html is taken as is.</summary>
    private static string? AtomText(XElement? element)
    {
        if (element is null)
            return null;
        var type = ((string?)element.Attribute("type"))?.Trim().ToLowerInvariant();
        switch (type)
        {
            case "xhtml":
                var div = element.Elements().FirstOrDefault(e => e.Name.LocalName == "div") ?? element;
                var writer = new System.Text.StringBuilder();
                foreach (var node in div.Nodes())
                    writer.Append(StripXhtmlNamespace(node.ToString(SaveOptions.DisableFormatting)));
                return writer.ToString();
            case "html" or "text/html":
                return element.Value;
            case null or "" or "text" or "text/plain":
                return WebUtility.HtmlEncode(element.Value);
            default:
                return element.Value;
        }
    }

    private static string StripXhtmlNamespace(string markup) =>
        markup.Replace(" xmlns=\"http://www.w3.org/1999/xhtml\"", "", StringComparison.Ordinal);

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

    private static TimeSpan? Minutes(string? value) =>
        int.TryParse(value?.Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var m) && m > 0
            ? TimeSpan.FromMinutes(m)
            : null;

    private static TimeSpan? UpdatePeriod(XElement? channel)
    {
        var period = channel?.Element(Sy + "updatePeriod")?.Value.Trim().ToLowerInvariant();
        if (period is null)
            return null;
        var unit = period switch
        {
            "hourly" => TimeSpan.FromHours(1),
            "daily" => TimeSpan.FromDays(1),
            "weekly" => TimeSpan.FromDays(7),
            "monthly" => TimeSpan.FromDays(30),
            "yearly" => TimeSpan.FromDays(365),
            _ => (TimeSpan?)null,
        };
        if (unit is null)
            return null;
        var frequency = int.TryParse(channel!.Element(Sy + "updateFrequency")?.Value.Trim(), System.Globalization.CultureInfo.InvariantCulture, out var f) && f > 0 ? f : 1;
        return unit.Value / frequency;
    }

    private static string FormatName(FeedType type) => type switch
    {
        FeedType.Atom => "atom",
        FeedType.Rss_0_91 => "rss-0.91",
        FeedType.Rss_0_92 => "rss-0.92",
        FeedType.Rss_1_0 => "rss-1.0",
        FeedType.Rss_2_0 or FeedType.MediaRss => "rss-2.0", // the library calls RSS 2.0 with Media RSS elements MediaRss
        _ => "rss",
    };

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
