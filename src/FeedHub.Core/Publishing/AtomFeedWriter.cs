using System.Globalization;
using System.Xml;
using FeedHub.Storage;

namespace FeedHub.Publishing;

/// <summary>Atom 1.0 (RFC 4287) of clean articles: one entry per article, its clean HTML as content.</summary>
public sealed class AtomFeedWriter : IOutputFeedWriter
{
    private const string Ns = "http://www.w3.org/2005/Atom";
    private readonly XmlWriter _writer;

    public AtomFeedWriter(Stream stream, OutputFeed feed)
    {
        _writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), Indent = true });
        WriteHeader(_writer, feed);
    }

    public void WriteEntry(ArticleRecord article) => WriteEntry(_writer, article);

    public void Complete()
    {
        _writer.WriteEndElement();
        _writer.WriteEndDocument();
        _writer.Flush();
    }

    public void Dispose() => _writer.Dispose();

    private static void WriteHeader(XmlWriter writer, OutputFeed feed)
    {
        writer.WriteStartDocument();
        writer.WriteStartElement("feed", Ns);
        writer.WriteElementString("id", Ns, feed.Id);
        writer.WriteElementString("title", Ns, feed.Title);
        writer.WriteElementString("updated", Ns, Rfc3339(feed.Updated));
        Link(writer, "self", feed.SelfUrl.AbsoluteUri, "application/atom+xml");
        if (feed.HomeUrl is not null)
            Link(writer, "alternate", feed.HomeUrl.AbsoluteUri, "text/html");
        writer.WriteStartElement("generator", Ns);
        writer.WriteAttributeString("uri", "https://github.com/feedhub/feedhub");
        writer.WriteString("FeedHub");
        writer.WriteEndElement();
        // Atom requires an author for the feed when an entry has none.
        writer.WriteStartElement("author", Ns);
        writer.WriteElementString("name", Ns, "FeedHub");
        writer.WriteEndElement();
    }

    private static void WriteEntry(XmlWriter writer, ArticleRecord article)
    {
        writer.WriteStartElement("entry", Ns);
        writer.WriteElementString("id", Ns, EntryId(article));
        writer.WriteElementString("title", Ns, Clean(article.Title ?? "(untitled)"));
        writer.WriteElementString("updated", Ns, Rfc3339(article.UpdatedAt == default ? article.FetchedAt : article.UpdatedAt));
        if (article.PublishedAt is { } published)
            writer.WriteElementString("published", Ns, Rfc3339(published));
        if (article.Url is { } url)
            Link(writer, "alternate", url, "text/html");
        if (article.OriginalUrl is { } original && original != article.CanonicalUrl)
            Link(writer, "via", original, "text/html");
        if (!string.IsNullOrWhiteSpace(article.Author))
        {
            writer.WriteStartElement("author", Ns);
            writer.WriteElementString("name", Ns, Clean(article.Author));
            writer.WriteEndElement();
        }
        writer.WriteStartElement("content", Ns);
        writer.WriteAttributeString("type", "html");
        writer.WriteString(Clean(article.ArticleHtml));
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    /// <summary>A stable entry id: the story's, so every copy of one article is one entry to feed readers.</summary>
    public static string EntryId(ArticleRecord article) => $"tag:feedhub,2026:story/{article.StoryId.ToString(CultureInfo.InvariantCulture)}";

    private static void Link(XmlWriter writer, string rel, string href, string type)
    {
        writer.WriteStartElement("link", Ns);
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("type", type);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }

    private static string Rfc3339(DateTimeOffset value) => value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Drops characters XML 1.0 cannot carry (control characters from broken feeds).</summary>
    private static string Clean(string text) =>
        text.Any(c => !XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c)) ? new string(text.Where(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)).ToArray()) : text;
}
