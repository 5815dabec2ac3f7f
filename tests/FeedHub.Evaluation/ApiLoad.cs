using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using FeedHub.Storage;
using FeedHub.Storage.Postgres;
using FeedHub.Storage.Relational;
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
        Console.WriteLine($"command: dotnet run -c Release --project tests/FeedHub.Evaluation -- api-load --articles {articles} --pages {pages} --export-rounds {IntArg(args, "--export-rounds", 2)}");

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

        if (args.Contains("--text-reads"))
        {
            await TextReadsAsync(dataSource);
            return 0;
        }
        if (args.Contains("--explain"))
        {
            await ExplainAsync(dataSource, articles);
            return 0;
        }

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
        var api = Cost.Zero;
        var sql = Cost.Zero;
        var storeOnly = Cost.Zero;
        var perRound = pages / Rounds;
        for (var round = 0; round < Rounds; round++)
        {
            // Each walk in turn goes first, so none always meets the pages cold.
            for (var turn = 0; turn < 3; turn++)
            {
                var watch = Cost.Start();
                switch ((round + turn) % 3)
                {
                    case 0:
                        apiCursor = await ApiPagesAsync(http, perRound, pageSize, apiCursor);
                        api += watch.Stop();
                        break;
                    case 1:
                        sqlLast = await SqlPagesAsync(dataSource, perRound, pageSize, sqlLast);
                        sql += watch.Stop();
                        break;
                    default:
                        storeCursor = await StorePagesAsync(store, perRound, pageSize, storeCursor);
                        storeOnly += watch.Stop();
                        break;
                }
            }
        }
        var walked = pages / Rounds * Rounds;

        // The export, the plain read of its query and the store's row stream alone (the export's read without JSON or
        // output: how the export's time divides) in alternating rounds, each going first in turn, as the machine's
        // load drifts; every figure is the sum over the rounds.
        // The daemon stops first: the export is a command of its own, and the daemon's recurring jobs (the learner's
        // hourly pass over the store among them) would otherwise run in this process during the rounds.
        await app.StopAsync();
        await app.DisposeAsync();
        var exportRounds = IntArg(args, "--export-rounds", 2);
        var export = Cost.Zero;
        var plain = Cost.Zero;
        var rowsOnly = Cost.Zero;
        var plainRounds = new List<Cost>();
        var exportEach = new List<Cost>();
        long before = 0, peak = 0;
        for (var round = 0; round < exportRounds; round++)
        {
            for (var turn = 0; turn < 3; turn++)
            {
                switch ((round + turn) % 3)
                {
                    case 0:
                        using (var sampler = new PeakSampler())
                        {
                            var once = await TimeAsync(() => ExportAsync(cs));
                            exportEach.Add(once);
                            export += once;
                            var (b, p) = sampler.Stop();
                            (before, peak) = round == 0 ? (b, p) : (before, Math.Max(peak, p));
                        }
                        break;
                    case 1:
                        var read = await TimeAsync(() => SqlReadAllAsync(dataSource));
                        plainRounds.Add(read);
                        plain += read;
                        break;
                    default:
                        rowsOnly += await TimeAsync(() => StoreRowsAsync(store));
                        break;
                }
            }
        }
        var exported = (long)articles * exportRounds;
        // The command's fixed cost (configuration, services, the migration check, the query's first row): an export
        // that selects nothing.
        var empty = await TimeAsync(() => ExportAsync(cs, "--since", "2999-01-01T00:00:00Z"));

        Console.WriteLine();
        // Wall time is the figure; this process's CPU time (HTTP server, JSON, client; not PostgreSQL) beside it
        // says how much of a ratio is the machine's load.
        Console.WriteLine("| what | rate | beside | ratio (wall time) | ratio (this process's CPU) |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        Console.WriteLine($"| `/api/articles`, {pageSize} a page, {walked} pages walked by cursor | {walked / api.Wall.TotalSeconds:N0} pages/s | plain SELECT of the same columns, same pages: {walked / sql.Wall.TotalSeconds:N0} pages/s | {api.Wall / sql.Wall:F2}× | {api.Cpu / sql.Cpu:F2}× |");
        Console.WriteLine($"| the store's page read alone (no HTTP, no JSON) | {walked / storeOnly.Wall.TotalSeconds:N0} pages/s | same | {storeOnly.Wall / sql.Wall:F2}× | {storeOnly.Cpu / sql.Cpu:F2}× |");
        Console.WriteLine($"| `feedhub export --format jsonl`, {articles:N0} articles, {exportRounds} rounds | {exported / export.Wall.TotalSeconds:N0} articles/s (rounds: {string.Join(", ", exportEach.Select(c => (articles / c.Wall.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture)))}) | plain SELECT of the export's query, every column of every row: {exported / plain.Wall.TotalSeconds:N0} rows/s (rounds: {string.Join(", ", plainRounds.Select(c => (articles / c.Wall.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture)))}) | {export.Wall / plain.Wall:F2}× | {export.Cpu / plain.Cpu:F2}× |");
        Console.WriteLine($"| the export's row stream alone (no JSON, no output) | {exported / rowsOnly.Wall.TotalSeconds:N0} rows/s | same | {rowsOnly.Wall / plain.Wall:F2}× | {rowsOnly.Cpu / plain.Cpu:F2}× |");
        Console.WriteLine($"| the export command selecting nothing (its fixed cost), once | {empty.Wall.TotalMilliseconds:N0} ms wall | {empty.Cpu.TotalMilliseconds:N0} ms CPU | | |");
        Console.WriteLine($"| process working set during the export | before {before / 1048576.0:N0} MB | peak {peak / 1048576.0:N0} MB | |");
        return 0;
    }

    private const int Rounds = 20;

    /// <summary>
    /// What the page baseline reads: the columns behind the Contract's article shape (the feed's URL and the story's
    /// representative through the same joins), nothing else.
    /// </summary>
    private const string ContractColumns =
        "SELECT a.id, f.url, a.guid, a.url, a.canonical_url, a.title, a.author, a.published_at, a.fetched_at, a.content_html, " +
        "a.content_text, a.story_id, s.representative_article_id = a.id, a.original_url, a.duplicate_reason, a.similarity " +
        "FROM feedhub.articles a JOIN feedhub.feeds f ON f.id = a.feed_id JOIN feedhub.stories s ON s.id = a.story_id";

    /// <summary>`--explain`: the plans of the API's page query (as the store builds it) and of the baseline, deep in the table.</summary>
    private static async Task ExplainAsync(NpgsqlDataSource dataSource, int articles)
    {
        var after = articles * 4 / 5;
        await using var xact = dataSource.CreateCommand("SELECT min(ingest_xact) FROM feedhub.articles");
        var sequence = (long)(await xact.ExecuteScalarAsync())!;
        string[] queries =
        [
            "SELECT a.id, a.feed_id, f.url AS feed_url, a.guid, a.url, a.canonical_url, a.title, a.author, a.published_at, a.fetched_at, " +
            "a.updated_at, a.content_html, a.content_text, a.identity_key, a.content_hash, a.original_url, a.original_site, a.story_id, " +
            "COALESCE(s.representative_article_id = a.id, FALSE) AS is_representative, a.duplicate_reason, a.similarity, a.ingest_xact AS cursor_sequence " +
            "FROM feedhub.articles a JOIN feedhub.feeds f ON f.id = a.feed_id JOIN feedhub.stories s ON s.id = a.story_id " +
            "WHERE a.ingest_xact < (SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint) AND ($1::bigint IS NULL OR a.feed_id = $1) " +
            "AND ($1::bigint IS NULL OR a.story_id = $1) AND ($2::timestamptz IS NULL OR a.updated_at >= $2) AND (NOT $3 OR s.representative_article_id = a.id) " +
            $"AND (a.ingest_xact, a.id) > ($4, $5) ORDER BY a.ingest_xact, a.id LIMIT 100",
            $"{ContractColumns} WHERE a.id > $5 ORDER BY a.id LIMIT 100",
        ];
        foreach (var query in queries)
        {
            for (var run = 0; run < 2; run++)
            {
                await using var command = dataSource.CreateCommand("EXPLAIN (ANALYZE, BUFFERS) " + query.Replace("$5", "$5::bigint", StringComparison.Ordinal));
                command.Parameters.Add(new NpgsqlParameter { Value = DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint });
                command.Parameters.Add(new NpgsqlParameter { Value = DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTz });
                command.Parameters.AddWithValue(false);
                command.Parameters.AddWithValue(sequence);
                command.Parameters.AddWithValue((long)after);
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                    Console.WriteLine(reader.GetString(0));
                Console.WriteLine();
            }
        }
    }

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

    /// <summary>`feedhub export --format jsonl` as `feedhub` runs it: a UTF-8 StreamWriter over an output stream (here /dev/null).</summary>
    private static async Task ExportAsync(string cs, params string[] filters)
    {
        await using var devNull = new FileStream("/dev/null", FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
        await using var stdout = new StreamWriter(devNull, new System.Text.UTF8Encoding(false), 1 << 16);
        var errors = new StringWriter();
        var exit = await FeedHubCli.RunAsync(["export", "--format", "jsonl", .. filters, $"--ConnectionStrings:FeedHub={cs}"], stdout, errors);
        if (exit != 0)
            Console.Error.WriteLine(errors.ToString());
        if (exit != 0)
            throw new InvalidOperationException($"export exited {exit}");
    }

    private static async Task StoreRowsAsync(PostgresStore store)
    {
        await foreach (var row in store.StreamArticleRowsUtf8Async(null, false, CancellationToken.None))
            _ = row.Id;
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

    /// <summary>`--text-reads`: the CPU time of reading the export's rows with each way Npgsql offers to read text.</summary>
    private static async Task TextReadsAsync(NpgsqlDataSource dataSource)
    {
        var buffer = new byte[1 << 20];
        var chars = new char[1 << 20];
        var ways = new (string Name, Action<NpgsqlDataReader, int> Read)[]
        {
            ("GetValue", (r, i) => _ = r.GetValue(i)),
            ("GetString", (r, i) => _ = r.GetString(i)),
            ("GetChars into a buffer", (r, i) => _ = r.GetChars(i, 0, chars, 0, chars.Length)),
            ("GetStream + ReadExactly", (r, i) => { using var s = r.GetStream(i); s.ReadExactly(buffer.AsSpan(0, (int)s.Length)); }),
            ("GetFieldValue<byte[]>", (r, i) => _ = r.GetFieldValue<byte[]>(i)),
            ("GetFieldValue<ReadOnlyMemory<byte>>", (r, i) => _ = r.GetFieldValue<ReadOnlyMemory<byte>>(i)),
        };
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var (name, read) in ways)
            {
                var cost = await TimeAsync(async () =>
                {
                    await using var command = dataSource.CreateCommand(RelationalStore.ContractRowsSql("feedhub."));
                    command.Parameters.Add(new NpgsqlParameter("since", NpgsqlTypes.NpgsqlDbType.TimestampTz) { Value = DBNull.Value });
                    command.Parameters.AddWithValue("reps", false);
                    await using var reader = await command.ExecuteReaderAsync();
                    while (await reader.ReadAsync())
                    {
                        foreach (var i in (int[])[1, 2, 3, 4, 5, 6, 9, 10])
                        {
                            if (!reader.IsDBNull(i))
                                read(reader, i);
                        }
                    }
                });
                Console.WriteLine($"pass {pass} {name}: wall {cost.Wall.TotalMilliseconds:N0} ms, cpu {cost.Cpu.TotalMilliseconds:N0} ms");
            }
        }
    }

    /// <summary>The export's own query, read by plain Npgsql: every column of every row through <c>GetValue</c>.</summary>
    private static async Task SqlReadAllAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand(RelationalStore.ContractRowsSql("feedhub."));
        command.Parameters.Add(new NpgsqlParameter("since", NpgsqlTypes.NpgsqlDbType.TimestampTz) { Value = DBNull.Value });
        command.Parameters.AddWithValue("reps", false);
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

    private static async Task<Cost> TimeAsync(Func<Task> work)
    {
        var watch = Cost.Start();
        await work();
        return watch.Stop();
    }

    /// <summary>Wall time and this process's CPU time of some work.</summary>
    private readonly record struct Cost(TimeSpan Wall, TimeSpan Cpu)
    {
        public static readonly Cost Zero = new(TimeSpan.Zero, TimeSpan.Zero);

        public static Running Start() => new(Stopwatch.StartNew(), ProcessCpu());

        public static Cost operator +(Cost a, Cost b) => new(a.Wall + b.Wall, a.Cpu + b.Cpu);

        public static TimeSpan ProcessCpu()
        {
            using var process = Process.GetCurrentProcess();
            return process.TotalProcessorTime;
        }

        public readonly record struct Running(Stopwatch Watch, TimeSpan CpuAtStart)
        {
            public Cost Stop() => new(Watch.Elapsed, ProcessCpu() - CpuAtStart);
        }
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
