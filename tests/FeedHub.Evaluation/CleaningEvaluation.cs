using System.Text.Json;
using System.Text.RegularExpressions;
using FeedHub.Cleaning;
using FeedHub.Fingerprinting;
using FeedHub.Testing;

namespace FeedHub.Evaluation;

/// <summary>
/// `cleaning`: real article texts (the Zyte set's articleBody fields) wrapped in generated boilerplate, cleaned,
/// and scored: the share of planted boilerplate blocks removed, the share of the article's word 4-gram shingles
/// kept, the share of the output that is article. Reported for the dev phrasings and, separately, for the
/// held-out ones; then for learned rules on synthetic feeds whose house lines no built-in rule knows.
/// </summary>
internal static partial class CleaningEvaluation
{
    public static int Run(string[] args)
    {
        var seed = IntOption(args, "--seed", 20261130);
        var variants = IntOption(args, "--variants", 3);
        var verbose = args.Contains("--verbose");
        var articles = LoadArticles();
        var titles = articles.Select(a => string.Join(' ', a[0].Split(' ').Take(8))).ToList();
        var cleaner = new ContentCleaner(new CleaningOptions());
        Console.WriteLine($"dotnet run -c Release --project tests/FeedHub.Evaluation -- cleaning --seed {seed} --variants {variants}");
        Console.WriteLine($"{articles.Count} articles x {variants} variants per corpus");

        foreach (var set in Enum.GetValues<PhraseSet>())
        {
            var generator = new BoilerplateGenerator(new Random(seed + (int)set), set);
            var score = new Score();
            for (var v = 0; v < variants; v++)
            {
                for (var i = 0; i < articles.Count; i++)
                {
                    var item = generator.Wrap(v * 1000 + i, articles[i], titles.Where((_, j) => j != i).ToList());
                    score.Add(item, cleaner.Clean(item.Html, item.ItemUrl, title: TitleOf(item)), verbose);
                }
            }
            score.Print(NameOf(set) + " phrasings");
        }
        foreach (var set in Enum.GetValues<PhraseSet>())
            RunLearning(articles, titles, cleaner, seed, IntOption(args, "--feed-rounds", variants), set, verbose);
        return 0;
    }

    /// <summary>
    /// Synthetic feeds of 12 items sharing house lines: learn on 8 items, clean the next 4. One round makes a feed of
    /// every 12 articles; each further round makes other feeds (the articles in another order, other templates).
    /// </summary>
    private static void RunLearning(List<List<string>> articles, List<string> titles, ContentCleaner cleaner, int seed, int rounds, PhraseSet set, bool verbose)
    {
        const int perFeed = 12, learnOn = 8;
        var without = new Score();
        var with = new Score();
        var recleaned = new Score();
        var learnedCount = 0;
        var feeds = 0;
        for (var round = 0; round < rounds; round++)
        {
            // Round 0 is the first rounds' order and seeds, as first reported.
            var shuffle = new Random(seed + round);
            List<int> order = round == 0 ? [.. Enumerable.Range(0, articles.Count)] : [.. Enumerable.Range(0, articles.Count).OrderBy(_ => shuffle.Next())];
            for (var feed = 0; feed * perFeed + perFeed <= articles.Count; feed++, feeds++)
            {
                var site = BoilerplateGenerator.SiteOf(feed + round);
                var house = BoilerplateGenerator.HouseLinesOf(feed + round, site);
                // The first two sets keep the seeds they were first reported with.
                var generator = new BoilerplateGenerator(new Random(seed + 2 + feed + (set >= PhraseSet.HeldOut2 ? 100 * ((int)set - 1) : 0) + round * 7919), set, oneTemplate: true);
                var items = order.Skip(feed * perFeed).Take(perFeed)
                    .Select(i => generator.Wrap(5000 + i, articles[i], titles.Where((_, j) => j != i).ToList(), site, house)).ToList();
                var learned = BoilerplateLearner.Learn(items.Take(learnOn).Select(i => LearningSample.Of(cleaner.Clean(i.Html, i.ItemUrl, title: TitleOf(i)), TitleOf(i))).ToList());
                learnedCount += learned.Count;
                var rules = new CleaningRules { LearnedBlocks = learned };
                foreach (var item in items.Skip(learnOn))
                {
                    without.Add(item, cleaner.Clean(item.Html, item.ItemUrl, title: TitleOf(item)), verbose: false);
                    with.Add(item, cleaner.Clean(item.Html, item.ItemUrl, rules, TitleOf(item)), verbose);
                }
                // What the store holds for the items learned from: the re-clean after learning cleans them again.
                foreach (var item in items.Take(learnOn))
                    recleaned.Add(item, cleaner.Clean(item.Html, item.ItemUrl, rules, TitleOf(item)), verbose: false);
            }
        }
        var phrasings = NameOf(set);
        Console.WriteLine();
        Console.WriteLine($"learning ({phrasings} phrasings, one template per feed): {learnedCount} block keys learned over {feeds} feeds ({rounds} rounds), {learnOn} items each; scored on the next {perFeed - learnOn}");
        without.Print($"feeds ({phrasings}), built-in rules only");
        with.Print($"feeds ({phrasings}), built-in + learned rules");
        recleaned.Print($"feeds ({phrasings}), the {learnOn} items learned from, cleaned again after learning");
    }

