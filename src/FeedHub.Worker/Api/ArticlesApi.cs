using FeedHub.Storage;

namespace FeedHub.Worker.Api;

public static class ArticlesApi
{
    public static IEndpointRouteBuilder MapArticlesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/articles/{id:long}", async (long id, IArticleStore articles, CancellationToken cancellationToken) =>
            await articles.GetArticleAsync(id, cancellationToken) is { } article
                ? Results.Json(ArticleJson.From(article), ContractJson.Options)
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such article", detail: $"No article has id {id}."));
        return app;
    }
}
