using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FeedHub.Testing;

/// <summary>
/// A real HTTP server on 127.0.0.1 and a free port, for fetch and end-to-end tests. Each path is answered by a
/// handler the test sets, and every request is recorded.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, RequestDelegate> _routes = new(StringComparer.Ordinal);

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public Uri BaseAddress { get; }

    private LoopbackServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>All addresses the server listens on: 127.0.0.1, then 127.0.0.2 and on when more were asked for.</summary>
    public IReadOnlyList<Uri> BaseAddresses { get; private init; } = [];

    public static Task<LoopbackServer> StartAsync() => StartAsync(addresses: 1, recordRequests: true);

    /// <summary>
    /// Starts on <paramref name="addresses"/> loopback addresses (127.0.0.1 to 127.0.0.n, each a different host to a
    /// client), each on a free port. Load runs turn <paramref name="recordRequests"/> off to keep memory flat.
    /// </summary>
    public static async Task<LoopbackServer> StartAsync(int addresses, bool recordRequests)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(Enumerable.Range(1, addresses).Select(i => $"http://127.0.0.{i}:0").ToArray());
        var app = builder.Build();
        LoopbackServer? server = null;
        app.Run(async context =>
        {
            var path = context.Request.Path.Value ?? "/";
            if (recordRequests)
                server!.Requests.Enqueue(new RecordedRequest(path, context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
            if (server!._routes.TryGetValue(path, out var handler))
                await handler(context);
            else if (server.Fallback is { } fallback)
                await fallback(context);
            else
                context.Response.StatusCode = 404;
        });
        await app.StartAsync();
        var bases = app.Urls.Select(u => new Uri(u.EndsWith('/') ? u : u + "/")).OrderBy(u => u.Host, StringComparer.Ordinal).ToList();
        server = new LoopbackServer(app, bases.First(u => u.Host == "127.0.0.1")) { BaseAddresses = bases };
        return server;
    }

    /// <summary>Answers every path no route was mapped for (load runs serve thousands of generated paths).</summary>
    public RequestDelegate? Fallback { get; set; }

    public Uri Url(string path) => new(BaseAddress, path.TrimStart('/'));

    public void Map(string path, RequestDelegate handler) => _routes["/" + path.TrimStart('/')] = handler;

    /// <summary>Serves fixed bytes with a content type, honouring If-None-Match against the given ETag.</summary>
    public void MapBytes(string path, byte[] body, string contentType = "application/rss+xml; charset=utf-8", string? etag = null) =>
        Map(path, async context =>
        {
            if (etag is not null)
            {
                context.Response.Headers.ETag = etag;
                if (context.Request.Headers.IfNoneMatch.ToString() == etag)
                {
                    context.Response.StatusCode = 304;
                    return;
                }
            }
            context.Response.ContentType = contentType;
            await context.Response.Body.WriteAsync(body);
        });

    public void MapFile(string path, string file, string contentType = "application/rss+xml; charset=utf-8", string? etag = null) =>
        MapBytes(path, File.ReadAllBytes(file), contentType, etag);

    public int CountRequests(string path) => Requests.Count(r => r.Path == "/" + path.TrimStart('/'));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record RecordedRequest(string Path, IReadOnlyDictionary<string, string> Headers);
