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
/// `crossposts [--seeds 1,2,3] [--store sqlite|postgres] [--processes] [--verbose]`: builds the labelled corpus, serves it as RSS
/// feeds on a loopback server round by round (3-hour windows, each round also re-serving the feed's last items),
/// runs `feedhub poll --all` after each round (its entry point in this process, or with --processes the Worker's
/// build as a child process) into a fresh store (SQLite in a
/// temp file, or a database of a throwaway PostgreSQL cluster), then reads the store and scores the stories it
/// made: pairwise precision, recall and F1 over items, story purity, recall per kind of change, representatives.
/// </summary>
internal static class CrossPostEvaluation
{
    private static readonly TimeSpan Round = TimeSpan.FromHours(3);

    public static async Task<int> RunAsync(string[] args)
    {
        var seeds = Option(args, "--seeds", "1,2,3").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var verbose = args.Contains("--verbose");
        var storeKind = Option(args, "--store", "sqlite");
        var processes = args.Contains("--processes");
        if (storeKind is not ("sqlite" or "postgres"))
        {
            Console.Error.WriteLine($"--store must be sqlite or postgres, not '{storeKind}'");
            return 2;
        }
        Console.WriteLine($"command: dotnet run -c Release --project tests/FeedHub.Evaluation -- crossposts --seeds {string.Join(',', seeds)} --store {storeKind}{(processes ? " --processes" : "")}{(verbose ? " --verbose" : "")}");
        var total = new CrossPostScore();
        foreach (var seed in seeds)
        {
            var items = CrossPostCorpus.Build(seed);
            var watch = Stopwatch.StartNew();
            var (stored, cost) = await IngestAsync(items, storeKind, processes, CancellationToken.None);
            watch.Stop();
            var score = CrossPostScore.Of(items, stored, verbose);
            Console.WriteLine($"seed {seed}: {items.Count} items, {stored.Count} articles, {watch.Elapsed.TotalSeconds:F0} s ({cost})");
            score.Print();
            total.Add(score);
        }
        Console.WriteLine("all seeds:");
        total.Print();
        var met = total.Precision >= 0.99 && total.Recall >= 0.97;
        Console.WriteLine($"targets precision >= 0.99, recall >= 0.97: {(met ? "met" : "NOT met")}");
        return 0;
    }

    /// <summary>
    /// Feeds served round by round on a loopback server and polled by `feedhub poll --all` after each round;
    /// returns every stored article.
    /// </summary>
    private static async Task<(List<ArticleRecord> Stored, string Cost)> IngestAsync(List<CorpusItem> items, string storeKind, bool childProcesses, CancellationToken cancellationToken)
    {
        var feedUrls = items.OrderBy(i => i.ArrivesAt).Select(i => i.FeedUrl).Distinct().ToList();
        await using var pipeline = await CrossPostPipeline.StartAsync(storeKind, feedUrls, childProcesses);
        var start = items.Min(i => i.ArrivesAt);
        var served = new Dictionary<string, Dictionary<string, CorpusItem>>(StringComparer.Ordinal);
        var rounds = 0;
        foreach (var round in items.GroupBy(i => (long)((i.ArrivesAt - start) / Round)).OrderBy(g => g.Key))
        {
            foreach (var feedItems in round.GroupBy(i => i.FeedUrl))
            {
                var current = served.TryGetValue(feedItems.Key, out var known) ? known : served[feedItems.Key] = new Dictionary<string, CorpusItem>(StringComparer.Ordinal);
                var fresh = feedItems.OrderBy(i => i.ArrivesAt).ToList();
                foreach (var item in fresh)
                    current[item.Guid] = item;
                // The feed shows what arrived in this round and its three latest older items again.
                var older = current.Values.Where(i => !fresh.Any(f => f.Guid == i.Guid)).OrderByDescending(i => i.PublishedAt).Take(3);
                pipeline.Serve(feedItems.Key, Rss(feedItems.Key, fresh.Concat(older)));
            }
            await pipeline.PollAllAsync();
            rounds++;
        }
        var stored = await pipeline.ReadStoreAsync(cancellationToken);
        var cost = $"{rounds} rounds, {pipeline.CliRuns} feedhub runs in {pipeline.CliTime.TotalSeconds:F0} s ({pipeline.CliTime.TotalSeconds / pipeline.CliRuns:F1} s each), {pipeline.FailedPolls} failed feed polls";
        return (stored, cost);
    }

    /// <summary>An RSS 2.0 feed of the items: excerpts in description (as WordPress serves them), the rest in content:encoded.</summary>
    public static string Rss(string feedUrl, IEnumerable<CorpusItem> items)
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
