using System.Globalization;
using System.Net.Http.Headers;

namespace FeedHub.Fetching;

/// <summary>Reads the caching and back-off headers of a response into delays.</summary>
internal static class HttpHeaderValues
{
    public static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        var header = response.Headers.RetryAfter;
        if (header is null)
            return null;
        if (header.Delta is { } delta)
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header.Date is { } date)
            return date > now ? date - now : TimeSpan.Zero;
        return null;
    }

    public static TimeSpan? FreshFor(HttpResponseMessage response, DateTimeOffset now)
    {
        var cache = response.Headers.CacheControl;
        if (cache?.MaxAge is { } maxAge)
            return maxAge;
        if (response.Content.Headers.Expires is { } expires)
        {
            var served = response.Headers.Date ?? now;
            return expires > served ? expires - served : TimeSpan.Zero;
        }
        return null;
    }

    public static string? LastModified(HttpResponseMessage response) =>
        response.Content.Headers.LastModified?.ToString("r", CultureInfo.InvariantCulture);

    /// <summary>The ETag as sent; an unquoted one (not valid, but common) is kept raw so it can be sent back.</summary>
    public static string? ETag(HttpResponseMessage response) =>
        response.Headers.ETag?.ToString()
        ?? (response.Headers.TryGetValues("ETag", out var raw) ? raw.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)) : null);

    public static void AddValidators(HttpRequestMessage request, FetchRequest fetch)
    {
        if (!string.IsNullOrEmpty(fetch.ETag))
        {
            if (EntityTagHeaderValue.TryParse(fetch.ETag, out var etag))
                request.Headers.IfNoneMatch.Add(etag);
            else
                request.Headers.TryAddWithoutValidation("If-None-Match", fetch.ETag);
        }
        if (!string.IsNullOrEmpty(fetch.LastModified)
            && DateTimeOffset.TryParse(fetch.LastModified, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since))
            request.Headers.IfModifiedSince = since;
    }
}
