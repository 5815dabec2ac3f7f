using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace FeedHub.Worker.Api;

/// <summary>
/// Responses with an ETag over their bytes, answering 304 to a matching If-None-Match. The tag hashes the body
/// itself, not a marker derived from the rows (a page's cursor does not move when an article is edited in place, a
/// story changes representative or a feed moves to a new URL): whatever changes the response changes the tag.
/// </summary>
public static class Conditional
{
    public const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>A value serialised with the Contract's options.</summary>
    public static IResult Json<T>(HttpContext http, T value) =>
        Utf8Json(http, writer => JsonSerializer.Serialize(writer, value, ContractJson.Options));

    /// <summary>JSON written by <paramref name="write"/> with the Contract's escaping, straight to UTF-8.</summary>
    public static IResult Utf8Json(HttpContext http, Action<Utf8JsonWriter> write)
    {
        var body = new PooledBufferWriter();
        try
        {
            using (var writer = new Utf8JsonWriter(body, ArticleJsonWriter.Options))
                write(writer);
            return Respond(http, body.WrittenMemory, body, JsonContentType, null);
        }
        catch
        {
            body.Dispose();
            throw;
        }
    }

    /// <summary>A body already built (output feeds).</summary>
    public static IResult Bytes(HttpContext http, ReadOnlyMemory<byte> body, string contentType, DateTimeOffset? lastModified = null) =>
        Respond(http, body, null, contentType, lastModified);

    public static string ETagOf(ReadOnlySpan<byte> body)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(body, hash);
        return "\"" + Convert.ToHexStringLower(hash[..16]) + "\"";
    }

    /// <param name="owner">What holds <paramref name="body"/>'s memory, disposed once the body is sent (or not needed).</param>
    private static IResult Respond(HttpContext http, ReadOnlyMemory<byte> body, IDisposable? owner, string contentType, DateTimeOffset? lastModified)
    {
        var etag = ETagOf(body.Span);
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = "no-cache";
        if (lastModified is { } modified)
            http.Response.Headers.LastModified = modified.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture);
        if (Matches(http.Request.Headers.IfNoneMatch.ToString(), etag))
        {
            owner?.Dispose();
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }
        return new BodyResult(body, owner, contentType);
    }

    private static bool Matches(string ifNoneMatch, string etag)
    {
        if (ifNoneMatch.Length == 0)
            return false;
        if (ifNoneMatch.Trim() == "*")
            return true;
        foreach (var part in ifNoneMatch.Split(','))
        {
            var tag = part.Trim();
            if (tag.StartsWith("W/", StringComparison.Ordinal))
                tag = tag[2..];
            if (tag == etag)
                return true;
        }
        return false;
    }

    /// <summary>Writes the body to the response, then releases its memory (a rented buffer goes back to the pool).</summary>
    private sealed class BodyResult(ReadOnlyMemory<byte> body, IDisposable? owner, string contentType) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            try
            {
                httpContext.Response.ContentType = contentType;
                httpContext.Response.ContentLength = body.Length;
                await httpContext.Response.Body.WriteAsync(body, httpContext.RequestAborted).ConfigureAwait(false);
            }
            finally
            {
                owner?.Dispose();
            }
        }
    }
}
