using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using FeedHub.Dedup;
using FeedHub.Fingerprinting;
using FeedHub.Testing;

namespace FeedHub.Benchmarks;

/// <summary>
/// Fingerprints of a 1,000-word article (real text from the Zyte benchmark): the MinHash signature and its band
/// keys beside the exact text hash (normalize + SHA-256) that every ingest already computes, and both from one
/// normalization (TextFingerprint, what the ingest runs).
/// dotnet run -c Release --project tests/FeedHub.Benchmarks -- --filter '*DedupSignatureBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class DedupSignatureBenchmarks
{
    private string _text = "";

    [GlobalSetup]
    public void Setup() => _text = DedupCorpus.Words(1000);

    [Benchmark(Baseline = true)]
    public string TextHash() => ContentHasher.TextHash(_text);

    [Benchmark]
    public TextSignature MinHashSignature() => MinHasher.Sign(_text);

    [Benchmark]
    public long[] SignatureAndBandKeys() => LshBands.Keys(MinHasher.Sign(_text));

    /// <summary>What an ingest computes now: the hash and the signature from one normalization.</summary>
    [Benchmark]
    public TextFingerprint HashAndSignature() => TextFingerprint.Of(_text);
}

/// <summary>
/// Near-duplicate lookup among 1,000,000 signatures in memory: the band index beside a brute-force scan of every
/// signature, in the same run. Each invocation is one lookup (so the percentiles are per lookup), for one of 64
/// queries in turn: reposts (other boilerplate, a paragraph dropped) of articles in the index. The index holds the
/// 88 real articles and their variants; the rest are random signatures, which behave as unrelated articles do.
/// dotnet run -c Release --project tests/FeedHub.Benchmarks -- --filter '*DedupLookupBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PercentileConfig))]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 3, iterationCount: 200, invocationCount: 1)]
public class DedupLookupBenchmarks
{
    private const int Size = 1_000_000;
    private InMemoryBandIndex _index = null!;
    private TextSignature[] _queries = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        _index = new InMemoryBandIndex(Size);
        var articles = DedupCorpus.Articles();
        foreach (var article in articles)
        {
            _index.Add(MinHasher.Sign(string.Join('\n', article)));
            _index.Add(MinHasher.Sign(string.Join('\n', article.Where((_, i) => i != 0))));
        }
        while (_index.Count < Size)
        {
            var values = new uint[MinHasher.HashCount];
            var lead = new uint[MinHasher.LeadHashCount];
            for (var i = 0; i < values.Length; i++)
                values[i] = (uint)random.NextInt64(0, uint.MaxValue);
            for (var i = 0; i < lead.Length; i++)
                lead[i] = (uint)random.NextInt64(0, uint.MaxValue);
            _index.Add(new TextSignature(values, lead, 500, 497));
        }
        _queries = articles.Take(64)
            .Select(a => MinHasher.Sign(string.Join('\n', a.Where((_, i) => i != a.Length - 1)) + "\nCurated for you by NewsPile, your daily digest of the web."))
            .ToArray();
    }

    [Benchmark(Baseline = true)]
    public int BruteForceScan() => _index.ScanNear(_queries[_next++ % _queries.Length], 0.5).Count;

    [Benchmark]
    public int BandIndexLookup() => _index.FindNear(_queries[_next++ % _queries.Length], 0.5).Count;

    private sealed class PercentileConfig : ManualConfig
    {
        public PercentileConfig() => AddColumn(StatisticColumn.P50, StatisticColumn.P95, StatisticColumn.Max);
    }
}

/// <summary>Real article texts (Zyte benchmark ground truth) for the dedup benchmarks.</summary>
internal static class DedupCorpus
{
    public static List<string[]> Articles()
    {
        using var json = JsonDocument.Parse(FixtureFiles.Text("article-extraction", "ground-truth.json"));
        return json.RootElement.EnumerateObject()
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => (p.Value.GetProperty("articleBody").GetString() ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
    }

    /// <summary>The first article of at least <paramref name="count"/> words, cut to that many, paragraphs kept.</summary>
    public static string Words(int count)
    {
        var article = Articles().First(a => a.Sum(p => p.Split(' ').Length) >= count);
        var kept = new List<string>();
        var words = 0;
        foreach (var paragraph in article)
        {
            var take = paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(count - words).ToArray();
            kept.Add(string.Join(' ', take));
            words += take.Length;
            if (words >= count)
                break;
        }
        return string.Join('\n', kept);
    }
}
