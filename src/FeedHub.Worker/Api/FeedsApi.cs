using FeedHub.Storage;

namespace FeedHub.Worker.Api;

public static class FeedsApi
{
    public static IEndpointRouteBuilder MapFeedsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/feeds", async (IFeedStore feeds, CancellationToken cancellationToken) =>
            Results.Json((await feeds.ListFeedsAsync(cancellationToken)).Select(FeedJson.From), ContractJson.Options));
        return app;
    }
}
