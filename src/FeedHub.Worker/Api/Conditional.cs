using System.Security.Cryptography;
using System.Text.Json;

namespace FeedHub.Worker.Api;

/// <summary>Responses with an ETag over their bytes, answering 304 to a matching If-None-Match.</summary>
public static class Conditional
{
    public static IResult Json<T>(HttpContext http, T value) =>
        Bytes(http, JsonSerializer.SerializeToUtf8Bytes(value, ContractJson.Options), "application/json; charset=utf-8");

    public static IResult Bytes(HttpContext http, byte[] body, string contentType, DateTimeOffset? lastModified = null)
    {
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16)) + "\"";
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = "no-cache";
        if (lastModified is { } modified)
            http.Response.Headers.LastModified = modified.ToUniversalTime().ToString("r", System.Globalization.CultureInfo.InvariantCulture);
        var ifNoneMatch = http.Request.Headers.IfNoneMatch.ToString();
        if (ifNoneMatch.Length > 0 && (ifNoneMatch == "*" || ifNoneMatch.Split(',').Any(t => t.Trim().Replace("W/", "", StringComparison.Ordinal) == etag)))
            return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(body, contentType);
    }
}
