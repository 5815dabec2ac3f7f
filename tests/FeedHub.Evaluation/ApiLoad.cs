using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using FeedHub.Storage;
using FeedHub.Storage.Postgres;
using FeedHub.Testing;
using FeedHub.Worker.Cli;
using FeedHub.Worker.Hosting;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace FeedHub.Evaluation;

/// <summary>
/// `api-load`: a throwaway PostgreSQL filled with N articles (default 1,000,000), then, in one run,
/// `/api/articles` pages per second beside a plain Npgsql SELECT of the same pages, and `feedhub export --format jsonl`
/// articles per second beside a plain SELECT that reads every row.
/// </summary>
internal static class ApiLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        var articles = IntArg(args, "--articles", 1_000_000);
        var pages = IntArg(args, "--pages", 2000);
        const int pageSize = 100;
        Console.WriteLine($"command: dotnet run -c Release --project tests/FeedHub.Evaluation -- api-load --articles {articles} --pages {pages}");

        var cluster = await PostgresCluster.StartPrivateAsync();
        var cs = await cluster.CreateDatabaseAsync("apiload");
        await using var dataSource = PostgresStore.CreateDataSource(cs);
        await new PostgresStore(dataSource).MigrateAsync(CancellationToken.None);

        var load = Stopwatch.StartNew();
        await ExecAsync(dataSource, "INSERT INTO feedhub.feeds (url, title, next_poll_at, created_at, updated_at) VALUES ('https://load.example/feed', 'load', now() + interval '1 year', now(), now())");
        await ExecAsync(dataSource, $"INSERT INTO feedhub.stories (created_at, updated_at) SELECT now(), now() FROM generate_series(1, {articles})");
        await ExecAsync(dataSource,
            "INSERT INTO feedhub.articles (feed_id, identity_key, guid, url, canonical_url, title, author, published_at, fetched_at, updated_at, " +
            "raw_content, content_html, content_text, content_hash, story_id) " +
            "SELECT 1, 'guid:' || i, 'g' || i, 'https://load.example/a/' || i, 'https://load.example/a/' || i, 'Article number ' || i, 'Desk', " +
            "now() - (i || ' minutes')::interval, now(), now(), '<p>' || repeat('word ' || i || ' ', 40) || '</p>', " +
            "'<p>' || repeat('word ' || i || ' ', 40) || '</p>', repeat('word ' || i || ' ', 40), md5(i::text), i " +
            $"FROM generate_series(1, {articles}) i");
        await ExecAsync(dataSource, "UPDATE feedhub.stories SET representative_article_id = id");
        await ExecAsync(dataSource, "VACUUM ANALYZE");
        Console.WriteLine($"loaded {articles:N0} articles in {load.Elapsed.TotalSeconds:F0} s");

        var port = FreePort();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:FeedHub"] = cs,
            ["Urls"] = $"http://127.0.0.1:{port}",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Feeds:SeedFile"] = "",
        }).Build();
        var app = DaemonHost.Build(configuration);
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };

        // Warm-up, then the API and its baseline in alternating rounds, so that load from elsewhere on the shared
        // machine falls on both alike.
        var store = new PostgresStore(dataSource);
        string? apiCursor = null;
        long sqlLast = 0;
        ArticleCursor? storeCursor = null;
        await ApiPagesAsync(http, 50, pageSize, null);
        await SqlPagesAsync(dataSource, 50, pageSize, 0);
        await StorePagesAsync(store, 50, pageSize, null);
        var api = TimeSpan.Zero;
        var sql = TimeSpan.Zero;
        var storeOnly = TimeSpan.Zero;
        for (var round = 0; round < Rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            apiCursor = await ApiPagesAsync(http, pages / Rounds, pageSize, apiCursor);
            api += watch.Elapsed;
            watch.Restart();
            sqlLast = await SqlPagesAsync(dataSource, pages / Rounds, pageSize, sqlLast);
            sql += watch.Elapsed;
            watch.Restart();
            storeCursor = await StorePagesAsync(store, pages / Rounds, pageSize, storeCursor);
            storeOnly += watch.Elapsed;
        }
        var walked = pages / Rounds * Rounds;

        using var sampler = new PeakSampler();
        var export = await TimeAsync(async () =>
        {
            // Like `feedhub` itself: a UTF-8 StreamWriter over an output stream (here /dev/null).
            await using var devNull = new FileStream("/dev/null", FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
            await using var stdout = new StreamWriter(devNull, new System.Text.UTF8Encoding(false), 1 << 16);
            var exit = await FeedHubCli.RunAsync(["export", "--format", "jsonl", $"--ConnectionStrings:FeedHub={cs}"], stdout, TextWriter.Null);
            if (exit != 0)
                throw new InvalidOperationException($"export exited {exit}");
        });
        var (before, peak) = sampler.Stop();
        var plain = await TimeAsync(() => SqlReadAllAsync(dataSource));

        await app.StopAsync();
        await app.DisposeAsync();

        Console.WriteLine();
        Console.WriteLine("| what | rate | beside | ratio (time) |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        Console.WriteLine($"| `/api/articles`, {pageSize} a page, {walked} pages walked by cursor | {walked / api.TotalSeconds:N0} pages/s | plain SELECT of the same columns, same pages: {walked / sql.TotalSeconds:N0} pages/s | {api / sql:F2}× |");
        Console.WriteLine($"| the store's page read alone (no HTTP, no JSON) | {walked / storeOnly.TotalSeconds:N0} pages/s | same | {storeOnly / sql:F2}× |");
        Console.WriteLine($"| `feedhub export --format jsonl`, {articles:N0} articles | {articles / export.TotalSeconds:N0} articles/s | plain SELECT of the same columns, every row: {articles / plain.TotalSeconds:N0} rows/s | {export / plain:F2}× |");
        Console.WriteLine($"| process working set during the export | before {before / 1048576.0:N0} MB | peak {peak / 1048576.0:N0} MB | |");
        return 0;
    }

    private const int Rounds = 4;

    /// <summary>
    /// What the baselines read: the columns behind the Contract's article shape (the feed's URL and the story's
    /// representative through the same joins), nothing else.
    /// </summary>
    private const string ContractColumns =
        "SELECT a.id, f.url, a.guid, a.url, a.canonical_url, a.title, a.author, a.published_at, a.fetched_at, a.content_html, " +
        "a.content_text, a.story_id, s.representative_article_id = a.id, a.original_url, a.duplicate_reason, a.similarity " +
        "FROM feedhub.articles a JOIN feedhub.feeds f ON f.id = a.feed_id JOIN feedhub.stories s ON s.id = a.story_id";

    private static async Task<string?> ApiPagesAsync(HttpClient http, int pages, int pageSize, string? cursor)
    {
        for (var i = 0; i < pages; i++)
        {
            using var response = await http.GetAsync($"api/articles?limit={pageSize}" + (cursor is null ? "" : "&cursor=" + cursor));
            response.EnsureSuccessStatusCode();
            await using var body = await response.Content.ReadAsStreamAsync();
            using var page = await JsonDocument.ParseAsync(body);
            cursor = page.RootElement.GetProperty("nextCursor").GetString();
        }
        return cursor;
    }

    private static async Task<ArticleCursor?> StorePagesAsync(PostgresStore store, int pages, int pageSize, ArticleCursor? cursor)
    {
        for (var i = 0; i < pages; i++)
            cursor = (await store.ListArticlesAsync(new ArticleQuery { After = cursor, Limit = pageSize }, CancellationToken.None)).NextCursor;
        return cursor;
    }

    private static async Task<long> SqlPagesAsync(NpgsqlDataSource dataSource, int pages, int pageSize, long last)
    {
        for (var i = 0; i < pages; i++)
        {
            await using var command = dataSource.CreateCommand($"{ContractColumns} WHERE a.id > $1 ORDER BY a.id LIMIT {pageSize}");
            command.Parameters.AddWithValue(last);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var f = 0; f < reader.FieldCount; f++)
                    _ = reader.GetValue(f);
                last = reader.GetInt64(0);
            }
        }
        return last;
    }

    private static async Task SqlReadAllAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand($"{ContractColumns} ORDER BY a.id");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            for (var f = 0; f < reader.FieldCount; f++)
                _ = reader.GetValue(f);
        }
    }

    /// <summary>Samples this process's working set every 50 ms until stopped.</summary>
    private sealed class PeakSampler : IDisposable
    {
        private readonly long _before = Current();
        private readonly Timer _timer;
        private long _peak;

        public PeakSampler()
        {
            _peak = _before;
            _timer = new Timer(_ => Interlocked.Exchange(ref _peak, Math.Max(Interlocked.Read(ref _peak), Current())), null, 0, 50);
        }

        public (long Before, long Peak) Stop()
        {
            _timer.Dispose();
            return (_before, Math.Max(Interlocked.Read(ref _peak), Current()));
        }

        public void Dispose() => _timer.Dispose();

        private static long Current()
        {
            using var process = Process.GetCurrentProcess();
            return process.WorkingSet64;
        }
    }

    private static async Task<TimeSpan> TimeAsync(Func<Task> work)
    {
        var watch = Stopwatch.StartNew();
        await work();
        return watch.Elapsed;
    }

    private static async Task ExecAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static int IntArg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
