using System.Globalization;
using FeedHub.Storage;
using FeedHub.Storage.Relational;

namespace FeedHub.Worker.Api;

/// <summary>A page of articles and where the next one starts.</summary>
public sealed record ArticlePageJson(IReadOnlyList<ArticleJson> Items, string? NextCursor);

public static class ArticlesApi
{
    public const int DefaultPageSize = 100;

    public static IEndpointRouteBuilder MapArticlesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/articles").WithTags("Articles");
        group.MapGet("", ListAsync)
            .WithSummary("Articles in commit order, a page at a time")
            .WithDescription("Cursor pagination that never skips or repeats an article, even under concurrent inserts: pass the previous page's nextCursor as `cursor`. Filters: feed (feed id), story (story id), since (stored or updated at or after, ISO 8601), representativesOnly. `limit` is capped at 500.")
            .Produces<ArticlePageJson>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id:long}", GetAsync)
            .WithSummary("One article")
            .Produces<ArticleJson>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> ListAsync(HttpContext http, IArticleReader reader, long? feed, long? story, string? since,
        bool? representativesOnly, string? cursor, int? limit, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        DateTimeOffset? from = null;
        if (since is not null)
        {
            if (DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                from = parsed.ToUniversalTime();
            else
                errors["since"] = [$"'{since}' is not an ISO 8601 date and time."];
        }
        ArticleCursor? after = null;
        if (cursor is not null)
        {
            if (ArticleCursor.TryParse(cursor, out var parsedCursor))
                after = parsedCursor;
            else
                errors["cursor"] = [$"'{cursor}' is not a cursor this API handed out."];
        }
        if (limit is < 1 or > RelationalStore.MaxPageSize)
            errors["limit"] = [$"limit must be between 1 and {RelationalStore.MaxPageSize}, not {limit}."];
        if (errors.Count > 0)
            return Results.ValidationProblem(errors, title: "Invalid query parameters");

        // A merged story's old id names the story it went into.
        if (story is { } storyId && await http.RequestServices.GetRequiredService<IOperatorStore>().ResolveStoryIdAsync(storyId, cancellationToken) is { } resolved)
            story = resolved;
        var page = await reader.ListArticlesAsync(new ArticleQuery
        {
            FeedId = feed,
            StoryId = story,
            Since = from,
            RepresentativesOnly = representativesOnly ?? false,
            After = after,
            Limit = limit ?? DefaultPageSize,
        }, cancellationToken);
        var next = page.NextCursor?.ToString();
        return Conditional.Utf8Json(http, writer => ArticleJsonWriter.WritePage(writer, page.Items, next));
    }

    private static async Task<IResult> GetAsync(HttpContext http, long id, IArticleStore articles, CancellationToken cancellationToken) =>
        await articles.GetArticleAsync(id, cancellationToken) is { } article
            ? Conditional.Utf8Json(http, writer => ArticleJsonWriter.Write(writer, article))
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such article", detail: $"No article has id {id}.");
}
