using FeedHub.Fetching;
using FeedHub.Testing;

namespace FeedHub.Core.Tests.Fetching;

public sealed class RedirectTests : FetchTestBase
{
    [Theory]
    [InlineData(301)]
    [InlineData(308)]
    public async Task PermanentRedirect_ReportsTheNewAddress(int status)
    {
        Server.Map("old", FaultResponses.Redirect(status, "/new"));
        Server.MapBytes("new", Feed);
        using var fetcher = Fetcher();

        var result = await FetchAsync(fetcher, "old");

        result.Outcome.Should().Be(FetchOutcome.Content);
        result.Body.Should().Equal(Feed);
        result.PermanentRedirect.Should().Be(Server.Url("new"));
        result.FinalUrl.Should().Be(Server.Url("new"));
    }

    [Theory]
    [InlineData(302)]
    [InlineData(303)]
    [InlineData(307)]
    public async Task TemporaryRedirect_IsFollowedButDoesNotMoveTheFeed(int status)
    {
        Server.Map("old", FaultResponses.Redirect(status, Server.Url("new").AbsoluteUri));
        Server.MapBytes("new", Feed);
        using var fetcher = Fetcher();

        var result = await FetchAsync(fetcher, "old");

        result.Outcome.Should().Be(FetchOutcome.Content);
        result.FinalUrl.Should().Be(Server.Url("new"));
        result.PermanentRedirect.Should().BeNull();
    }

    [Fact]
    public async Task ChainWithOneTemporaryHop_IsNotPermanent()
    {
        Server.Map("a", FaultResponses.Redirect(301, "/b"));
        Server.Map("b", FaultResponses.Redirect(302, "/c"));
        Server.Map("c", FaultResponses.Redirect(308, "/feed"));
        Server.MapBytes("feed", Feed);
        using var fetcher = Fetcher();

        var result = await FetchAsync(fetcher, "a");

        result.Outcome.Should().Be(FetchOutcome.Content);
        result.PermanentRedirect.Should().BeNull();
    }

    [Theory]
    [InlineData(5, FetchOutcome.Content)]
    [InlineData(6, FetchOutcome.Failed)]
    public async Task AtMostFiveRedirects_AreFollowed(int hops, FetchOutcome expected)
    {
        for (var i = 0; i < hops; i++)
            Server.Map($"hop{i}", FaultResponses.Redirect(301, $"/hop{i + 1}"));
        Server.MapBytes($"hop{hops}", Feed);
        using var fetcher = Fetcher();

        var result = await FetchAsync(fetcher, "hop0");

        result.Outcome.Should().Be(expected);
        if (expected == FetchOutcome.Failed)
        {
            result.Error.Should().Contain("More than 5 redirects");
            Server.CountRequests($"hop{hops}").Should().Be(0);
        }
    }

    [Fact]
    public async Task RedirectLoop_EndsAsAFailure()
    {
        Server.Map("ping", FaultResponses.Redirect(302, "/pong"));
        Server.Map("pong", FaultResponses.Redirect(302, "/ping"));
        using var fetcher = Fetcher();

        var result = await FetchAsync(fetcher, "ping");

        result.Outcome.Should().Be(FetchOutcome.Failed);
        Server.Requests.Count.Should().Be(6);
    }

    [Fact]
    public async Task RedirectedFeed_StillGets304_WithTheValidatorsOfTheTarget()
    {
        Server.Map("old", FaultResponses.Redirect(301, "/new"));
        Server.Map("new", FaultResponses.Conditional(Feed, "\"t1\"", null));
        using var fetcher = Fetcher();

        var first = await FetchAsync(fetcher, "old");
        var second = await FetchAsync(fetcher, "old", first.ETag, first.LastModified);

        second.Outcome.Should().Be(FetchOutcome.NotModified);
        second.PermanentRedirect.Should().Be(Server.Url("new"));
    }
}
