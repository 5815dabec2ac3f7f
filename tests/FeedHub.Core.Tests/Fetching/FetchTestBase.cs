using FeedHub.Fetching;
using FeedHub.Testing;
using Microsoft.Extensions.Time.Testing;

namespace FeedHub.Core.Tests.Fetching;

/// <summary>A loopback server per test and a fetcher allowed to reach it, on a fake clock.</summary>
public abstract class FetchTestBase : IAsyncLifetime
{
    protected static readonly byte[] Feed = FixtureFiles.Bytes("real-feeds", "miniflux", "parser", "large_rss.xml");

    protected LoopbackServer Server { get; private set; } = null!;

    /// <summary>Starts at a whole second, so HTTP dates (second resolution) round-trip exactly.</summary>
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    /// <summary>Bounds every await in a test, so a regression hangs for a minute at most instead of forever.</summary>
    protected CancellationToken Bound { get; } = new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token;

    public async Task InitializeAsync() => Server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();

    protected FeedFetcher Fetcher(Action<FetchOptions>? configure = null)
    {
        var options = new FetchOptions { AllowPrivateNetworks = true };
        configure?.Invoke(options);
        return new FeedFetcher(options, Time);
    }

    protected Task<FetchResult> FetchAsync(FeedFetcher fetcher, string path, string? etag = null, string? lastModified = null) =>
        fetcher.FetchAsync(new FetchRequest(Server.Url(path), etag, lastModified), Bound);

    protected IReadOnlyList<RecordedRequest> RequestsTo(string path) =>
        Server.Requests.Where(r => r.Path == "/" + path).ToList();
}
