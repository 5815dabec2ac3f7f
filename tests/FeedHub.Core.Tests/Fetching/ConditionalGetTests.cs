using FeedHub.Fetching;
using FeedHub.Testing;

namespace FeedHub.Core.Tests.Fetching;

public sealed class ConditionalGetTests : FetchTestBase
{
    [Fact]
    public async Task SecondPoll_CarriesTheValidators_AndGets304()
    {
        var modified = new DateTimeOffset(2026, 2, 27, 8, 30, 0, TimeSpan.Zero);
        Server.Map("feed", FaultResponses.Conditional(Feed, "\"v1\"", modified));
        using var fetcher = Fetcher();

        var first = await FetchAsync(fetcher, "feed");
        var second = await FetchAsync(fetcher, "feed", first.ETag, first.LastModified);

        first.Outcome.Should().Be(FetchOutcome.Content);
        first.Body.Should().Equal(Feed);
        first.ETag.Should().Be("\"v1\"");
        first.LastModified.Should().Be("Fri, 27 Feb 2026 08:30:00 GMT");
        second.Outcome.Should().Be(FetchOutcome.NotModified);
        second.StatusCode.Should().Be(304);
        second.Body.Should().BeEmpty("a 304 costs no body and no parse");
        second.ETag.Should().Be("\"v1\"");
        var requests = RequestsTo("feed");
        requests[0].Headers.Should().NotContainKey("If-None-Match");
        requests[1].Headers["If-None-Match"].Should().Be("\"v1\"");
        requests[1].Headers["If-Modified-Since"].Should().Be("Fri, 27 Feb 2026 08:30:00 GMT");
    }

    [Fact]
    public async Task LastModifiedAlone_IsEnoughFor304()
    {
        var modified = new DateTimeOffset(2026, 2, 27, 8, 30, 0, TimeSpan.Zero);
        Server.Map("feed", FaultResponses.Conditional(Feed, etag: null, modified));
        using var fetcher = Fetcher();

        var first = await FetchAsync(fetcher, "feed");
        var second = await FetchAsync(fetcher, "feed", first.ETag, first.LastModified);

        first.ETag.Should().BeNull();
        second.Outcome.Should().Be(FetchOutcome.NotModified);
    }

    [Fact]
    public async Task ChangedFeed_AnswersWithTheNewBodyAndValidator()
    {
        var version = "\"v1\"";
        Server.Map("feed", context => FaultResponses.Conditional(Feed, version, null)(context));
        using var fetcher = Fetcher();

        var first = await FetchAsync(fetcher, "feed");
        version = "\"v2\"";
        var second = await FetchAsync(fetcher, "feed", first.ETag, first.LastModified);

        second.Outcome.Should().Be(FetchOutcome.Content);
        second.ETag.Should().Be("\"v2\"");
    }

    [Fact]
    public async Task Requests_NameFeedHubWithAUrl_AndAcceptCompression()
    {
        Server.MapBytes("feed", Feed);
        using var fetcher = Fetcher(o => o.UserAgent = "FeedHub/2.0 (+https://feedhub.example/about)");

        await FetchAsync(fetcher, "feed");

        var headers = RequestsTo("feed").Single().Headers;
        headers["User-Agent"].Should().Be("FeedHub/2.0 (+https://feedhub.example/about)");
        headers["Accept-Encoding"].Should().Contain("gzip").And.Contain("deflate").And.Contain("br");
        new FetchOptions().UserAgent.Should().StartWith("FeedHub/").And.Contain("https://");
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("deflate")]
    [InlineData("br")]
    public async Task CompressedBody_IsInflated(string encoding)
    {
        Server.Map("feed", FaultResponses.Compressed(Feed, encoding));
        using var fetcher = Fetcher();

        var result = await FetchAsync(fetcher, "feed");

        result.Outcome.Should().Be(FetchOutcome.Content);
        result.Body.Should().Equal(Feed);
    }

    [Fact]
    public async Task UnquotedETag_IsSentBackAsIs()
    {
        Server.Map("feed", async context =>
        {
            context.Response.Headers.ETag = "abc123";
            if (context.Request.Headers.IfNoneMatch.ToString() == "abc123")
            {
                context.Response.StatusCode = 304;
                return;
            }
            await context.Response.Body.WriteAsync(Feed, context.RequestAborted);
        });
        using var fetcher = Fetcher();

        var first = await FetchAsync(fetcher, "feed");
        var second = await FetchAsync(fetcher, "feed", first.ETag, first.LastModified);

        first.ETag.Should().Be("abc123");
        second.Outcome.Should().Be(FetchOutcome.NotModified);
    }
}
