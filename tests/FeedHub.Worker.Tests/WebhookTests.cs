using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using FeedHub.Testing;
using FeedHub.Worker.Jobs;

namespace FeedHub.Worker.Tests;

/// <summary>Webhooks from the outbox: signed, retried with back-off through Hangfire, delivered at least once.</summary>
[Collection(InProcessDaemonCollection.Name)]
public sealed class WebhookTests
{
    private const string Secret = "a-shared-secret-for-tests";

    [Fact]
    public async Task EventsCommittedByAProcessThatIsGone_AreDelivered_SignedAndRetried()
    {
        await using var receiver = await LoopbackServer.StartAsync();
        var calls = new ConcurrentQueue<(string Key, string Body, string Signature, bool Ok)>();
        var failuresLeft = 3;
        receiver.Map("hook", async context =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var ok = Interlocked.Decrement(ref failuresLeft) < 0;
            calls.Enqueue((context.Request.Headers["X-FeedHub-Delivery"].ToString(), body, context.Request.Headers["X-FeedHub-Signature"].ToString(), ok));
            context.Response.StatusCode = ok ? 204 : 500;
        });
        await using var feeds = await LoopbackServer.StartAsync();
        feeds.MapFile("aggregator.xml", FixtureFiles.PathOf("weekly-blitz", "aggregator-feed.xml"));
        await using var feedhub = await FeedHubInstance.CreateAsync("sqlite");
        (await feedhub.RunAsync("feeds", "add", feeds.Url("aggregator.xml").AbsoluteUri)).ExitCode.Should().Be(0);
        // The poll commits the article and its event, and the process that did it is gone before any delivery.
        (await feedhub.RunAsync("poll", "--all")).ExitCode.Should().Be(0);
        calls.Should().BeEmpty();

        await using (var daemon = await InProcessDaemon.StartAsync(feedhub,
            "--Webhooks:Subscriptions:0:Name=app", $"--Webhooks:Subscriptions:0:Url={receiver.Url("hook").AbsoluteUri}",
            $"--Webhooks:Subscriptions:0:Secret={Secret}", "--Webhooks:RelayInterval=00:00:01",
            "--Webhooks:RetryDelays:0=00:00:01", "--Webhooks:RetryDelays:1=00:00:01", "--Webhooks:RetryDelays:2=00:00:01", "--Webhooks:RetryDelays:3=00:00:01"))
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!calls.Any(c => c.Ok) && DateTime.UtcNow < deadline)
                await Task.Delay(200);
            await Task.Delay(3000); // time for any repeat that should not come
        }

        var all = calls.ToList();
        all.Should().HaveCount(4, "three failed attempts, then one that succeeded, and nothing after it");
        all.Take(3).Should().OnlyContain(c => !c.Ok);
        all[3].Ok.Should().BeTrue();
        all.Select(c => c.Key).Distinct().Should().ContainSingle("every attempt carries the same idempotency key");
        foreach (var call in all)
            call.Signature.Should().Be("sha256=" + DeliverWebhookJob.Sign(Secret, Encoding.UTF8.GetBytes(call.Body)));
        var payload = JsonDocument.Parse(all[3].Body).RootElement;
        payload.GetProperty("type").GetString().Should().Be("article.created");
        payload.GetProperty("data").GetProperty("title").GetString().Should().Contain("China");
    }
}
