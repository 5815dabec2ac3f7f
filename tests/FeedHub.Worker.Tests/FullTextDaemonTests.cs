using FeedHub.Storage;
using FeedHub.Storage.Sqlite;
using FeedHub.Testing;

namespace FeedHub.Worker.Tests;

/// <summary>Full text through the real Hangfire server: the recurring dispatcher claims pending fetches, fetch jobs run them.</summary>
[Collection(InProcessDaemonCollection.Name)]
public sealed class FullTextDaemonTests
{
    [Fact]
    public async Task Daemon_FetchesFullText_ThroughHangfire_AfterADeadWorkersLeaseRunsOut()
    {
        await using var server = await LoopbackServer.StartAsync();
        FullTextSite.MapPublisher(server);
        await using var feedhub = await FeedHubInstance.CreateAsync("sqlite");
        (await feedhub.RunAsync("feeds", "add", server.Url("excerpts.xml").AbsoluteUri)).ExitCode.Should().Be(0);
        // The global default turns it on: no per-feed setting needed.
        (await feedhub.RunAsync("poll", "--all", "--FullText:Enabled=true")).ExitCode.Should().Be(0);

        // A worker claimed every pending fetch and died: its lease must run out before anyone takes them again.
        var store = new SqliteStore(feedhub.SqlitePath!);
        var claimedByTheDeadWorker = await store.ClaimPendingFullTextAsync(DateTimeOffset.UtcNow, TimeSpan.FromSeconds(5), 100, CancellationToken.None);
        claimedByTheDeadWorker.Should().HaveCount(4);

        await using (var daemon = await InProcessDaemon.StartAsync(feedhub, "--FullText:Enabled=true", "--FullText:DispatchInterval=00:00:01"))
        {
            var deadline = DateTime.UtcNow.AddSeconds(90);
            while (DateTime.UtcNow < deadline && (await store.CountFullTextAsync(CancellationToken.None)).GetValueOrDefault(FullTextStatus.Pending) > 0)
                await Task.Delay(250);
        }

        var counts = await store.CountFullTextAsync(CancellationToken.None);
        counts.Should().Equal(new Dictionary<string, long> { [FullTextStatus.Fetched] = 3, [FullTextStatus.RobotsDisallowed] = 1 });
        var exported = await feedhub.ExportAsync();
        foreach (var (path, id) in FullTextSite.Pages)
        {
            var article = exported.Single(a => a.GetProperty("url").GetString() == server.Url(path).AbsoluteUri);
            article.GetProperty("contentText").GetString()!.Length.Should().BeGreaterThan(FullTextSite.Body(id).Length / 2);
            server.CountRequests(path).Should().Be(1, "each page is fetched once");
        }
        server.CountRequests(FullTextSite.DisallowedPath).Should().Be(0);
    }
}
