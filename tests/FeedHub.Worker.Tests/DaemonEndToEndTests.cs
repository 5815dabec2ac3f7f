using System.Net;
using FeedHub.Testing;

namespace FeedHub.Worker.Tests;

/// <summary>
/// The daemon for real: `feedhub run` in its own process, the Hangfire dispatcher claiming the feeds and poll jobs
/// fetching them from a loopback feed server, articles arriving in the store; then SIGTERM and exit code 0.
/// </summary>
public sealed class DaemonEndToEndTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Daemon_PollsThroughHangfire_AndExitsCleanlyOnSigterm(string store)
    {
        await using var server = await LoopbackServer.StartAsync();
        server.MapFile("origin.xml", FixtureFiles.PathOf("weekly-blitz", "origin-feed.xml"));
        server.MapFile("aggregator.xml", FixtureFiles.PathOf("weekly-blitz", "aggregator-feed.xml"));
        await using var feedhub = await FeedHubInstance.CreateAsync(store);
        (await feedhub.RunAsync("feeds", "import", FeedHubInstance.WriteOpml(server.Url("origin.xml"), server.Url("aggregator.xml")))).ExitCode.Should().Be(0);

        await using var daemon = DaemonProcess.Start([.. feedhub.StoreArgs, "--Fetch:AllowPrivateNetworks=true", "--Scheduling:DispatchInterval=00:00:02"]);
        using var http = new HttpClient { BaseAddress = daemon.BaseAddress };

        await daemon.WaitUntilAsync(async () => (await http.GetAsync("/healthz")).IsSuccessStatusCode, TimeSpan.FromSeconds(60), "/healthz");
        await daemon.WaitUntilAsync(async () => (await feedhub.ExportAsync()).Count == 4, TimeSpan.FromSeconds(90), "four articles");

        server.CountRequests("origin.xml").Should().BeGreaterThan(0);
        (await http.GetAsync("/readyz")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await http.GetAsync("/hangfire")).StatusCode.Should().Be(HttpStatusCode.OK, "the dashboard answers loopback requests");
        var articles = await feedhub.ExportAsync();
        articles.Select(a => a.GetProperty("storyId").GetInt64()).Distinct().Should().HaveCount(3);

        var exit = await daemon.StopAsync(TimeSpan.FromSeconds(60));
        exit.Should().Be(0, daemon.Output);
        daemon.Output.Should().Contain("Poll job done");
    }
}
