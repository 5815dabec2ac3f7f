using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using FeedHub.Testing;
using Npgsql;

namespace FeedHub.Evaluation;

/// <summary>
/// The whole pipeline under load, on PostgreSQL, with 1, 2 and 3 `feedhub run` processes: a loopback farm of
/// 10,000 feeds (32 hosts) is polled through Hangfire — fetch, parse, clean, dedup, store — in three rounds:
///   first   every feed is new and has one item (10,000 articles);
///   mixed   70% answer 304 to their validators, 30% have changed with 20 new items each (60,000 articles);
///   unchanged  every feed answers 304.
/// Each round starts by making every feed due (one UPDATE of next_poll_at) and ends when the farm has served every
/// feed the round's document and the store holds the round's articles. Beside it, in the same run, the raw request
/// rate of the same server and URLs through a plain HttpClient. Peak memory is each worker process's VmHWM.
///   dotnet run -c Release --project tests/FeedHub.Evaluation -- scale-load [--feeds 10000] [--workers 1,2,3]
///     [--changed 0.3] [--items 20] [--hosts 32] [--worker-count 4] [--poll-concurrency 4] [--shared-buffers 128MB] [--statements]
/// `--statements` loads pg_stat_statements and prints, after the mixed round, the server's time per statement over
/// that round (per new article).
/// </summary>
internal static class ScaleLoad
{
    private static readonly TimeSpan RoundDeadline = TimeSpan.FromMinutes(20);

