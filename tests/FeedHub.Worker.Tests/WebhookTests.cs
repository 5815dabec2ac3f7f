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

    /// <summary>
    /// A cross-post joining a story sends story.updated: "member-joined" when the publisher's copy was there first,
    /// "representative-changed" when the repost came first and the original takes over. Delivered by the daemon's
    /// Hangfire server from the outbox, signed (HMAC-SHA256 over the body, checked here with the secret alone), with
    /// an idempotency key that a retry repeats.
    /// </summary>
    [Theory]
    [InlineData("publisher's copy first: the repost joins", "origin-feed.xml", "aggregator-feed.xml", "member-joined")]
    [InlineData("repost first: the original joins and takes over", "aggregator-feed.xml", "origin-feed.xml", "representative-changed")]
    public async Task CrossPostJoiningAStory_DeliversStoryUpdated_SignedWithAnIdempotencyKey(string name, string first, string second, string change)
    {
        await using var receiver = await LoopbackServer.StartAsync();
        var calls = new ConcurrentQueue<(string Event, string Key, string IdempotencyKey, string Body, string Signature, bool Ok)>();
        var storyFailuresLeft = 1;
        receiver.Map("hook", async context =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var type = context.Request.Headers["X-FeedHub-Event"].ToString();
            // The first story.updated attempt fails, so the retry shows that the key stays.
            var ok = type != "story.updated" || Interlocked.Decrement(ref storyFailuresLeft) < 0;
            calls.Enqueue((type, context.Request.Headers["X-FeedHub-Delivery"].ToString(), context.Request.Headers["Idempotency-Key"].ToString(),
                body, context.Request.Headers["X-FeedHub-Signature"].ToString(), ok));
            context.Response.StatusCode = ok ? 204 : 503;
        });
        await using var feeds = await LoopbackServer.StartAsync();
        feeds.MapFile(first, FixtureFiles.PathOf("weekly-blitz", first));
        feeds.MapFile(second, FixtureFiles.PathOf("weekly-blitz", second));
        await using var feedhub = await FeedHubInstance.CreateAsync("sqlite");
        foreach (var file in new[] { first, second })
        {
            (await feedhub.RunAsync("feeds", "add", feeds.Url(file).AbsoluteUri)).ExitCode.Should().Be(0);
            (await feedhub.RunAsync("poll", "--feed", feeds.Url(file).AbsoluteUri)).ExitCode.Should().Be(0);
        }
        var articles = await feedhub.ExportAsync();
        var crossPosted = articles.GroupBy(a => a.GetProperty("storyId").GetInt64()).Single(g => g.Count() == 2);
        var original = crossPosted.Single(a => a.GetProperty("feedUrl").GetString() == feeds.Url("origin-feed.xml").AbsoluteUri);
        var joined = crossPosted.Single(a => a.GetProperty("feedUrl").GetString() == feeds.Url(second).AbsoluteUri);
        original.GetProperty("isRepresentative").GetBoolean().Should().BeTrue("the publisher's copy represents the story");

        await using (var daemon = await InProcessDaemon.StartAsync(feedhub,
            "--Webhooks:Subscriptions:0:Name=app", $"--Webhooks:Subscriptions:0:Url={receiver.Url("hook").AbsoluteUri}",
            $"--Webhooks:Subscriptions:0:Secret={Secret}", "--Webhooks:RelayInterval=00:00:01",
            "--Webhooks:RetryDelays:0=00:00:01", "--Webhooks:RetryDelays:1=00:00:01"))
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!calls.Any(c => c.Event == "story.updated" && c.Ok) && DateTime.UtcNow < deadline)
                await Task.Delay(200);
            await Task.Delay(3000); // time for any repeat that should not come
        }

        var updates = calls.Where(c => c.Event == "story.updated").ToList();
        updates.Should().HaveCount(2, "one failed attempt, then one that succeeded, and nothing after it");
        updates[1].Ok.Should().BeTrue();
        updates.Select(c => c.Key).Should().OnlyContain(k => k.Length > 0).And.OnlyContain(k => k == updates[0].Key, "the retry carries the same idempotency key");
        updates.Should().OnlyContain(c => c.IdempotencyKey == c.Key);
        calls.Where(c => c.Event != "story.updated").Select(c => c.Key).Should().NotContain(updates[0].Key, "each event has a key of its own");
        using var hmac = new System.Security.Cryptography.HMACSHA256(Encoding.UTF8.GetBytes(Secret));
        foreach (var call in updates)
            call.Signature.Should().Be("sha256=" + Convert.ToHexStringLower(hmac.ComputeHash(Encoding.UTF8.GetBytes(call.Body))), "the signature is HMAC-SHA256 of the body");
        var payload = JsonDocument.Parse(updates[1].Body).RootElement;
        payload.GetProperty("type").GetString().Should().Be("story.updated");
        payload.GetProperty("id").GetString().Should().Be(updates[1].Key);
        var data = payload.GetProperty("data");
        data.GetProperty("change").GetString().Should().Be(change, name);
        data.GetProperty("storyId").GetInt64().Should().Be(crossPosted.Key);
        data.GetProperty("articleId").GetInt64().Should().Be(joined.GetProperty("id").GetInt64(), "the event names the article that joined");
    }
}
