using System.Security.Cryptography;
using System.Text;
using FeedHub.Storage;

namespace FeedHub.Worker.Api;

/// <summary>An API key from configuration: its name and the SHA-256 (hex) of the key.</summary>
public sealed class ConfiguredApiKey
{
    public string Name { get; set; } = "";
    public string KeyHash { get; set; } = "";
}

/// <summary>
/// Who may read the API and the output feeds: loopback clients without a key (the default stated in the README);
/// anyone else with a key from `Api:Keys` or `feedhub keys create`, sent as `X-Api-Key` or `Authorization: Bearer`.
/// Keys are compared by their SHA-256; the database's keys are re-read at most every 30 seconds.
/// </summary>
public sealed class ApiAccess(IApiKeyStore store, IReadOnlyList<ConfiguredApiKey> configured, TimeProvider time)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    private HashSet<string> _storedHashes = [];
    private DateTimeOffset _loadedAt = DateTimeOffset.MinValue;
    private readonly SemaphoreSlim _reload = new(1, 1);

    public static string HashKey(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static string NewKey() => "fhk_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Replace('+', '-').Replace('/', '_').TrimEnd('=');

    public async Task<bool> IsAllowedAsync(HttpContext http)
    {
        if (DashboardAccess.IsLoopback(http))
            return true;
        var key = KeyOf(http.Request);
        if (key is null)
            return false;
        var hash = HashKey(key);
        if (configured.Any(k => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(k.KeyHash.ToLowerInvariant()), Encoding.ASCII.GetBytes(hash))))
            return true;
        var stored = await StoredHashesAsync(http.RequestAborted).ConfigureAwait(false);
        return stored.Contains(hash);
    }

    private static string? KeyOf(HttpRequest request)
    {
        if (request.Headers.TryGetValue("X-Api-Key", out var header) && header.ToString().Length > 0)
            return header.ToString().Trim();
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization[7..].Trim() : null;
    }

    private async Task<HashSet<string>> StoredHashesAsync(CancellationToken cancellationToken)
    {
        if (time.GetUtcNow() - _loadedAt < CacheFor)
            return _storedHashes;
        await _reload.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (time.GetUtcNow() - _loadedAt >= CacheFor)
            {
                _storedHashes = (await store.ListApiKeysAsync(cancellationToken).ConfigureAwait(false)).Select(k => k.KeyHash).ToHashSet(StringComparer.Ordinal);
                _loadedAt = time.GetUtcNow();
            }
            return _storedHashes;
        }
        finally
        {
            _reload.Release();
        }
    }
}

public static class ApiAccessMiddleware
{
    private static readonly string[] Protected = ["/api", "/feeds", "/openapi"];

    /// <summary>Answers 401 with problem details to clients the API does not admit.</summary>
    public static IApplicationBuilder UseApiAccess(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            var path = http.Request.Path;
            if (Protected.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))
                && !await http.RequestServices.GetRequiredService<ApiAccess>().IsAllowedAsync(http))
            {
                http.Response.Headers.WWWAuthenticate = "Bearer realm=\"FeedHub API\"";
                await Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "API key required",
                    detail: "Only loopback clients may read without a key. Send a key as X-Api-Key or Authorization: Bearer (create one with `feedhub keys create`).")
                    .ExecuteAsync(http);
                return;
            }
            await next(http);
        });
}
