using FeedHub.Dedup;
using FeedHub.Fingerprinting;
using FeedHub.Storage;

namespace FeedHub.Evaluation;

/// <summary>Pairwise precision / recall / F1 of the stored stories against the labels, story purity, and details.</summary>
internal sealed class CrossPostScore
{
    private long _truePairs, _predictedPairs, _bothPairs;
    private int _items, _pure;
    private int _representatives, _representativesRight;
    private readonly Dictionary<string, (int Joined, int Total)> _byChange = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _reasons = new(StringComparer.Ordinal);

    public double Precision => _predictedPairs == 0 ? 1 : (double)_bothPairs / _predictedPairs;
    public double Recall => _truePairs == 0 ? 1 : (double)_bothPairs / _truePairs;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public double Purity => _items == 0 ? 1 : (double)_pure / _items;

    public static CrossPostScore Of(List<CorpusItem> items, List<ArticleRecord> stored, bool verbose)
    {
        var truth = items.GroupBy(i => (i.FeedUrl, i.Guid)).ToDictionary(g => g.Key, g => g.First()); // an update keeps its original's kind
        var rows = stored.Select(a => (Article: a, Item: truth[(a.FeedUrl, a.Guid!)])).ToList();
        var score = new CrossPostScore { _items = rows.Count };
        if (rows.Count != truth.Count)
            Console.WriteLine($"  identity: {truth.Count} distinct items stored as {rows.Count} articles");

        score._truePairs = rows.GroupBy(r => r.Item.Label).Sum(g => Pairs(g.Count()));
        score._predictedPairs = rows.GroupBy(r => r.Article.StoryId).Sum(g => Pairs(g.Count()));
        score._bothPairs = rows.GroupBy(r => (r.Article.StoryId, r.Item.Label)).Sum(g => Pairs(g.Count()));
        foreach (var story in rows.GroupBy(r => r.Article.StoryId))
        {
            score._pure += story.GroupBy(r => r.Item.Label).Max(g => g.Count());
            if (verbose && story.Select(r => r.Item.Label).Distinct().Count() > 1)
            {
                Console.WriteLine($"  false merge in story {story.Key}: " + string.Join(" | ", story.Select(r => $"{r.Item.Label} {r.Item.Kind} ({r.Article.DuplicateReason} {r.Article.Similarity})")));
                var majority = story.GroupBy(r => r.Item.Label).MaxBy(g => g.Count())!.Key;
                foreach (var stray in story.Where(r => r.Item.Label != majority))
                {
                    foreach (var member in story.Where(r => r.Item.Label == majority))
                        Console.WriteLine($"    {stray.Item.Label} vs {member.Item.Kind}: {Similarity(stray.Article.ContentText, member.Article.ContentText)}");
                }
            }
        }

        var originals = rows.Where(r => r.Item.Kind == "original").ToDictionary(r => r.Item.Label, r => r.Article);
        foreach (var (article, item) in rows.Where(r => r.Item.Kind.StartsWith("repost", StringComparison.Ordinal) || r.Item.Kind == "canonical"))
        {
            var joined = originals.TryGetValue(item.Label, out var original) && original.StoryId == article.StoryId;
            foreach (var change in item.Kind.Split(':', '+').Skip(item.Kind == "canonical" ? 0 : 1))
            {
                var (j, t) = score._byChange.GetValueOrDefault(change);
                score._byChange[change] = (j + (joined ? 1 : 0), t + 1);
            }
            if (verbose && !joined)
                Console.WriteLine($"  missed: {item.Label} {item.Kind} in story {article.StoryId} (original url {article.OriginalUrl}), original {original?.CanonicalUrl} in {original?.StoryId}"
                    + (original is null ? "" : " " + Similarity(article.ContentText, original.ContentText)) + Environment.NewLine + "    " + article.ContentText.Replace("\n", " / ", StringComparison.Ordinal)
                    + Environment.NewLine + "    its story: " + string.Join(" | ", rows.Where(r => r.Article.StoryId == article.StoryId).Select(r => $"{r.Item.Label} {r.Item.Kind} ({r.Article.DuplicateReason} {r.Article.Similarity}) {Similarity(article.ContentText, r.Article.ContentText)}")));
        }
        foreach (var story in rows.GroupBy(r => r.Article.StoryId).Where(g => g.Count() > 1))
        {
            var representative = story.FirstOrDefault(r => r.Article.IsRepresentative);
            if (representative.Article is null || !story.Any(r => r.Item.Kind == "original"))
                continue;
            score._representatives++;
            if (representative.Item.Kind == "original")
                score._representativesRight++;
            else if (verbose)
                Console.WriteLine($"  representative not the publisher's: story {story.Key}: " + string.Join(" | ", story.Select(r =>
                    $"#{r.Article.Id} {r.Item.Kind}{(r.Article.IsRepresentative ? " [rep]" : "")} link {r.Article.Url} published {r.Article.PublishedAt:MM-dd HH:mm} original {r.Article.OriginalUrl ?? "-"} canonical {r.Article.CanonicalUrl} {r.Article.ContentText.Length} chars")));
        }
        foreach (var row in rows)
        {
            var reason = row.Article.DuplicateReason ?? "opened";
            score._reasons[reason] = score._reasons.GetValueOrDefault(reason) + 1;
        }
        return score;
    }

    public void Add(CrossPostScore other)
    {
        _truePairs += other._truePairs;
        _predictedPairs += other._predictedPairs;
        _bothPairs += other._bothPairs;
        _items += other._items;
        _pure += other._pure;
        _representatives += other._representatives;
        _representativesRight += other._representativesRight;
        foreach (var (change, (j, t)) in other._byChange)
        {
            var (j0, t0) = _byChange.GetValueOrDefault(change);
            _byChange[change] = (j0 + j, t0 + t);
        }
        foreach (var (reason, n) in other._reasons)
            _reasons[reason] = _reasons.GetValueOrDefault(reason) + n;
    }

    public void Print()
    {
        Console.WriteLine($"  pairwise precision {Precision:F4}  recall {Recall:F4}  F1 {F1:F4}  story purity {Purity:F4}  ({_bothPairs}/{_predictedPairs} predicted pairs, {_truePairs} true pairs)");
        Console.WriteLine($"  representative is the publisher's copy in {_representativesRight}/{_representatives} multi-member stories");
        Console.WriteLine("  recall by change: " + string.Join(", ", _byChange.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value.Joined}/{p.Value.Total}")));
        Console.WriteLine("  reasons: " + string.Join(", ", _reasons.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}")));
    }

    private static string Similarity(string a, string b)
    {
        var (sa, sb) = (MinHasher.Sign(a), MinHasher.Sign(b));
        var (small, large) = sa.ShingleCount <= sb.ShingleCount ? (a, b) : (b, a);
        return $"words {sa.WordCount}/{sb.WordCount}, estimated Jaccard {sa.EstimateJaccard(sb):F2}, containment {NearDuplicateVerifier.Containment(Shingles.Distinct(small), Shingles.Distinct(large)):F2}, shared bands {LshBands.Keys(sa).Intersect(LshBands.Keys(sb)).Count()}";
    }

    private static long Pairs(int n) => (long)n * (n - 1) / 2;
}