    public static async Task<int> RunAsync(string[] args)
    {
        var feeds = Option(args, "--feeds", 10_000);
        var changed = Option(args, "--changed", 0.3);
        var items = Option(args, "--items", 20);
        var hosts = Option(args, "--hosts", 32);
        var workerCount = Option(args, "--worker-count", 4);
        // The daemon's own default (SchedulingOptions) unless told.
        var pollConcurrency = Option(args, "--poll-concurrency", new FeedHub.Scheduling.SchedulingOptions().PollConcurrency);
        var workerSets = (Value(args, "--workers") ?? "1,2,3").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();

        Console.WriteLine($"scale-load: {feeds} feeds on {hosts} loopback hosts; mixed round {changed:P0} changed with {items} items; "
            + $"workers {string.Join(",", workerSets)} processes × Hangfire:WorkerCount {workerCount} × PollConcurrency {pollConcurrency}; {Environment.ProcessorCount} cores; load {Load()}");
        // PostgreSQL's own default (128 MB) unless told: the tuned figure is a separate, stated run.
        var sharedBuffers = Value(args, "--shared-buffers") ?? "128MB";
        Console.WriteLine($"PostgreSQL shared_buffers {sharedBuffers}");
        // --statements: where the server's time went in the mixed round, per statement (pg_stat_statements).
        var statements = args.Contains("--statements");
        await using var cluster = await PostgresCluster.StartPrivateAsync($"-c shared_buffers={sharedBuffers}" + (statements ? IngestLoad.StatementsServerOptions : ""));
        var ok = true;
        var rows = new List<string>();
        foreach (var workers in workerSets)
        {
            var (server, farm) = await FeedFarm.StartAsync(new FeedFarmOptions
            {
                Feeds = feeds, Hosts = hosts, FirstRoundItems = 1, ItemsPerRound = items, ChangedShare = changed, CrossPostShare = 0.3,
                Window = items, WordsPerArticle = 300, Seed = 20261130,
            });
            await using var _ = server;
            var raw = await RawRateAsync(farm);
            var connectionString = await cluster.CreateDatabaseAsync($"scale{workers}");
            if (statements)
                await ExecuteAsync(connectionString, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            await FeedHubAsync(["feeds", "import", WriteOpml(farm.Urls), $"--ConnectionStrings:FeedHub={connectionString}", "--Fetch:AllowPrivateNetworks=true"]);
            // Nothing polls by itself between rounds (intervals of an hour); each round makes every feed due.
            string[] settings =
            [
                $"--ConnectionStrings:FeedHub={connectionString}", "--Fetch:AllowPrivateNetworks=true",
                "--Scheduling:DispatchInterval=00:00:01", "--Scheduling:MinInterval=01:00:00", "--Scheduling:MaxInterval=02:00:00",
                "--Scheduling:Lease=00:05:00", $"--Hangfire:WorkerCount={workerCount}", $"--Scheduling:PollConcurrency={pollConcurrency}", "--Hangfire:QueuePollInterval=00:00:00.200",
                "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information",
            ];
            var processes = Enumerable.Range(0, workers).Select(i => StartWorker(settings, i)).ToList();
            try
            {
                await WaitAsync(async () => await ScalarAsync(connectionString, "SELECT count(*) FROM hangfire.server") >= workers, "workers up");
                var first = await RoundAsync(farm, connectionString, "first", 0);
                farm.Advance();
                if (statements)
                    await ExecuteAsync(connectionString, "SELECT pg_stat_statements_reset()");
                var mixed = await RoundAsync(farm, connectionString, "mixed", 1);
                if (statements)
                {
                    Console.WriteLine($"mixed round, per new article ({mixed.Articles:N0}):");
                    await using var statementSource = NpgsqlDataSource.Create(connectionString);
                    await IngestLoad.PrintStatementsAsync(statementSource, Math.Max(1, mixed.Articles));
                }
                farm.Advance(changedShare: 0);
                var unchanged = await RoundAsync(farm, connectionString, "unchanged", 2);
                var peaks = processes.Select(p => PeakMiB(p.Id)).ToList();
                var duplicates = await ScalarAsync(connectionString, "SELECT count(*) - count(DISTINCT (feed_id, identity_key)) FROM feedhub.articles");
                var stored = await ScalarAsync(connectionString, "SELECT count(*) FROM feedhub.articles");
                var expected = farm.AllItems.Count;
                var stories = await ScalarAsync(connectionString, "SELECT count(DISTINCT story_id) FROM feedhub.articles");
                var expectedStories = farm.AllItems.Select(i => i.StoryKey).Distinct().Count();
                ok &= duplicates == 0 && stored == expected && stories == expectedStories;
                foreach (var round in (Round[])[first, mixed, unchanged])
                {
                    rows.Add($"| {workers} | {round.Name} | {round.Polls:N0} polls ({round.NotModified:N0} × 304) | {round.Elapsed.TotalSeconds:0.0} s "
                        + $"| {round.Polls / round.Elapsed.TotalSeconds:N0} | {round.Articles / round.Elapsed.TotalSeconds:N0} "
                        + $"| {raw:N0} | {string.Join(" / ", peaks.Select(p => p.ToString("0", CultureInfo.InvariantCulture)))} |");
                    Console.WriteLine(rows[^1]);
                }
                Console.WriteLine($"workers {workers}: stored {stored:N0} articles (expected {expected:N0}), {duplicates} doubled, {stories:N0} stories (expected {expectedStories:N0})");
            }
            finally
            {
                foreach (var process in processes)
                {
                    if (!process.HasExited)
                        process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync();
                    process.Dispose();
                }
            }
        }
        Console.WriteLine();
        Console.WriteLine("| workers | round | polls | time | polls/s | articles/s | raw HttpClient requests/s, same server | peak MiB per worker |");
        Console.WriteLine("| ---: | --- | --- | ---: | ---: | ---: | ---: | --- |");
        foreach (var row in rows)
            Console.WriteLine(row);
        Console.WriteLine($"load average at the end: {Load()}");
        Console.WriteLine($"command: dotnet run -c Release --project tests/FeedHub.Evaluation -- scale-load {string.Join(' ', args)}".TrimEnd());
        if (!ok)
            Console.Error.WriteLine("UNEXPECTED: the store does not match the farm (see the lines above).");
        return ok ? 0 : 1;
    }

    private sealed record Round(string Name, int Polls, long NotModified, long Articles, TimeSpan Elapsed);

    private static async Task<Round> RoundAsync(FeedFarm farm, string connectionString, string name, int number)
    {
        var before = await ScalarAsync(connectionString, "SELECT count(*) FROM feedhub.articles");
        var expected = farm.AllItems.Count;
        var notModifiedBefore = farm.NotModifiedAnswers;
        var stopwatch = Stopwatch.StartNew();
        if (number > 0)
            await ExecuteAsync(connectionString, "UPDATE feedhub.feeds SET next_poll_at = now()");
        await WaitAsync(() => Task.FromResult(farm.FeedsBehind() == 0), $"round {name} served");
        await WaitAsync(async () => await ScalarAsync(connectionString, "SELECT count(*) FROM feedhub.articles") >= expected
            && await ScalarAsync(connectionString, "SELECT count(*) FROM feedhub.feeds WHERE lease_until IS NOT NULL OR next_poll_at <= now()") == 0,
            $"round {name} stored");
        stopwatch.Stop();
        var after = await ScalarAsync(connectionString, "SELECT count(*) FROM feedhub.articles");
        return new Round(name, farm.Urls.Count, farm.NotModifiedAnswers - notModifiedBefore, after - before, stopwatch.Elapsed);
    }

    /// <summary>The same URLs through a plain HttpClient with each feed's current validator: what the server can serve.</summary>
    private static async Task<double> RawRateAsync(FeedFarm farm)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 2, UseProxy = false, UseCookies = false });
        var etags = new string?[farm.Urls.Count];
        async Task PassAsync()
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, farm.Urls.Count), new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (i, token) =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, farm.Urls[i]);
                if (etags[i] is { } etag)
                    request.Headers.TryAddWithoutValidation("If-None-Match", etag);
                using var response = await client.SendAsync(request, token);
                await response.Content.ReadAsByteArrayAsync(token);
                etags[i] = response.Headers.ETag?.ToString();
            });
        }
        await PassAsync(); // bodies once, to learn the validators
        var stopwatch = Stopwatch.StartNew();
        await PassAsync(); // then every URL answers 304
        return farm.Urls.Count / stopwatch.Elapsed.TotalSeconds;
    }

    private static Process StartWorker(string[] settings, int index)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "feedhub.dll"));
        start.ArgumentList.Add("run");
        foreach (var setting in settings)
            start.ArgumentList.Add(setting);
        start.ArgumentList.Add($"--Urls=http://127.0.0.1:{FreePort()}");
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Echo(index, e.Data);
        process.ErrorDataReceived += (_, e) => Echo(index, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void Echo(int worker, string? line)
    {
        if (line is not null && (line.Contains("fail", StringComparison.OrdinalIgnoreCase) || line.Contains("warn", StringComparison.OrdinalIgnoreCase)))
            Console.Error.WriteLine($"[worker {worker}] {line}");
    }

    private static async Task FeedHubAsync(string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "feedhub.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"feedhub {args[0]} failed: {await error}");
    }

    private static string WriteOpml(IReadOnlyList<Uri> urls)
    {
        var path = Path.Combine(Path.GetTempPath(), $"feedhub-scale-{Guid.NewGuid():N}.opml");
        var body = new StringBuilder("<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>farm</title></head><body>");
        foreach (var url in urls)
            body.Append("<outline type=\"rss\" text=\"farm\" xmlUrl=\"").Append(WebUtility.HtmlEncode(url.AbsoluteUri)).Append("\"/>");
        File.WriteAllText(path, body.Append("</body></opml>").ToString());
        return path;
    }

    private static double PeakMiB(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? double.NaN : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
        }
        catch (IOException)
        {
            return double.NaN;
        }
    }

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static async Task WaitAsync(Func<Task<bool>> condition, string what)
    {
        var until = DateTime.UtcNow + RoundDeadline;
        while (DateTime.UtcNow < until)
        {
            try
            {
                if (await condition())
                    return;
            }
            catch (PostgresException)
            {
                // Hangfire's schema is not there yet
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"scale-load gave up waiting for {what} after {RoundDeadline}.");
    }

    private static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static int Option(string[] args, string name, int fallback) =>
        Value(args, name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    private static double Option(string[] args, string name, double fallback) =>
        Value(args, name) is { } v ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;

    private static string? Value(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
