using System.Text.Json;
using FeedHub.Testing;
using Microsoft.Data.Sqlite;

namespace FeedHub.Worker.Tests;

/// <summary>
/// Faults of the environment rather than of the feeds: a feed server that never answers, a PostgreSQL connection
/// pool far too small for the work, and the embedded SQLite store running out of room. Each ends with every item
/// stored once and nothing corrupted.
/// </summary>
public sealed class FaultTests
{
    [Fact]
    public async Task AServerThatHangs_TimesOut_AndTheOtherFeedsArePolled()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.Map("hangs.xml", async context => await Task.Delay(Timeout.Infinite, context.RequestAborted));
        server.MapFile("good.xml", FixtureFiles.PathOf("weekly-blitz", "origin-feed.xml"));
        await using var feedhub = await FeedHubInstance.CreateAsync("sqlite");
        (await feedhub.RunAsync("feeds", "import", FeedHubInstance.WriteOpml(server.Url("hangs.xml"), server.Url("good.xml")))).ExitCode.Should().Be(0);

        var poll = await feedhub.RunAsync("poll", "--all", "--Fetch:Timeout=00:00:03");

        poll.ExitCode.Should().Be(0, poll.Error);
        var feeds = await FeedsAsync(feedhub);
        feeds[server.Url("hangs.xml").AbsoluteUri].GetProperty("status").GetString().Should().Be("error");
        feeds[server.Url("hangs.xml").AbsoluteUri].GetProperty("lastError").GetString().Should().ContainEquivalentOf("timed out");
        feeds[server.Url("good.xml").AbsoluteUri].GetProperty("status").GetString().Should().Be("ok");
        (await feedhub.ExportAsync()).Should().HaveCount(3);
    }

    [Fact]
    public async Task AFullSqliteStore_GivesAClearError_LosesNothing_AndResumesWhenThereIsRoom()
    {
        var (server, farm) = await FeedFarm.StartAsync(new FeedFarmOptions { Feeds = 40, Hosts = 2, FirstRoundItems = 20, WordsPerArticle = 600, Seed = 3 });
        await using var _ = server;
        await using var feedhub = await FeedHubInstance.CreateAsync("sqlite");
        (await feedhub.RunAsync("feeds", "import", FeedHubInstance.WriteOpml([.. farm.Urls]))).ExitCode.Should().Be(0);

        // 800 items of about 4 KB each (raw, clean and text) cannot fit in 2 MiB.
        var full = await feedhub.RunAsync("poll", "--all", "--Storage:SqliteMaxSizeMB=2");

        full.ExitCode.Should().Be(0, "the poll ran; the feeds that could not be stored are failures on their own");
        (full.Output + full.Error).Should().Contain("database or disk is full");
        var storedWhileFull = (await feedhub.ExportAsync()).Count;
        storedWhileFull.Should().BeLessThan(farm.AllItems.Count);
        Integrity(feedhub.SqlitePath!).Should().Be("ok");

        await feedhub.RunAsync("feeds", "list"); // readable while full
        var roomy = await feedhub.RunAsync("poll", "--all");

        roomy.ExitCode.Should().Be(0, roomy.Error);
        var articles = await feedhub.ExportAsync();
        articles.Should().HaveCount(farm.AllItems.Count, "every item is stored once there is room");
        articles.Select(a => (a.GetProperty("feedUrl").GetString(), a.GetProperty("guid").GetString())).Should().OnlyHaveUniqueItems();
        Integrity(feedhub.SqlitePath!).Should().Be("ok");
    }

    [Fact]
    public async Task AnExhaustedConnectionPool_SlowsTheDaemon_ButEveryItemIsStoredOnce()
    {
        var (server, farm) = await FeedFarm.StartAsync(new FeedFarmOptions { Feeds = 120, Hosts = 4, FirstRoundItems = 2, Seed = 5 });
        await using var _ = server;
        var cluster = await PostgresCluster.SharedAsync();
        var connectionString = await cluster.CreateDatabaseAsync("pool");
        await using var feedhub = FeedHubInstance.ForPostgres(connectionString);
        (await feedhub.RunAsync("feeds", "import", FeedHubInstance.WriteOpml([.. farm.Urls]))).ExitCode.Should().Be(0);

        // The daemon gets two connections, given up on after two seconds, for 4 jobs × 16 feeds at once: its pool is
        // exhausted all the time, and items fail to store until their feeds' retries get through.
        var tinyPool = new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = 2, Timeout = 2 }.ConnectionString;
        await using var daemon = DaemonProcess.Start([$"--ConnectionStrings:FeedHub={tinyPool}", "--Fetch:AllowPrivateNetworks=true", "--Scheduling:DispatchInterval=00:00:01",
            "--Scheduling:ErrorBackoff=00:00:01", "--Scheduling:MinInterval=00:00:05", "--Scheduling:MaxInterval=00:00:10", "--Scheduling:Lease=00:00:30", "--Scheduling:BatchSize=30",
            "--Hangfire:WorkerCount=4", "--Scheduling:PollConcurrency=16"]);
        using var http = new HttpClient { BaseAddress = daemon.BaseAddress };
        await daemon.WaitUntilAsync(async () => (await feedhub.ExportAsync()).Count >= farm.AllItems.Count, TimeSpan.FromMinutes(4), "every item stored");

        var articles = await feedhub.ExportAsync();
        articles.Should().HaveCount(farm.AllItems.Count);
        articles.Select(a => (a.GetProperty("feedUrl").GetString(), a.GetProperty("guid").GetString())).Should().OnlyHaveUniqueItems();
        articles.Select(a => a.GetProperty("storyId").GetInt64()).Distinct().Should().HaveCount(farm.AllItems.Select(i => i.StoryKey).Distinct().Count());
        (await http.GetAsync("/healthz")).IsSuccessStatusCode.Should().BeTrue("the daemon lived through it");
        (await daemon.StopAsync(TimeSpan.FromSeconds(90))).Should().Be(0, daemon.Output);
    }

    private static string Integrity(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }

    private static async Task<Dictionary<string, JsonElement>> FeedsAsync(FeedHubInstance feedhub)
    {
        var list = await feedhub.RunAsync("feeds", "list", "--format", "json");
        return JsonDocument.Parse(list.Output).RootElement.EnumerateArray().ToDictionary(f => f.GetProperty("url").GetString()!, f => f.Clone());
    }
}
