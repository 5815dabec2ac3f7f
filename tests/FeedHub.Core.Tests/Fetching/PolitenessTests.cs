using FeedHub.Fetching;
using FeedHub.Parsing;
using FeedHub.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;

namespace FeedHub.Core.Tests.Fetching;

/// <summary>Requests in flight stay within the per-host and the global limit; encodings survive the trip.</summary>
public sealed class PolitenessTests : FetchTestBase
{
    /// <summary>Holds every request until the test lets it go, counting how many are in flight at once.</summary>
    private sealed class Gate
    {
        private readonly object _lock = new();
        private readonly SemaphoreSlim _release = new(0);
        public int InFlight { get; private set; }
        public int MostInFlight { get; private set; }

        public RequestDelegate Handler(byte[] body) => async context =>
        {
            lock (_lock)
                MostInFlight = Math.Max(MostInFlight, ++InFlight);
            await _release.WaitAsync(context.RequestAborted);
            lock (_lock)
                InFlight--;
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        };

        public void Release(int count) => _release.Release(count);

        public async Task WaitForInFlightAsync(int count, CancellationToken cancellationToken)
        {
            while (InFlight < count)
                await Task.Delay(5, cancellationToken);
        }
    }

    [Fact]
    public async Task OneHost_GetsAtMostTwoRequestsAtOnce()
    {
        var gate = new Gate();
        Server.Map("feed", gate.Handler(Feed));
        using var fetcher = Fetcher();

        var fetches = Enumerable.Range(0, 8).Select(_ => FetchAsync(fetcher, "feed")).ToList();
        await gate.WaitForInFlightAsync(2, Bound);
        await Task.Delay(200, Bound); // room for a third request to arrive, were the limit broken
        var inFlightWhileHeld = gate.InFlight;
        gate.Release(8);
        var results = await Task.WhenAll(fetches);

        inFlightWhileHeld.Should().Be(2);
        gate.MostInFlight.Should().Be(2);
        results.Should().OnlyContain(r => r.Outcome == FetchOutcome.Content);
    }

    [Fact]
    public async Task AllHosts_StayWithinTheGlobalLimit()
    {
        await using var server = await LoopbackServer.StartAsync(addresses: 4, recordRequests: false);
        var gate = new Gate();
        server.Map("feed", gate.Handler(Feed));
        using var fetcher = new FeedFetcher(new FetchOptions { AllowPrivateNetworks = true, MaxConcurrency = 3, MaxConcurrencyPerHost = 2 }, new FakeTimeProvider());

        var fetches = server.BaseAddresses.SelectMany(b => Enumerable.Repeat(new Uri(b, "feed"), 3))
            .Select(url => fetcher.FetchAsync(new FetchRequest(url), Bound)).ToList();
        await gate.WaitForInFlightAsync(3, Bound);
        await Task.Delay(200, Bound);
        var inFlightWhileHeld = gate.InFlight;
        gate.Release(12);
        var results = await Task.WhenAll(fetches);

        server.BaseAddresses.Should().HaveCount(4);
        inFlightWhileHeld.Should().Be(3);
        gate.MostInFlight.Should().Be(3);
        results.Should().OnlyContain(r => r.Outcome == FetchOutcome.Content);
    }

    [Theory]
    [InlineData("miniflux/parser/encoding_WINDOWS-1251.xml", "text/xml; charset=windows-1251", "Цитата #17703")]
    [InlineData("miniflux/encoding/koi8r.xml", "application/rss+xml; charset=KOI8-R", "Первая новость")]
    [InlineData("miniflux/parser/no_encoding_ISO-8859-1.xml", "application/rss+xml; charset=ISO-8859-1", "Masters en Psycho : une simplificationet#8230; très complexe")]
    [InlineData("codehollow/Rss20ISO88591Intranet30.xml", "application/rss+xml", "SVART MÅNAD - DÖDSOLYCKA i Vetlanda")]
    public async Task FetchedFeed_IsDecodedWithTheHttpCharset(string file, string contentType, string itemTitle)
    {
        Server.Map("feed", FaultResponses.Compressed(FixtureFiles.Bytes(["real-feeds", .. file.Split('/')]), "gzip", contentType));
        using var fetcher = Fetcher();

        var result = await FetchAsync(fetcher, "feed");
        var feed = FeedParser.Parse(result.Body, result.ContentType, result.FinalUrl!);

        result.ContentType.Should().Be(contentType);
        feed.Items.Select(i => i.Title).Should().Contain(itemTitle);
    }
}
