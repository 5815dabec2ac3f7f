using System.Net;
using System.Xml.Linq;
using static FeedHub.Parsing.FeedParser;

namespace FeedHub.Parsing;

/// <summary>
/// Reads a loaded RSS 0.9x, RSS 1.0 (RDF) or Atom document: the format from the root element, the channel's
/// title, link and cadence hints, and each item from its own element (so nothing is decoded twice, Atom xhtml keeps
/// its markup, and dates are parsed with the invariant culture by <see cref="FeedDates"/>). Element names are
/// matched in the namespace the document actually uses, so an Atom feed that forgot its xmlns still reads.
/// </summary>
internal static class XmlFeedReader
{
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Sy = "http://purl.org/rss/1.0/modules/syndication/";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    public static ParsedFeed Read(XDocument document, Uri feedUrl)
    {
        var root = document.Root ?? throw new FeedParseException("The XML has no root element.");
        return root.Name.LocalName switch
        {
            "rss" => ReadRss(root, Child(root, "channel") ?? throw new FeedParseException("The RSS feed has no channel."), RssVersion(root), feedUrl),
            "RDF" => ReadRss(root, Child(root, "channel") ?? root, "rss-1.0", feedUrl),
            "feed" => ReadAtom(root, feedUrl),
            var other => throw new FeedParseException($"The XML is not an RSS or Atom feed (its root element is <{other}>)."),
        };
    }

    private static string RssVersion(XElement rss) => ((string?)rss.Attribute("version"))?.Trim() switch
    {
        "0.91" => "rss-0.91",
        "0.92" or "0.93" or "0.94" => "rss-0.92",
        _ => "rss-2.0", // 2.0, 2.0.1, or missing: read as 2.0, which every other version is a subset of
    };

    private static ParsedFeed ReadRss(XElement root, XElement channel, string format, Uri feedUrl)
    {
        var feedBase = BaseOf(channel, feedUrl);
        // RSS 0.9x and 2.0 keep items in the channel; RSS 1.0 puts them beside it.
        var items = Children(channel, "item").Concat(format == "rss-1.0" && channel != root ? Children(root, "item") : []);
        return new ParsedFeed
        {
            Title = TextOf(Child(channel, "title")?.Value),
            Link = NullIfEmpty(Child(channel, "link")?.Value.Trim()),
            Format = format,
            Items = items.Select(item => ReadRssItem(item, feedBase)).ToList(),
            Ttl = Minutes(Child(channel, "ttl")?.Value),
            UpdatePeriod = UpdatePeriod(channel),
        };
    }

    private static ParsedFeed ReadAtom(XElement feed, Uri feedUrl)
    {
        var ns = feed.Name.Namespace;
        var feedBase = BaseOf(feed, feedUrl);
        var links = feed.Elements(ns + "link").ToList();
        var alternate = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate");
        return new ParsedFeed
        {
            Title = TextOf(AtomText(feed.Element(ns + "title"))),
            Link = alternate is null ? null : Resolve(BaseOf(alternate, feedUrl), alternate.Attribute("href")?.Value),
            Format = "atom",
            Items = feed.Elements(ns + "entry").Select(entry => ReadAtomItem(entry, feedBase)).ToList(),
        };
    }

    private static XElement? Child(XElement parent, string localName) =>
        parent.Element(parent.Name.Namespace + localName) ?? parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static IEnumerable<XElement> Children(XElement parent, string localName) =>
        parent.Elements().Where(e => e.Name.LocalName == localName);

    private static ParsedItem ReadRssItem(XElement element, Uri feedBase)
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
        var date = element.Element(ns + "pubDate")?.Value ?? element.Element(Dc + "date")?.Value;
        return new ParsedItem
        {
            Guid = NullIfEmpty(guid),
            Link = NullIfEmpty(link),
            Title = TextOf(element.Element(ns + "title")?.Value),
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

    private static TimeSpan? Minutes(string? value) =>
        int.TryParse(value?.Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var m) && m > 0
            ? TimeSpan.FromMinutes(m)
            : null;

    private static TimeSpan? UpdatePeriod(XElement channel)
    {
        var period = channel.Element(Sy + "updatePeriod")?.Value.Trim().ToLowerInvariant();
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
        var frequency = int.TryParse(channel.Element(Sy + "updateFrequency")?.Value.Trim(), System.Globalization.CultureInfo.InvariantCulture, out var f) && f > 0 ? f : 1;
        return unit.Value / frequency;
    }
}