    /// <summary>The item's title, as its feed gives it (the cleaner gets it in the daemon too).</summary>
    private static string TitleOf(LabelledItem item) => BoilerplateGenerator.Title(item.Article[0]);

    private sealed class Score
    {
        private readonly Dictionary<string, (int Planted, int Removed)> _families = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (int Planted, int Removed)> _groups = new(StringComparer.Ordinal);
        private long _articleShingles, _outputShingles, _sharedShingles;
        private int _items, _attributionPlanted, _attributionFound, _trackingLeft, _pixelsLeft, _emptyLeft;

        public void Add(LabelledItem item, CleanedContent result, bool verbose)
        {
            _items++;
            var article = string.Join('\n', item.Article);
            var articleNorm = ContentHasher.NormalizeText(article);
            var strayLines = result.Text.Split('\n')
                .Where(l => ContentHasher.NormalizeText(l) is var n && (n.Length == 0 || !articleNorm.Contains(n, StringComparison.Ordinal))).ToList();
            foreach (var block in item.Planted)
            {
                var survived = block.Text.Split('\n').Any(line => Survives(line, strayLines, result.Text));
                var (planted, removed) = _families.GetValueOrDefault(block.Family);
                _families[block.Family] = (planted + 1, removed + (survived ? 0 : 1));
                var (inGroup, removedInGroup) = _groups.GetValueOrDefault(block.Group);
                _groups[block.Group] = (inGroup + 1, removedInGroup + (survived ? 0 : 1));
                if (survived && verbose)
                    Console.WriteLine($"  left [{block.Family}, {block.Group}] {{{FeedHub.Cleaning.Phrasebook.Find(block.Text.Split('\n')[0])}}} {block.Text.Replace('\n', ' ')}");
            }
            var a = Shingles(article);
            var o = Shingles(result.Text);
            var shared = a.Sum(p => Math.Min(p.Value, o.GetValueOrDefault(p.Key)));
            _articleShingles += a.Values.Sum();
            _outputShingles += o.Values.Sum();
            _sharedShingles += shared;
            if (verbose && shared < a.Values.Sum())
            {
                foreach (var removal in result.Removals.Where(r => articleNorm.Contains(ContentHasher.NormalizeText(r.Text), StringComparison.Ordinal) && r.Text.Length > 20))
                    Console.WriteLine($"  article text removed by [{removal.Rule}] {removal.Text}");
            }
            if (item.PlantedOriginalUrl is not null)
            {
                _attributionPlanted++;
                _attributionFound += result.OriginalUrl == item.PlantedOriginalUrl ? 1 : 0;
            }
            _trackingLeft += TrackingParameter().IsMatch(result.Html) ? 1 : 0;
            _pixelsLeft += result.Html.Contains(".gif", StringComparison.Ordinal) ? 1 : 0;
            _emptyLeft += EmptyBlock().IsMatch(result.Html) ? 1 : 0;
        }

