using FeedHub.Storage;

namespace FeedHub.Worker.Api;

public static class FeedsApi
{
    public static IEndpointRouteBuilder MapFeedsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/feeds", async (HttpContext http, IFeedStore feeds, CancellationToken cancellationToken) =>
                Conditional.Json(http, (await feeds.ListFeedsAsync(cancellationToken)).Select(FeedJson.From).ToList()))
            .WithTags("Feeds")
            .WithSummary("Every feed with its polling state")
            .Produces<List<FeedJson>>();
        return app;
    }
}
