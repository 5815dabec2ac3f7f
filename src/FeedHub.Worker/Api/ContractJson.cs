using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using FeedHub.Storage;

namespace FeedHub.Worker.Api;

/// <summary>The feed shape of the Contract (`feeds list --format json`, `/api/feeds`).</summary>
public sealed record FeedJson(
    long Id, string Url, string? Title, bool Enabled, string Status, int? LastStatusCode, string? LastError,
    int ErrorCount, DateTimeOffset? LastPolledAt, DateTimeOffset? NextPollAt, string? DisabledReason, bool? FullText)
{
    /// <summary>The Contract's keys, then <c>fullText</c>: the feed's own full-text setting (null: it inherits).</summary>
    public static FeedJson From(FeedRecord f) => new(
        f.Id, f.Url, f.Title, f.Enabled, f.Enabled ? f.Status : FeedStatus.Disabled, f.LastStatusCode, f.LastError,
        f.ErrorCount, f.LastPolledAt, f.NextPollAt, f.DisabledReason, f.FullText);
}

/// <summary>The article shape of the Contract (export line, `/api/articles`).</summary>
public sealed record ArticleJson(
    long Id, string FeedUrl, string? Guid, string? Url, string? CanonicalUrl, string? Title, string? Author,
    DateTimeOffset? PublishedAt, DateTimeOffset FetchedAt, string ContentHtml, string ContentText, long StoryId,
    bool IsRepresentative, string? OriginalUrl, string? DuplicateReason, double? Similarity)
{
    /// <summary>contentHtml / contentText carry the whole article: the page's full text when fetched, else the feed's content.</summary>
    public static ArticleJson From(ArticleRecord a) => new(
        a.Id, a.FeedUrl, a.Guid, a.Url, a.CanonicalUrl, a.Title, a.Author, a.PublishedAt, a.FetchedAt, a.ArticleHtml,
        a.ArticleText, a.StoryId, a.IsRepresentative, a.OriginalUrl, a.DuplicateReason, a.Similarity);
}

public static class ContractJson
{
    /// <summary>camelCase, nulls written (the Contract lists every field), no HTML escaping of text.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static readonly JsonSerializerOptions Indented = new(Options) { WriteIndented = true };
}
