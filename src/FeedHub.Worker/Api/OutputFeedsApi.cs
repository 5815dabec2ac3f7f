using FeedHub.Publishing;
using FeedHub.Storage;

namespace FeedHub.Worker.Api;

/// <summary>
/// The de-duplicated clean stream as feeds: all representatives, one feed's articles, one story's copies; Atom 1.0
/// and JSON Feed 1.1, with ETag / Last-Modified for conditional GET.
/// </summary>
public static class OutputFeedsApi
{
    public const int EntriesPerFeed = 50;

    public static IEndpointRouteBuilder MapOutputFeeds(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/feeds").WithTags("Output feeds");
        group.MapGet("/all.atom", (HttpContext http, IArticleReader reader, CancellationToken ct) =>
            RenderAsync(http, reader, "atom", "FeedHub: all stories", "all", null, null, true, ct));
        group.MapGet("/all.json", (HttpContext http, IArticleReader reader, CancellationToken ct) =>
            RenderAsync(http, reader, "json", "FeedHub: all stories", "all", null, null, true, ct));
        group.MapGet("/feed/{id:long}.{format:regex(^(atom|json)$)}", async (HttpContext http, long id, string format, IArticleReader reader, IFeedStore feeds, CancellationToken ct) =>
            await feeds.GetFeedAsync(id, ct) is { } feed
                ? await RenderAsync(http, reader, format, $"FeedHub: {feed.Title ?? feed.Url}", $"feed/{id}", id, null, false, ct)
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such feed", detail: $"No feed has id {id}."));
        group.MapGet("/story/{id:long}.{format:regex(^(atom|json)$)}", async (HttpContext http, long id, string format, IArticleReader reader, CancellationToken ct) =>
            await reader.GetStoryAsync(id, ct) is not null
                ? await RenderAsync(http, reader, format, $"FeedHub: story {id}", $"story/{id}", null, id, false, ct)
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such story", detail: $"No story has id {id}."));
        return app;
    }

    private static async Task<IResult> RenderAsync(HttpContext http, IArticleReader reader, string format, string title, string key,
        long? feedId, long? storyId, bool representativesOnly, CancellationToken cancellationToken)
    {
        var articles = await reader.LatestArticlesAsync(feedId, storyId, representativesOnly, EntriesPerFeed, cancellationToken);
        var updated = articles.Count == 0 ? DateTimeOffset.UnixEpoch : articles.Max(a => a.UpdatedAt == default ? a.FetchedAt : a.UpdatedAt);
        var self = new Uri($"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{http.Request.Path}");
        var header = new OutputFeed(title, self, null, $"tag:feedhub,2026:{key}", updated);
        using var buffer = new MemoryStream();
        using (var writer = Create(format, buffer, header))
        {
            foreach (var article in articles)
                writer.WriteEntry(article);
            writer.Complete();
        }
        var contentType = format == "atom" ? "application/atom+xml; charset=utf-8" : "application/feed+json; charset=utf-8";
        return Conditional.Bytes(http, buffer.GetBuffer().AsMemory(0, (int)buffer.Length), contentType, updated);
    }

    public static IOutputFeedWriter Create(string format, Stream stream, OutputFeed header) =>
        format == "atom" ? new AtomFeedWriter(stream, header) : new JsonFeedWriter(stream, header);
}
