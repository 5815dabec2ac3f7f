using System.Text.Encodings.Web;
using System.Text.Json;
using FeedHub.Storage;

namespace FeedHub.Worker.Api;

/// <summary>
/// Writes the Contract's article shape (export line, `/api/articles`) straight to UTF-8: the same bytes as
/// <see cref="System.Text.Json.JsonSerializer"/> over <see cref="ArticleJson"/> with <see cref="ContractJson.Options"/>
/// (same keys in the same order, nulls written, relaxed escaping, the same date and number formats), without the
/// intermediate record, the reflection-driven converter or a UTF-16 string per line.
/// </summary>
internal static class ArticleJsonWriter
{
    /// <summary>The escaping of <see cref="ContractJson.Options"/>; no validation (the writer's calls are fixed).</summary>
    public static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private static readonly JsonEncodedText Id = Name("id"), FeedUrl = Name("feedUrl"), Guid = Name("guid"), Url = Name("url"),
        CanonicalUrl = Name("canonicalUrl"), Title = Name("title"), Author = Name("author"), PublishedAt = Name("publishedAt"),
        FetchedAt = Name("fetchedAt"), ContentHtml = Name("contentHtml"), ContentText = Name("contentText"), StoryId = Name("storyId"),
        IsRepresentative = Name("isRepresentative"), OriginalUrl = Name("originalUrl"), DuplicateReason = Name("duplicateReason"),
        Similarity = Name("similarity"), Items = Name("items"), NextCursor = Name("nextCursor");

    /// <summary>One article as a JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, ArticleRecord a)
    {
        writer.WriteStartObject();
        writer.WriteNumber(Id, a.Id);
        writer.WriteString(FeedUrl, a.FeedUrl);
        writer.WriteString(Guid, a.Guid);
        writer.WriteString(Url, a.Url);
        writer.WriteString(CanonicalUrl, a.CanonicalUrl);
        writer.WriteString(Title, a.Title);
        writer.WriteString(Author, a.Author);
        if (a.PublishedAt is { } published)
            writer.WriteString(PublishedAt, published);
        else
            writer.WriteNull(PublishedAt);
        writer.WriteString(FetchedAt, a.FetchedAt);
        writer.WriteString(ContentHtml, a.ArticleHtml);
        writer.WriteString(ContentText, a.ArticleText);
        writer.WriteNumber(StoryId, a.StoryId);
        writer.WriteBoolean(IsRepresentative, a.IsRepresentative);
        writer.WriteString(OriginalUrl, a.OriginalUrl);
        writer.WriteString(DuplicateReason, a.DuplicateReason);
        if (a.Similarity is { } similarity)
            writer.WriteNumber(Similarity, similarity);
        else
            writer.WriteNull(Similarity);
        writer.WriteEndObject();
    }

    /// <summary>
    /// One article read as UTF-8 (the jsonl export): the same bytes as <see cref="Write(Utf8JsonWriter, ArticleRecord)"/>
    /// for the same article, the text escaped straight from the store's bytes.
    /// </summary>
    public static void Write(Utf8JsonWriter writer, in ArticleUtf8Row a)
    {
        writer.WriteStartObject();
        writer.WriteNumber(Id, a.Id);
        writer.WriteString(FeedUrl, a.FeedUrl.Span);
        Text(writer, Guid, a.Guid);
        Text(writer, Url, a.Url);
        Text(writer, CanonicalUrl, a.CanonicalUrl);
        Text(writer, Title, a.Title);
        Text(writer, Author, a.Author);
        if (a.PublishedAt is { } published)
            writer.WriteString(PublishedAt, published);
        else
            writer.WriteNull(PublishedAt);
        writer.WriteString(FetchedAt, a.FetchedAt);
        writer.WriteString(ContentHtml, a.ContentHtml.Span);
        writer.WriteString(ContentText, a.ContentText.Span);
        writer.WriteNumber(StoryId, a.StoryId);
        writer.WriteBoolean(IsRepresentative, a.IsRepresentative);
        Text(writer, OriginalUrl, a.OriginalUrl);
        Text(writer, DuplicateReason, a.DuplicateReason);
        if (a.Similarity is { } similarity)
            writer.WriteNumber(Similarity, similarity);
        else
            writer.WriteNull(Similarity);
        writer.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter writer, JsonEncodedText name, ReadOnlyMemory<byte>? utf8)
    {
        if (utf8 is { } value)
            writer.WriteString(name, value.Span);
        else
            writer.WriteNull(name);
    }

    /// <summary>A page of `/api/articles`: <c>{"items":[…],"nextCursor":…}</c> (<see cref="ArticlePageJson"/>).</summary>
    public static void WritePage(Utf8JsonWriter writer, IReadOnlyList<ArticleRecord> items, string? nextCursor)
    {
        writer.WriteStartObject();
        writer.WriteStartArray(Items);
        foreach (var item in items)
            Write(writer, item);
        writer.WriteEndArray();
        writer.WriteString(NextCursor, nextCursor);
        writer.WriteEndObject();
    }

    private static JsonEncodedText Name(string name) => JsonEncodedText.Encode(name, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
}
