using System.Xml;
using System.Xml.Linq;

namespace FeedHub.Feeds;

/// <summary>A feed as an OPML outline carries it.</summary>
public sealed record OpmlFeed(string Url, string? Title, string? Category);

/// <summary>Reads and writes OPML 2.0 subscription lists (nested outlines become categories).</summary>
public static class Opml
{
    public static IReadOnlyList<OpmlFeed> Read(Stream stream)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 64L * 1024 * 1024 };
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(stream, settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            throw new FormatException($"Not a readable OPML file: {ex.Message}", ex);
        }
        var body = document.Root?.Element("body") ?? throw new FormatException("Not an OPML file: no <body>.");
        var feeds = new List<OpmlFeed>();
        Walk(body, null, feeds);
        return feeds;
    }

    private static void Walk(XElement parent, string? category, List<OpmlFeed> feeds)
    {
        foreach (var outline in parent.Elements("outline"))
        {
            var url = (string?)outline.Attribute("xmlUrl") ?? (string?)outline.Attribute("xmlurl") ?? (string?)outline.Attribute("url");
            var title = (string?)outline.Attribute("title") ?? (string?)outline.Attribute("text");
            if (!string.IsNullOrWhiteSpace(url))
                feeds.Add(new OpmlFeed(url.Trim(), string.IsNullOrWhiteSpace(title) ? null : title.Trim(), category ?? (string?)outline.Attribute("category")));
            if (outline.HasElements)
                Walk(outline, title ?? category, feeds);
        }
    }

    public static void Write(Stream stream, string title, IEnumerable<OpmlFeed> feeds, DateTimeOffset created)
    {
        var body = new XElement("body");
        foreach (var group in feeds.GroupBy(f => f.Category))
        {
            var outlines = group.Select(f => new XElement("outline",
                new XAttribute("type", "rss"),
                new XAttribute("text", f.Title ?? f.Url),
                new XAttribute("title", f.Title ?? f.Url),
                new XAttribute("xmlUrl", f.Url)));
            if (group.Key is null)
                body.Add(outlines);
            else
                body.Add(new XElement("outline", new XAttribute("text", group.Key), new XAttribute("title", group.Key), outlines));
        }
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement("opml", new XAttribute("version", "2.0"),
                new XElement("head", new XElement("title", title), new XElement("dateCreated", created.ToString("r", System.Globalization.CultureInfo.InvariantCulture))),
                body));
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) });
        document.Save(writer);
    }
}
