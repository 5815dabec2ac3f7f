using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
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

        await ApiPagesAsync(http, 100, pageSize); // warm-up
        var api = await TimeAsync(() => ApiPagesAsync(http, pages, pageSize));
        await SqlPagesAsync(dataSource, 100, pageSize);
        var sql = await TimeAsync(() => SqlPagesAsync(dataSource, pages, pageSize));

        var export = await TimeAsync(async () =>
        {
            var exit = await FeedHubCli.RunAsync(["export", "--format", "jsonl", $"--ConnectionStrings:FeedHub={cs}"], TextWriter.Null, TextWriter.Null);
            if (exit != 0)
                throw new InvalidOperationException($"export exited {exit}");
        });
        var plain = await TimeAsync(() => SqlReadAllAsync(dataSource));

        await app.StopAsync();
        await app.DisposeAsync();

        Console.WriteLine();
        Console.WriteLine("| what | rate | beside | ratio (time) |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        Console.WriteLine($"| `/api/articles`, {pageSize} a page, {pages} pages walked by cursor | {pages / api.TotalSeconds:N0} pages/s | plain SELECT of the same pages: {pages / sql.TotalSeconds:N0} pages/s | {api / sql:F2}× |");
        Console.WriteLine($"| `feedhub export --format jsonl`, {articles:N0} articles | {articles / export.TotalSeconds:N0} articles/s | plain SELECT reading every row: {articles / plain.TotalSeconds:N0} rows/s | {export / plain:F2}× |");
        return 0;
    }

    private static async Task ApiPagesAsync(HttpClient http, int pages, int pageSize)
    {
        string? cursor = null;
        for (var i = 0; i < pages; i++)
        {
            using var response = await http.GetAsync($"api/articles?limit={pageSize}" + (cursor is null ? "" : "&cursor=" + cursor));
            response.EnsureSuccessStatusCode();
            await using var body = await response.Content.ReadAsStreamAsync();
            using var page = await JsonDocument.ParseAsync(body);
            cursor = page.RootElement.GetProperty("nextCursor").GetString();
        }
    }

    private static async Task SqlPagesAsync(NpgsqlDataSource dataSource, int pages, int pageSize)
    {
        long last = 0;
        for (var i = 0; i < pages; i++)
        {
            await using var command = dataSource.CreateCommand($"SELECT * FROM feedhub.articles WHERE id > $1 ORDER BY id LIMIT {pageSize}");
            command.Parameters.AddWithValue(last);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var f = 0; f < reader.FieldCount; f++)
                    _ = reader.GetValue(f);
                last = reader.GetInt64(0);
            }
        }
    }

    private static async Task SqlReadAllAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("SELECT * FROM feedhub.articles ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            for (var f = 0; f < reader.FieldCount; f++)
                _ = reader.GetValue(f);
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
