using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Runtime;
using System.Text;
using FeedHub.Cleaning;
using FeedHub.Dedup;
using FeedHub.Parsing;
using FeedHub.Refreshing;
using FeedHub.Storage;
using FeedHub.Storage.Postgres;
using FeedHub.Testing;
using Npgsql;

namespace FeedHub.Evaluation;

/// <summary>
/// `ingest-load [--articles 200000] [--workers 4] [--repost-share 0.3] [--slice 50000] [--synchronous-commit on|off] [--shared-buffers 128MB] [--socket] [--statements]`: a throwaway PostgreSQL
/// cluster, and N generated articles ingested through the real ItemIngester (cleaning, fingerprint, dedup against
/// the band index in the database) by several ingesters in parallel. The originals are the Zyte ground-truth
/// paragraphs re-mixed (sentences drawn from the whole set, and a token of the article's own in each sentence, so
/// that no two originals are alike); a share of the items are reposts of an original published shortly before (or,
/// one in ten, just after) with a change: a paragraph dropped, an aggregator's line added, typography, an excerpt of
/// its opening with "[Read More]", or an "appeared first on" link. Reports the rate and the process memory per
/// slice, the total time, and the stories against the known truth (pairwise precision and recall).
/// Texts are generated when ingested, from the item's number: the generator holds no corpus in memory.
/// The ingesters connect over TCP on loopback, or with `--socket` over the cluster's Unix-domain socket (as a worker
/// on the database's own host can).
/// </summary>
internal static class IngestLoad
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    public static async Task<int> RunAsync(string[] args)
    {
        var total = Arg(args, "--articles", 200_000);
        var workers = Arg(args, "--workers", 4);
        var slice = Arg(args, "--slice", 50_000);
        // PostgreSQL's own default (128 MB) unless told: the tuned figure is a separate, stated run.
        var sharedBuffers = Option(args, "--shared-buffers", "128MB");
        var repostShare = double.Parse(Option(args, "--repost-share", "0.3"), CultureInfo.InvariantCulture);
        Console.WriteLine($"command: dotnet run -c Release --project tests/FeedHub.Evaluation -- ingest-load --articles {total} --workers {workers} --repost-share {repostShare.ToString(CultureInfo.InvariantCulture)} --slice {slice}{(args.Contains("--synchronous-commit") ? " --synchronous-commit " + Option(args, "--synchronous-commit", "on") : "")} --shared-buffers {sharedBuffers}{(args.Contains("--socket") ? " --socket" : "")}");

        var sentences = CrossPostCorpus.LoadArticles().SelectMany(a => a).SelectMany(p => p.Split(". ", StringSplitOptions.RemoveEmptyEntries))
            .Select(s => s.Trim().TrimEnd('.')).Where(s => s.Split(' ').Length >= 6).Distinct(StringComparer.Ordinal).ToArray();
        var plan = Plan(total, repostShare);
        var pool = new TextPool(sentences, sentences.SelectMany(t => t.Split(' ')).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToArray());
        Console.WriteLine($"{sentences.Length} sentences and {pool.Words.Length} words to draw from; {plan.Count(p => p.Repost)} reposts of {plan.Count(p => !p.Repost)} originals");

        var statements = args.Contains("--statements");
        var cluster = await PostgresCluster.StartPrivateAsync($"-c shared_buffers={sharedBuffers}" + (statements ? StatementsServerOptions : ""));
        var cs = await cluster.CreateDatabaseAsync("ingestload");
        var synchronousCommit = Option(args, "--synchronous-commit", "on");
        cs = new NpgsqlConnectionStringBuilder(cs) { MaxPoolSize = workers + 4, Options = "-c synchronous_commit=" + synchronousCommit }.ConnectionString;
        if (args.Contains("--socket") && cluster.SocketDirectory is { } socket)
            cs = new NpgsqlConnectionStringBuilder(cs) { Host = socket }.ConnectionString;
        await using var dataSource = PostgresStore.CreateDataSource(cs);
        var store = new PostgresStore(dataSource);
        await store.MigrateAsync(CancellationToken.None);
        if (statements)
            await ExecuteAsync(dataSource, "CREATE EXTENSION pg_stat_statements");
        var feeds = new Dictionary<string, FeedRecord>(StringComparer.Ordinal);
        foreach (var url in Enumerable.Range(0, 100).Select(PublisherFeed).Concat(Enumerable.Range(0, 20).Select(AggregatorFeed)))
            feeds[url] = (await store.AddFeedAsync(url, null, Start, CancellationToken.None)).Feed;

        var next = -1;
        var done = 0;
        var serverCpuAtStart = cluster.ServerCpuTime();
        var clientCpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var lastSlice = TimeSpan.Zero;
        var gate = new object();
        Console.WriteLine("| articles | slice time | articles/s in slice | working set | GC heap after a full collection |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: |");
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            var ingester = new ItemIngester(store, new ContentCleaner(), new StoryMatcher(new DedupOptions()), TimeProvider.System);
            int i;
            while ((i = Interlocked.Increment(ref next)) < plan.Length)
            {
                var (feedUrl, item) = Render(plan[i], i, pool);
                await ingester.IngestAsync(feeds[feedUrl], item, CleaningRules.None, CancellationToken.None);
                var n = Interlocked.Increment(ref done);
                if (n % slice == 0 || n == plan.Length)
                {
                    lock (gate)
                    {
                        var now = watch.Elapsed;
                        var size = n % slice == 0 ? slice : n % slice;
                        using var process = Process.GetCurrentProcess();
                        Console.WriteLine($"| {n:N0} | {(now - lastSlice).TotalSeconds:F0} s | {size / (now - lastSlice).TotalSeconds:N0} | {process.WorkingSet64 / 1048576.0:N0} MiB | {GC.GetTotalMemory(forceFullCollection: true) / 1048576.0:N0} MiB |");
                        lastSlice = watch.Elapsed;
                    }
                }
            }
        })));
        watch.Stop();
        Console.WriteLine($"total: {plan.Length:N0} articles in {watch.Elapsed.TotalSeconds:F0} s ({plan.Length / watch.Elapsed.TotalSeconds:N0} articles/s), {workers} ingesters, target < 300 s");
        var clientCpu = Process.GetCurrentProcess().TotalProcessorTime - clientCpuAtStart;
        var serverCpu = cluster.ServerCpuTime() - serverCpuAtStart;
        Console.WriteLine($"CPU per article: this process {clientCpu.TotalMilliseconds / plan.Length:F2} ms, PostgreSQL {(serverCpu is { } s ? (s.TotalMilliseconds / plan.Length).ToString("F2", CultureInfo.InvariantCulture) + " ms" : "unknown")}; load average {LoadAverage()}");
        Console.WriteLine($"garbage collections: {GC.CollectionCount(0):N0} (gen 1 {GC.CollectionCount(1):N0}, gen 2 {GC.CollectionCount(2):N0}), {GC.GetTotalPauseDuration().TotalSeconds:F1} s paused, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, {GC.GetTotalAllocatedBytes() / 1048576.0 / plan.Length * 1024:N0} KiB allocated per article");

        await ScoreAsync(dataSource, plan);
        if (statements)
            await PrintStatementsAsync(dataSource, plan.Length);
        return 0;
    }

    /// <summary>One planned item: the original it copies (its label), whether it is a repost, and of which change.</summary>
    private readonly record struct Planned(int Label, bool Repost, byte Change);

    /// <summary>Originals numbered in order; each repost copies one of the last 50 originals, or one of the next 5 (it arrives first).</summary>
    private static Planned[] Plan(int total, double repostShare)
    {
        var random = new Random(42);
        var plan = new Planned[total];
        var originals = 0;
        for (var i = 0; i < total; i++)
        {
            if (originals > 60 && random.NextDouble() < repostShare)
            {
                var label = random.Next(10) == 0 ? originals + random.Next(0, 5) : originals - 1 - random.Next(0, 50);
                plan[i] = new Planned(label, true, (byte)random.Next(5));
            }
            else
            {
                plan[i] = new Planned(originals++, false, 0);
            }
        }
        // A repost that runs ahead of the originals copies one that is never published: give it the last one instead.
        for (var i = 0; i < total; i++)
        {
            if (plan[i].Label >= originals)
                plan[i] = plan[i] with { Label = originals - 1 };
        }
        return plan;
    }

    private static (string FeedUrl, ParsedItem Item) Render(Planned planned, int index, TextPool pool)
    {
        var paragraphs = OriginalText(planned.Label, pool);
        var publisher = planned.Label % 100;
        var originalLink = $"https://www.pub{publisher}.example/2026/{planned.Label}/";
        var published = Start.AddMinutes(planned.Label);
        var title = string.Join(' ', paragraphs[0].Split(' ').Take(8));
        if (!planned.Repost)
            return (PublisherFeed(publisher), Item(originalLink, title, Html(paragraphs), published));

        var random = new Random(index);
        var aggregator = index % 20;
        var link = $"https://agg{aggregator}.example/p/{index}";
        var html = planned.Change switch
        {
            0 => Html(paragraphs.Where((_, i) => i != 1 + random.Next(paragraphs.Count - 1))),
            1 => Html(paragraphs.Append($"Curated for you by Aggregator {aggregator}, your digest of the web.")),
            2 => Html(paragraphs.Select(p => p.Replace("'", "\u2019", StringComparison.Ordinal).Replace(" - ", " \u2014 ", StringComparison.Ordinal).Replace(" ", "\u00a0", StringComparison.Ordinal))),
            3 => $"<p>{WebUtility.HtmlEncode(string.Join(' ', string.Join(' ', paragraphs).Split(' ').Take(60)))} … <a href=\"{link}\">[Read More]</a></p>",
            _ => Html(paragraphs) + $"<p>The post <a href=\"{originalLink}\">{WebUtility.HtmlEncode(title)}</a> appeared first on <a href=\"https://www.pub{publisher}.example/\">Publisher {publisher}</a>.</p>",
        };
        return (AggregatorFeed(aggregator), Item(link, planned.Change == 1 ? "Must read: " + title : title, html, published.AddHours(1 + random.Next(6))));
    }

    /// <summary>Real sentences to shape the texts, and the words of all of them.</summary>
    private sealed record TextPool(string[] Sentences, string[] Words)
    {
        /// <summary>Each sentence split on spaces once, not once per article that draws it.</summary>
        public string[][] SentenceWords { get; } = Sentences.Select(t => t.Split(' ')).ToArray();
    }

    /// <summary>
    /// An original of its own: 4–8 paragraphs of 2–4 sentences drawn from the whole set, each carrying the article's
    /// token, and every third word replaced by one drawn from all the words. (Whole sentences alone are not enough:
    /// 140,000 originals from 3,371 sentences use each hundreds of times, and excerpts of unrelated originals came to share
    /// whole sentences — near duplicates the labels called different stories.)
    /// </summary>
    private static List<string> OriginalText(int label, TextPool pool)
    {
        // Not System.Random(seed): its seeded generator is affine in the seed, and originals whose numbers differ by
        // some constant came out nearly the same text (true near duplicates, labelled as different stories).
        var random = new SplitMix((ulong)label);
        var token = "ref" + label.ToString(CultureInfo.InvariantCulture);
        var paragraphs = new List<string>();
        var count = random.Next(4, 9);
        for (var p = 0; p < count; p++)
        {
            var text = new StringBuilder();
            for (var s = random.Next(2, 5); s > 0; s--)
            {
                var words = pool.SentenceWords[random.Next(pool.SentenceWords.Length)];
                var replaced = new string[words.Length];
                for (var w = 0; w < words.Length; w++)
                    replaced[w] = w % 3 == 1 ? pool.Words[random.Next(pool.Words.Length)] : words[w];
                var at = random.Next(1, words.Length);
                for (var w = 0; w < words.Length; w++)
                {
                    if (w == at)
                        text.Append(token).Append(' ');
                    text.Append(replaced[w]).Append(w + 1 < words.Length ? " " : ". ");
                }
            }
            paragraphs.Add(text.ToString().TrimEnd());
        }
        return paragraphs;
    }

    /// <summary>
    /// SplitMix64 with its start mixed from the seed. (Started at seed × the increment, seed n + 1's stream was seed n's
    /// shifted by one draw: neighbouring originals shared most sentences and were true near duplicates.)
    /// </summary>
    private sealed class SplitMix(ulong seed)
    {
        private ulong _state = Mix(seed ^ 0xD1B54A32D192ED03UL);

        public int Next(int minValue, int maxValue) => minValue + (int)(NextUInt64() % (ulong)(maxValue - minValue));

        public int Next(int maxValue) => Next(0, maxValue);

        private ulong NextUInt64() => Mix(_state += 0x9E3779B97F4A7C15UL);

        private static ulong Mix(ulong z)
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    private static string Html(IEnumerable<string> paragraphs) => string.Concat(paragraphs.Select(p => "<p>" + WebUtility.HtmlEncode(p) + "</p>"));

    private static ParsedItem Item(string link, string title, string html, DateTimeOffset published) => new()
    {
        Guid = link, Link = link, Title = title, PublishedAt = published, ContentHtml = html, BaseUrl = new Uri(link),
    };

    private static string PublisherFeed(int p) => $"https://pub{p}.example/feed/";

    private static string AggregatorFeed(int a) => $"https://agg{a}.example/rss";

    /// <summary>Stories against the truth: every item's label is its original's number.</summary>
    private static async Task ScoreAsync(NpgsqlDataSource dataSource, Planned[] plan)
    {
        var itemOf = new Dictionary<string, int>(plan.Length, StringComparer.Ordinal);
        for (var i = 0; i < plan.Length; i++)
        {
            var p = plan[i];
            var link = p.Repost ? $"https://agg{i % 20}.example/p/{i}" : $"https://www.pub{p.Label % 100}.example/2026/{p.Label}/";
            itemOf["guid:" + link] = i;
        }
        var rows = new List<(int Label, long Story)>(plan.Length);
        var members = new List<(int Item, long Story, string? Reason)>(plan.Length);
        await using (var command = dataSource.CreateCommand("SELECT identity_key, story_id, duplicate_reason FROM feedhub.articles"))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var item = itemOf[reader.GetString(0)];
                rows.Add((plan[item].Label, reader.GetInt64(1)));
                members.Add((item, reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
            }
        }
        string[] changes = ["dropped", "added", "typography", "excerpt", "appeared-first"];
        foreach (var story in members.GroupBy(m => m.Story).Where(g => g.Select(m => plan[m.Item].Label).Distinct().Count() > 1).Take(5))
        {
            Console.WriteLine("  impure story: " + string.Join(" | ", story.Select(m =>
                $"label {plan[m.Item].Label} {(plan[m.Item].Repost ? changes[plan[m.Item].Change] : "original")} ({m.Reason ?? "opened"})")));
        }
        static long Pairs(int n) => (long)n * (n - 1) / 2;
        var truePairs = rows.GroupBy(r => r.Label).Sum(g => Pairs(g.Count()));
        var predicted = rows.GroupBy(r => r.Story).Sum(g => Pairs(g.Count()));
        var both = rows.GroupBy(r => r).Sum(g => Pairs(g.Count()));
        var bands = await ScalarAsync(dataSource, "SELECT COALESCE(SUM(cardinality(band_keys)), 0) FROM feedhub.article_signatures");
        var size = await ScalarAsync(dataSource, "SELECT pg_database_size(current_database())");
        Console.WriteLine($"stored {rows.Count:N0} articles in {rows.Select(r => r.Story).Distinct().Count():N0} stories; truth: {rows.Select(r => r.Label).Distinct().Count():N0} stories");
        Console.WriteLine($"pairwise precision {(predicted == 0 ? 1 : (double)both / predicted):F4} ({both:N0}/{predicted:N0}), recall {(truePairs == 0 ? 1 : (double)both / truePairs):F4} ({both:N0}/{truePairs:N0})");
        Console.WriteLine($"band index: {bands:N0} keys; database {size / 1048576.0:N0} MiB");
    }

    /// <summary>Server options that load pg_stat_statements for `--statements`, planning time included.</summary>
    internal const string StatementsServerOptions =
        " -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track_planning=on -c pg_stat_statements.max=2000";

    /// <summary>Where PostgreSQL's time went, per statement (`--statements`): planning and execution, per article.</summary>
    internal static async Task PrintStatementsAsync(NpgsqlDataSource dataSource, long articles)
    {
        Console.WriteLine("| statement | calls per article | ms per article (plan + execute) | rows per call | buffer hits per call | buffers read per call |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        await using var command = dataSource.CreateCommand(
            "SELECT query, calls, total_plan_time + total_exec_time, rows, shared_blks_hit, shared_blks_read FROM pg_stat_statements " +
            "WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) ORDER BY 3 DESC LIMIT 25");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var query = reader.GetString(0).ReplaceLineEndings(" ");
            var calls = reader.GetInt64(1);
            Console.WriteLine($"| {(query.Length > 110 ? query[..110] + "…" : query)} | {(double)calls / articles:F2} | {reader.GetDouble(2) / articles:F3} | {(double)reader.GetInt64(3) / Math.Max(1, calls):F1} | {(double)reader.GetInt64(4) / Math.Max(1, calls):F1} | {(double)reader.GetInt64(5) / Math.Max(1, calls):F1} |");
        }
    }

    private static async Task ExecuteAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static int Arg(string[] args, string name, int fallback) =>
        int.Parse(Option(args, name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

    private static string Option(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }
}
