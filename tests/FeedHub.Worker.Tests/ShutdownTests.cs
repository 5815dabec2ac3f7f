using FeedHub.Testing;

namespace FeedHub.Worker.Tests;

/// <summary>SIGTERM in the middle of a poll: exit 0, and the feed is polled again by the next daemon.</summary>
public sealed class ShutdownTests
{
    [Fact]
    public async Task Sigterm_DuringAPoll_ExitsZero_AndTheFeedIsPolledAgain()
    {
        await using var server = await LoopbackServer.StartAsync();
        var body = File.ReadAllBytes(FixtureFiles.PathOf("weekly-blitz", "origin-feed.xml"));
        var hang = true;
        server.Map("slow.xml", async context =>
        {
            if (Volatile.Read(ref hang))
                await Task.Delay(TimeSpan.FromSeconds(60), context.RequestAborted);
            context.Response.ContentType = "application/rss+xml";
            await context.Response.Body.WriteAsync(body);
        });
        await using var feedhub = await FeedHubInstance.CreateAsync("sqlite");
        (await feedhub.RunAsync("feeds", "add", server.Url("slow.xml").AbsoluteUri)).ExitCode.Should().Be(0);
        string[] settings = [.. feedhub.StoreArgs, "--Fetch:AllowPrivateNetworks=true", "--Scheduling:DispatchInterval=00:00:01",
            "--Hangfire:DrainTimeout=00:00:01", "--Hangfire:ShutdownTimeout=00:00:05", "--Feeds:SeedFile="];

        await using (var first = DaemonProcess.Start(settings))
        {
            await first.WaitUntilAsync(() => Task.FromResult(server.CountRequests("slow.xml") > 0), TimeSpan.FromSeconds(60), "the poll to start");
            var exit = await first.StopAsync(TimeSpan.FromSeconds(60));
            exit.Should().Be(0, first.Output);
        }
        (await feedhub.ExportAsync()).Should().BeEmpty("the interrupted poll stored nothing");

        Volatile.Write(ref hang, false);
        await using var second = DaemonProcess.Start(settings);
        await second.WaitUntilAsync(async () => (await feedhub.ExportAsync()).Count == 3, TimeSpan.FromSeconds(60), "the feed to be polled again");
        (await second.StopAsync(TimeSpan.FromSeconds(60))).Should().Be(0);
        server.CountRequests("slow.xml").Should().BeGreaterThanOrEqualTo(2);
    }
}