        private static bool Survives(string line, List<string> strayLines, string text)
        {
            var norm = ContentHasher.NormalizeText(line);
            if (norm.Length == 0) // separators and excerpt markers: no words to compare
                return text.Contains(line.Trim(), StringComparison.Ordinal);
            return strayLines.Any(l => ContentHasher.NormalizeText(l) is var n && n.Length > 0
                && (n.Contains(norm, StringComparison.Ordinal) || norm.Contains(n, StringComparison.Ordinal)));
        }

        public void Print(string name)
        {
            var planted = _families.Values.Sum(f => f.Planted);
            var removed = _families.Values.Sum(f => f.Removed);
            Console.WriteLine();
            Console.WriteLine($"== {name}: {_items} items, {planted} boilerplate blocks");
            Console.WriteLine($"   boilerplate blocks removed   {Percent(removed, planted)}");
            Console.WriteLine($"   article 4-gram shingles kept {Percent(_sharedShingles, _articleShingles)}");
            Console.WriteLine($"   output that is article       {Percent(_sharedShingles, _outputShingles)}");
            Console.WriteLine($"   attribution found            {Percent(_attributionFound, _attributionPlanted)} of {_attributionPlanted} items naming the original");
            Console.WriteLine($"   items with tracking params / pixels / empty blocks left: {_trackingLeft} / {_pixelsLeft} / {_emptyLeft}");
            foreach (var (group, (p, r)) in _groups.Where(_ => _groups.Count > 1).OrderBy(g => g.Key, StringComparer.Ordinal))
                Console.WriteLine($"   removed, {group + ":",-44} {r,5}/{p,-5} {Percent(r, p)}");
            foreach (var (family, (p, r)) in _families.OrderBy(f => f.Key, StringComparer.Ordinal))
                Console.WriteLine($"     {family,-18} {r,5}/{p,-5} {Percent(r, p)}");
        }

        private static string Percent(long part, long whole) => whole == 0 ? "n/a" : $"{100.0 * part / whole:F2}%";
    }

    /// <summary>Word 4-gram shingles as the Zyte benchmark counts them: \w+ tokens, case kept, a multiset.</summary>
    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Word().Matches(text).Select(m => m.Value).ToList();
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + 4 <= tokens.Count; i++)
        {
            var key = string.Join(' ', tokens.Skip(i).Take(4));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }
        return shingles;
    }

    private static List<List<string>> LoadArticles()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(FixtureFiles.PathOf("article-extraction", "ground-truth.json")));
        return json.RootElement.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => p.Value.GetProperty("articleBody").GetString() ?? "")
            .Select(body => body.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList())
            .Where(paragraphs => paragraphs.Count > 0)
            .ToList();
    }

    /// <summary>"dev", "held-out", "held-out-2" …: how the figures name a phrase set.</summary>
    private static string NameOf(PhraseSet set) => set switch
    {
        PhraseSet.Dev => "dev",
        PhraseSet.HeldOut => "held-out",
        _ => $"held-out-{(int)set}",
    };

    private static int IntOption(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) ? value : fallback;
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();

    [GeneratedRegex(@"[?&;](?:utm_[a-z]+|fbclid|gclid)=")]
    private static partial Regex TrackingParameter();

    [GeneratedRegex(@"<p>(?:\s|&nbsp;)*</p>")]
    private static partial Regex EmptyBlock();
}
