using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using FeedHub.Cleaning;
using FeedHub.Parsing;
using FeedHub.Testing;

namespace FeedHub.Benchmarks;

/// <summary>
/// Cleaning the Weekly Blitz item as the aggregator re-posts it (three layers of boilerplate, 7.6 KB), beside a
/// bare AngleSharp parse + serialise of the same input (the baseline) and mganss HtmlSanitizer with its defaults
/// (which sanitises only, on a parse of its own).
/// dotnet run -c Release --project tests/FeedHub.Benchmarks -- --filter '*CleaningBenchmarks*' --job short
/// </summary>
[MemoryDiagnoser]
public class CleaningBenchmarks
{
    private readonly HtmlParser _parser = new();
    private readonly ContentCleaner _cleaner = new(new CleaningOptions());
    private readonly Ganss.Xss.HtmlSanitizer _mganss = new();
    private string _html = "";
    private Uri _baseUrl = new("https://example.org/");

    [GlobalSetup]
    public void Setup()
    {
        var feedUrl = new Uri("https://worldaffairs-digest.example/feed/");
        var item = FeedParser.Parse(File.ReadAllBytes(FixturePath("weekly-blitz", "aggregator-feed.xml")), "application/rss+xml", feedUrl).Items[0];
        _html = item.ContentHtml ?? "";
        _baseUrl = item.BaseUrl ?? feedUrl;
    }

    [Benchmark(Baseline = true)]
    public string BareParseAndSerialize() => _parser.ParseDocument(_html).Body!.InnerHtml;

    [Benchmark]
    public CleanedContent ContentCleanerClean() => _cleaner.Clean(_html, _baseUrl);

    [Benchmark]
    public string MganssHtmlSanitizer() => _mganss.Sanitize(_html, _baseUrl.AbsoluteUri);

    /// <summary>The fixture beside the benchmark's build output, or found up the tree when BenchmarkDotNet runs from a copy.</summary>
    private static string FixturePath(params string[] parts)
    {
        var path = FixtureFiles.PathOf(parts);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); !File.Exists(path) && dir is not null; dir = dir.Parent)
            path = Path.Combine([dir.FullName, "tests", "FeedHub.Testing", "Fixtures", .. parts]);
        return path;
    }
}
