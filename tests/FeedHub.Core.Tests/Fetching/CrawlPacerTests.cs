using FeedHub.Fetching;
using FeedHub.Refreshing;

namespace FeedHub.Core.Tests.Fetching;

/// <summary>
/// The Crawl-delay pacer against a real loopback server on a fake clock: a page of a site is fetched only once the
/// gap since the site's last fetch has passed on the clock; other sites do not wait.
/// </summary>
public sealed class CrawlPacerTests : FetchTestBase
{
    private static readonly TimeSpan Gap = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task WaitTurn_KeepsTheGapBetweenFetchesToOneSite()
    {
        Server.MapBytes("a", Feed);
        Server.MapBytes("b", Feed);
        using var fetcher = Fetcher();
        var pacer = new CrawlPacer(Time);

        (await PacedFetchAsync(pacer, fetcher, Server.Url("a"))).Outcome.Should().Be(FetchOutcome.Content);
        var turn = pacer.WaitTurnAsync(Server.Url("b"), Gap, MaxWait, Bound);
        Time.Advance(Gap - TimeSpan.FromSeconds(1));

        turn.IsCompleted.Should().BeFalse("the site's gap has not passed on the clock");
        Server.CountRequests("b").Should().Be(0);
        Time.Advance(TimeSpan.FromSeconds(1));
        (await turn.WaitAsync(Bound)).Should().BeNull("the gap has passed: the caller may fetch");
        (await fetcher.FetchAsync(new FetchRequest(Server.Url("b")), Bound)).Outcome.Should().Be(FetchOutcome.Content);
        Server.CountRequests("b").Should().Be(1);
    }

    [Fact]
    public async Task WaitTurn_DoesNotHoldBackOtherSites()
    {
        await using var server2 = await Testing.LoopbackServer.StartAsync(addresses: 2, recordRequests: true);
        server2.MapBytes("a", Feed);
        using var fetcher = Fetcher();
        var pacer = new CrawlPacer(Time);
        var (first, second) = (new Uri(server2.BaseAddresses[0], "a"), new Uri(server2.BaseAddresses[1], "a"));

        (await PacedFetchAsync(pacer, fetcher, first)).Outcome.Should().Be(FetchOutcome.Content);
        (await PacedFetchAsync(pacer, fetcher, second)).Outcome.Should().Be(FetchOutcome.Content);

        server2.CountRequests("a").Should().Be(2, "127.0.0.2 is another site than 127.0.0.1");
    }

    [Fact]
    public async Task WaitTurn_HandsBackATurnTooFarAwayWithoutReservingIt()
    {
        var pacer = new CrawlPacer(Time);
        var page = Server.Url("a");
        var start = Time.GetUtcNow();
        var longGap = TimeSpan.FromSeconds(45);

        (await pacer.WaitTurnAsync(page, longGap, MaxWait, Bound)).Should().BeNull("the first fetch goes at once");
        var second = pacer.WaitTurnAsync(page, longGap, MaxWait, Bound);
        (await pacer.WaitTurnAsync(page, longGap, MaxWait, Bound)).Should().Be(start + 2 * longGap, "the third turn is 90 s away, more than the 60 s a job waits");
        (await pacer.WaitTurnAsync(page, longGap, MaxWait, Bound)).Should().Be(start + 2 * longGap, "a turn handed back is not reserved");

        Time.Advance(longGap);
        (await second.WaitAsync(Bound)).Should().BeNull();
    }

    [Theory]
    [InlineData("NoDelay", 0)]
    [InlineData("NegativeDelay", -5)]
    public void WaitTurn_DoesNotWaitWithoutACrawlDelay(string name, int seconds)
    {
        var pacer = new CrawlPacer(Time);
        var page = Server.Url("a");

        for (var i = 0; i < 3; i++)
            pacer.WaitTurnAsync(page, TimeSpan.FromSeconds(seconds), MaxWait, Bound).IsCompletedSuccessfully.Should().BeTrue(name);
    }

    private async Task<FetchResult> PacedFetchAsync(CrawlPacer pacer, FeedFetcher fetcher, Uri page)
    {
        (await pacer.WaitTurnAsync(page, Gap, MaxWait, Bound)).Should().BeNull();
        return await fetcher.FetchAsync(new FetchRequest(page), Bound);
    }
}
