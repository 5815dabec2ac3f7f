using System.Diagnostics;
using System.Globalization;
using System.Xml.Linq;
using FeedHub.Cleaning;
using FeedHub.Dedup;
using FeedHub.Parsing;
using FeedHub.Refreshing;
using FeedHub.Storage;
using FeedHub.Storage.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace FeedHub.Evaluation;

/// <summary>
/// `crossposts [--seeds 1,2,3] [--verbose]`: builds the labelled corpus, serves it as RSS feeds round by round
/// (3-hour windows, each poll also re-serving the feed's last items), parses each with FeedParser and ingests every
/// item through ItemIngester into a real SQLite store in a temp file, then scores the stories it made: pairwise
/// precision, recall and F1 over items, story purity, recall per kind of change, representatives.
/// </summary>
internal static class CrossPostEvaluation
{
    private static readonly TimeSpan Round = TimeSpan.FromHours(3);

    public static async Task<int> RunAsync(string[] args)
    {
        var seeds = Option(args, "--seeds", "1,2,3").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var verbose = args.Contains("--verbose");
        Console.WriteLine($"command: dotnet run -c Release --project tests/FeedHub.Evaluation -- crossposts --seeds {string.Join(',', seeds)}{(verbose ? " --verbose" : "")}");
        var total = new CrossPostScore();
        foreach (var seed in seeds)
        {
            var items = CrossPostCorpus.Build(seed);
            var watch = Stopwatch.StartNew();
            var stored = await IngestAsync(items, CancellationToken.None);
            watch.Stop();
            var score = CrossPostScore.Of(items, stored, verbose);
            Console.WriteLine($"seed {seed}: {items.Count} items, {stored.Count} articles, {watch.Elapsed.TotalMilliseconds / items.Count:F1} ms/item ingested");
            score.Print();
            total.Add(score);
        }
        Console.WriteLine("all seeds:");
        total.Print();
        var met = total.Precision >= 0.99 && total.Recall >= 0.97;
        Console.WriteLine($"targets precision >= 0.99, recall >= 0.97: {(met ? "met" : "NOT met")}");
        return 0;
    }

    /// <summary>Feeds served and ingested round by round; returns every stored article.</summary>
    private static async Task<List<ArticleRecord>> IngestAsync(List<CorpusItem> items, CancellationToken cancellationToken)
    {
        var directory = Path.Combine(Path.GetTempPath(), "feedhub-crossposts-" + Guid.NewGuid().ToString("N"));
        try
        {
            var store = new SqliteStore(Path.Combine(directory, "feedhub.db"));
            await store.MigrateAsync(cancellationToken);
            var start = items.Min(i => i.ArrivesAt);
            var clock = new FakeTimeProvider(start);
            var ingester = new ItemIngester(store, new ContentCleaner(), new StoryMatcher(new DedupOptions()), clock);
            var feeds = new Dictionary<string, FeedRecord>(StringComparer.Ordinal);
            var served = new Dictionary<string, Dictionary<string, CorpusItem>>(StringComparer.Ordinal);

            foreach (var round in items.GroupBy(i => (long)((i.ArrivesAt - start) / Round)).OrderBy(g => g.Key))
            {
                clock.SetUtcNow(start + (round.Key + 1) * Round);
                foreach (var feedItems in round.GroupBy(i => i.FeedUrl).OrderBy(g => g.Min(i => i.ArrivesAt)))
                {
                    if (!feeds.TryGetValue(feedItems.Key, out var feed))
                        feeds[feedItems.Key] = feed = (await store.AddFeedAsync(feedItems.Key, null, clock.GetUtcNow(), cancellationToken)).Feed;
                    var current = served.TryGetValue(feed.Url, out var known) ? known : served[feed.Url] = new Dictionary<string, CorpusItem>(StringComparer.Ordinal);
                    var fresh = feedItems.OrderBy(i => i.ArrivesAt).ToList();
                    foreach (var item in fresh)
                        current[item.Guid] = item;
                    // The feed shows what arrived in this round and its three latest older items again.
                    var older = current.Values.Where(i => !fresh.Any(f => f.Guid == i.Guid)).OrderByDescending(i => i.PublishedAt).Take(3);
                    var parsed = FeedParser.ParseText(Rss(feed.Url, fresh.Concat(older)), new Uri(feed.Url));
                    foreach (var item in parsed.Items.OrderBy(i => i.PublishedAt ?? DateTimeOffset.MaxValue))
                        await ingester.IngestAsync(feed, item, CleaningRules.None, cancellationToken);
                }
            }

            var stored = new List<ArticleRecord>();
            await foreach (var article in store.ExportAsync(null, cancellationToken))
                stored.Add(article);
            return stored;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(directory, true); } catch (IOException) { }
        }
    }

    /// <summary>An RSS 2.0 feed of the items: excerpts in description (as WordPress serves them), the rest in content:encoded.</summary>
    private static string Rss(string feedUrl, IEnumerable<CorpusItem> items)
    {
        XNamespace content = "http://purl.org/rss/1.0/modules/content/";
        var channel = new XElement("channel",
            new XElement("title", feedUrl), new XElement("link", feedUrl), new XElement("description", "Evaluation feed"),
            items.Select(i => new XElement("item",
                new XElement("title", i.Title),
                new XElement("link", i.Link),
                new XElement("guid", new XAttribute("isPermaLink", "false"), i.Guid),
                new XElement("pubDate", i.PublishedAt.ToString("r", CultureInfo.InvariantCulture)),
                i.Kind.Contains("excerpt", StringComparison.Ordinal) ? new XElement("description", i.Html) : new XElement(content + "encoded", i.Html))));
        return new XDocument(new XElement("rss", new XAttribute("version", "2.0"), new XAttribute(XNamespace.Xmlns + "content", content), channel)).ToString();
    }

    private static string Option(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }
}
