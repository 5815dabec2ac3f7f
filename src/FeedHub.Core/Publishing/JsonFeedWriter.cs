using System.Text.Json;
using FeedHub.Storage;

namespace FeedHub.Publishing;

/// <summary>JSON Feed 1.1 (https://jsonfeed.org/version/1.1) of clean articles.</summary>
public sealed class JsonFeedWriter : IOutputFeedWriter
{
    private readonly Utf8JsonWriter _writer;

    public JsonFeedWriter(Stream stream, OutputFeed feed)
    {
        _writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        WriteHeader(_writer, feed);
    }

    public void WriteEntry(ArticleRecord article)
    {
        WriteItem(_writer, article);
        if (_writer.BytesPending > 64 * 1024)
            _writer.Flush();
    }

    public void Complete()
    {
        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.Flush();
    }

    public void Dispose() => _writer.Dispose();

    private static void WriteHeader(Utf8JsonWriter writer, OutputFeed feed)
    {
        writer.WriteStartObject();
        writer.WriteString("version", "https://jsonfeed.org/version/1.1");
        writer.WriteString("title", feed.Title);
        if (feed.HomeUrl is not null)
            writer.WriteString("home_page_url", feed.HomeUrl.AbsoluteUri);
        writer.WriteString("feed_url", feed.SelfUrl.AbsoluteUri);
        writer.WriteStartArray("items");
    }

    private static void WriteItem(Utf8JsonWriter writer, ArticleRecord article)
    {
        writer.WriteStartObject();
        writer.WriteString("id", AtomFeedWriter.EntryId(article));
        if (article.Url is not null)
            writer.WriteString("url", article.Url);
        if (article.OriginalUrl is not null && article.OriginalUrl != article.CanonicalUrl)
            writer.WriteString("external_url", article.OriginalUrl);
        writer.WriteString("title", article.Title ?? "");
        writer.WriteString("content_html", article.ArticleHtml);
        writer.WriteString("content_text", article.ArticleText);
        if (article.PublishedAt is { } published)
            writer.WriteString("date_published", published.ToUniversalTime());
        writer.WriteString("date_modified", (article.UpdatedAt == default ? article.FetchedAt : article.UpdatedAt).ToUniversalTime());
        if (!string.IsNullOrWhiteSpace(article.Author))
        {
            writer.WriteStartArray("authors");
            writer.WriteStartObject();
            writer.WriteString("name", article.Author);
            writer.WriteEndObject();
            writer.WriteEndArray();
        }
        writer.WriteStartObject("_feedhub");
        writer.WriteNumber("article_id", article.Id);
        writer.WriteNumber("story_id", article.StoryId);
        writer.WriteString("feed_url", article.FeedUrl);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
