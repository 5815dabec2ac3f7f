using FeedHub.Testing;
using Npgsql;
using Xunit.Abstractions;

namespace FeedHub.Worker.Tests;

/// <summary>
/// Three `feedhub run` processes on one throwaway PostgreSQL share 1,000 loopback feeds with known content (a third
/// of the items are cross-posts). One worker is killed with SIGKILL in the middle of a round and PostgreSQL is
/// restarted in the next; afterwards the store holds exactly the items served, once each, in exactly the expected
/// stories, and every feed is scheduled in the future with no lease or job left behind.
/// </summary>
public sealed class ScaleOutTests(ITestOutputHelper output)
{
    private static readonly TimeSpan RoundDeadline = TimeSpan.FromMinutes(Environment.GetEnvironmentVariable("FEEDHUB_SCALEOUT_MINUTES") is { } m ? double.Parse(m, System.Globalization.CultureInfo.InvariantCulture) : 3);

    [Fact]
    public async Task ThreeWorkers_SurviveASigkillAndAPostgresRestart_WithNothingLostOrDoubled()
    {
        var cluster = await PostgresCluster.StartPrivateAsync();
        var connectionString = await cluster.CreateDatabaseAsync("scaleout");
        var (server, farm) = await FeedFarm.StartAsync(new FeedFarmOptions { Feeds = 1_000, Hosts = 8, FirstRoundItems = 1, ItemsPerRound = 1, Seed = 8 });
        await using var _ = server;
        await using var feedhub = FeedHubInstance.ForPostgres(connectionString);
        (await feedhub.RunAsync("feeds", "import", FeedHubInstance.WriteOpml([.. farm.Urls]))).ExitCode.Should().Be(0);

        string[] settings =
        [
            .. feedhub.StoreArgs, "--Fetch:AllowPrivateNetworks=true", "--Fetch:MaxConcurrencyPerHost=4",
            "--Scheduling:DispatchInterval=00:00:01", "--Scheduling:MinInterval=00:00:02", "--Scheduling:MaxInterval=00:00:04",
            "--Scheduling:BatchSize=20", "--Scheduling:Lease=00:00:20", "--Hangfire:InvisibilityTimeout=00:00:30",
            "--Hangfire:WorkerCount=4", "--Hangfire:QueuePollInterval=00:00:00.500",
        ];
        var workers = new List<DaemonProcess>();
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            for (var i = 0; i < 3; i++)
                workers.Add(DaemonProcess.Start(settings));

            // Round 0: every feed is new. Kill one worker with SIGKILL once a fifth of the feeds have been served.
            await WaitForAsync(() => farm.FeedsBehind() <= 800, workers, stopwatch, "a fifth of round 0 served");
            workers[1].Kill();
            await WaitForAsync(() => farm.FeedsBehind() == 0, workers, stopwatch, "round 0 served to every feed");

            // Round 1: new items everywhere; PostgreSQL restarts (fast shutdown, 3 s down) while the workers poll.
            farm.Advance();
            await WaitForAsync(() => farm.FeedsBehind() <= 700, workers, stopwatch, "a third of round 1 served");
            await cluster.StopServerAsync();
            await Task.Delay(TimeSpan.FromSeconds(3));
            await cluster.StartServerAsync();
            workers[1] = DaemonProcess.Start(settings);
            await WaitForAsync(() => farm.FeedsBehind() == 0, workers, stopwatch, "round 1 served to every feed");

            // Round 2, the last: the feeds now declare a ten-hour ttl, so once stored they are scheduled far out.
            farm.Advance(ttlMinutes: 600);
            var expected = farm.AllItems;
            await WaitForAsync(async () => await ScalarAsync(connectionString, "SELECT count(*) FROM feedhub.feeds WHERE next_poll_at < now() + interval '1 hour'") == 0,
                workers, stopwatch, "every feed stored its last round",
                () => RowsAsync(connectionString, "SELECT id, status, etag, last_polled_at, next_poll_at, lease_until, last_error FROM feedhub.feeds WHERE next_poll_at < now() + interval '1 hour' LIMIT 10"));
            await WaitForAsync(async () => await ScalarAsync(connectionString, "SELECT count(*) FROM hangfire.job WHERE statename IN ('Processing', 'Enqueued')") == 0,
                workers, stopwatch, "no poll job processing or waiting");

            var stored = await ReadArticlesAsync(connectionString);
            var urls = farm.Urls.Select(u => u.AbsoluteUri).ToList();
            stored.Should().HaveCount(expected.Count, "every item served is stored exactly once");
            stored.Select(a => (a.FeedUrl, a.Guid)).Should().OnlyHaveUniqueItems()
                .And.BeEquivalentTo(expected.Select(e => (urls[e.Feed], e.Guid)));

            var storyOf = stored.ToDictionary(a => (a.FeedUrl, a.Guid), a => a.StoryId);
            var expectedStories = expected.GroupBy(e => e.StoryKey).ToList();
            expectedStories.Should().Contain(g => g.Count() > 1, "the farm serves cross-posts");
            foreach (var story in expectedStories)
                story.Select(e => storyOf[(urls[e.Feed], e.Guid)]).Distinct().Should().ContainSingle($"the copies of story {story.Key} are one story");
            stored.Select(a => a.StoryId).Distinct().Should().HaveCount(expectedStories.Count, "articles of different stories stay apart");

            (await ScalarAsync(connectionString, "SELECT count(*) FROM feedhub.feeds WHERE NOT enabled OR status NOT IN ('ok', 'not-modified') OR lease_until > now()"))
                .Should().Be(0, "every feed is healthy and released");
            (await ScalarAsync(connectionString, "SELECT count(*) FROM feedhub.feeds WHERE next_poll_at <= now()"))
                .Should().Be(0, "every feed has a future next poll");

            var exits = await Task.WhenAll(workers.Select(w => w.StopAsync(TimeSpan.FromSeconds(90))));
            for (var i = 0; i < workers.Count; i++)
                exits[i].Should().Be(0, $"every worker drains and exits 0 on SIGTERM; worker {i}:\n{Tail(workers[i].Output)}");
        }
        finally
        {
            foreach (var worker in workers)
                await worker.DisposeAsync();
            await cluster.DisposeAsync();
        }
    }

    private sealed record StoredArticle(string FeedUrl, string Guid, long StoryId);

    private static async Task<List<StoredArticle>> ReadArticlesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT f.url, a.guid, a.story_id FROM feedhub.articles a JOIN feedhub.feeds f ON f.id = a.feed_id", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var list = new List<StoredArticle>();
        while (await reader.ReadAsync())
            list.Add(new StoredArticle(reader.GetString(0), reader.GetString(1), reader.GetInt64(2)));
        return list;
    }

    private static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<string> RowsAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new System.Text.StringBuilder();
        while (await reader.ReadAsync())
            rows.AppendLine(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        return rows.ToString();
    }

    private Task WaitForAsync(Func<bool> condition, IReadOnlyList<DaemonProcess> workers, System.Diagnostics.Stopwatch stopwatch, string what) =>
        WaitForAsync(() => Task.FromResult(condition()), workers, stopwatch, what);

    private async Task WaitForAsync(Func<Task<bool>> condition, IReadOnlyList<DaemonProcess> workers, System.Diagnostics.Stopwatch stopwatch, string what, Func<Task<string>>? state = null)
    {
        var until = DateTime.UtcNow + RoundDeadline;
        while (DateTime.UtcNow < until)
        {
            try
            {
                if (await condition())
                {
                    output.WriteLine($"{stopwatch.Elapsed.TotalSeconds,6:0.0} s  {what}");
                    return;
                }
            }
            catch (NpgsqlException)
            {
                // The database is restarting; ask again.
            }
            await Task.Delay(250);
        }
        var logs = string.Join("\n---\n", workers.Select((w, i) => $"worker {i}:\n{Tail(w.Output)}"));
        var rows = state is null ? "" : await state();
        throw new TimeoutException($"Gave up waiting for {what} after {RoundDeadline}.\n{rows}\n{logs}");
    }

    private static string Tail(string output) => output.Length > 4000 ? output[^4000..] : output;
}
