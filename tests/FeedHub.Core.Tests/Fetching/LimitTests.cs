using FeedHub.Fetching;
using FeedHub.Testing;

namespace FeedHub.Core.Tests.Fetching;

/// <summary>
/// Bad servers cannot hold a fetch or its memory: the outcome and the bytes read are asserted, never the time taken
/// (the deadline runs on the fake clock, which the test moves on).
/// </summary>
public sealed class LimitTests : FetchTestBase
{
    [Fact]
    public async Task TricklingBody_EndsAtTheTotalTimeout()
    {
        var sent = new ByteCounter();
        Server.Map("slow", FaultResponses.Trickle(sent));
        using var fetcher = Fetcher(o => o.Timeout = TimeSpan.FromSeconds(20));

        var fetch = FetchAsync(fetcher, "slow");
        await sent.WaitForAsync(5, Bound);
        Time.Advance(TimeSpan.FromSeconds(20));
        var result = await fetch;

        result.Outcome.Should().Be(FetchOutcome.Failed);
        result.Error.Should().Contain("Timed out").And.Contain("Fetch:Timeout");
        result.BytesRead.Should().BeInRange(0, sent.Bytes, "what trickled in before the deadline, and no more");
    }

    [Fact]
    public async Task ServerThatNeverAnswers_EndsAtTheTotalTimeout()
    {
        var sent = new ByteCounter();
        Server.Map("silent", FaultResponses.Trickle(sent, headersFirst: false));
        using var fetcher = Fetcher();

        var fetch = FetchAsync(fetcher, "silent");
        await sent.HasStarted.WaitAsync(Bound);
        Time.Advance(TimeSpan.FromSeconds(20));
        var result = await fetch;

        result.Outcome.Should().Be(FetchOutcome.Failed);
        result.Error.Should().Contain("Timed out");
        result.BytesRead.Should().Be(0);
    }

    [Fact]
    public async Task DeclaredLengthOverTheCap_IsRefusedBeforeReading()
    {
        var sent = new ByteCounter();
        Server.Map("big", FaultResponses.Declared(8L * 1024 * 1024, sent));
        using var fetcher = Fetcher(o => o.MaxBodyBytes = 1024 * 1024);

        var result = await FetchAsync(fetcher, "big");

        result.Outcome.Should().Be(FetchOutcome.Failed);
        result.Error.Should().Contain("Fetch:MaxBodyBytes");
        result.BytesRead.Should().Be(0);
        result.Body.Should().BeEmpty();
    }

    [Fact]
    public async Task UndeclaredBodyOverTheCap_IsCutOffAndRefused()
    {
        var sent = new ByteCounter();
        Server.Map("endless", FaultResponses.Endless(256L * 1024 * 1024, sent));
        using var fetcher = Fetcher(o => o.MaxBodyBytes = 1024 * 1024);

        var result = await FetchAsync(fetcher, "endless");

        result.Outcome.Should().Be(FetchOutcome.Failed);
        result.Error.Should().Contain("Fetch:MaxBodyBytes");
        result.BytesRead.Should().BeInRange(1024 * 1024, 1024 * 1024 + 16 * 1024, "reading stops at the first chunk past the cap");
    }

    [Fact]
    public async Task GzipBomb_IsRefusedNotInflated()
    {
        var bomb = FaultResponses.GzipBomb(64L * 1024 * 1024);
        Server.Map("bomb", async context =>
        {
            context.Response.ContentType = "application/rss+xml";
            context.Response.Headers.ContentEncoding = "gzip";
            await context.Response.Body.WriteAsync(bomb, context.RequestAborted);
        });
        using var fetcher = Fetcher(o => o.MaxBodyBytes = 1024 * 1024);

        var result = await FetchAsync(fetcher, "bomb");

        bomb.Length.Should().BeLessThan(1024 * 1024, "the bomb is small on the wire");
        result.Outcome.Should().Be(FetchOutcome.Failed);
        result.Error.Should().Contain("Fetch:MaxBodyBytes");
        result.BytesRead.Should().BeInRange(1024 * 1024, 1024 * 1024 + 16 * 1024, "inflation stops at the cap, far below 64 MiB");
    }

    [Fact]
    public async Task BodyJustUnderTheCap_IsAccepted()
    {
        var body = new byte[1024 * 1024];
        Array.Fill(body, (byte)'a');
        Server.Map("gz", FaultResponses.Compressed(body, "gzip"));
        using var fetcher = Fetcher(o => o.MaxBodyBytes = 1024 * 1024);

        var result = await FetchAsync(fetcher, "gz");

        result.Outcome.Should().Be(FetchOutcome.Content);
        result.BytesRead.Should().Be(body.Length);
    }
}
