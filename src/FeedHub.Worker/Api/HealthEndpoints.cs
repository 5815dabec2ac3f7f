using FeedHub.Storage;
using Hangfire;

namespace FeedHub.Worker.Api;

public static class HealthEndpoints
{
    /// <summary>/healthz: the process answers. /readyz: the store and Hangfire's storage answer, migrations applied.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => Results.Text("ok\n"));
        app.MapGet("/readyz", async (IFeedHubStore store, JobStorage jobs, CancellationToken cancellationToken) =>
        {
            var storeReady = await store.IsReadyAsync(cancellationToken);
            var hangfireReady = HangfireReady(jobs);
            var body = new { store = storeReady ? "ready" : "unavailable", hangfire = hangfireReady ? "ready" : "unavailable" };
            return storeReady && hangfireReady ? Results.Json(body) : Results.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
        });
        return app;
    }

    private static bool HangfireReady(JobStorage jobs)
    {
        try
        {
            using var connection = jobs.GetConnection();
            connection.GetAllItemsFromSet("recurring-jobs");
            return true;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return false;
        }
    }
}
