using FeedHub.Storage;

namespace FeedHub.Worker.Api;

/// <summary>A story: its representative and every member with why it joined.</summary>
public sealed record StoryJson(long Id, long? RepresentativeArticleId, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, IReadOnlyList<StoryMemberJson> Members);

public sealed record StoryMemberJson(long ArticleId, string FeedUrl, string? Url, string? Title, DateTimeOffset? PublishedAt,
    bool IsRepresentative, string? Reason, double? Similarity, string? OriginalUrl);

public static class StoriesApi
{
    public static IEndpointRouteBuilder MapStoriesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/stories/{id:long}", async (HttpContext http, long id, IArticleReader reader, CancellationToken cancellationToken) =>
                await reader.GetStoryAsync(id, cancellationToken) is { } story
                    ? Conditional.Json(http, From(story))
                    : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such story", detail: $"No story has id {id}."))
            .WithTags("Stories")
            .WithSummary("A story with its members and the reason each joined")
            .Produces<StoryJson>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static StoryJson From(StoryRecord story) => new(story.Id, story.RepresentativeArticleId, story.CreatedAt, story.UpdatedAt,
        story.Members.Select(m => new StoryMemberJson(m.Id, m.FeedUrl, m.Url, m.Title, m.PublishedAt, m.IsRepresentative, m.DuplicateReason, m.Similarity, m.OriginalUrl)).ToList());
}
