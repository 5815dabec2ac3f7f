using System.IO.Compression;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using FeedHub.Extraction;
using FeedHub.Testing;

namespace FeedHub.Benchmarks;

/// <summary>
/// Main-content extraction of the 88 article-extraction pages (one operation = all pages) beside the AngleSharp
/// parse of the same pages, which every extraction includes. Both start from the decoded page text.
/// dotnet run -c Release --project tests/FeedHub.Benchmarks -- --filter '*ExtractionBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class ExtractionBenchmarks
{
    private readonly ArticleExtractor _extractor = new();
    private readonly HtmlParser _parser = new(new HtmlParserOptions { IsScripting = false });
    private List<(string Html, Uri Url)> _pages = [];

    [GlobalSetup]
    public void LoadPages()
    {
        var root = FixtureFiles.PathOf("article-extraction");
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "ground-truth.json")));
        _pages = truth.RootElement.EnumerateObject().Select(p =>
        {
            using var gzip = new GZipStream(File.OpenRead(Path.Combine(root, "html", p.Name + ".html.gz")), CompressionMode.Decompress);
            using var reader = new StreamReader(gzip, Encoding.UTF8);
            return (reader.ReadToEnd(), new Uri(p.Value.GetProperty("url").GetString()!));
        }).ToList();
    }

    [Benchmark(Baseline = true, Description = "AngleSharp ParseDocument, 88 pages")]
    public int Parse()
    {
        var elements = 0;
        foreach (var (html, _) in _pages)
            elements += _parser.ParseDocument(html).All.Length;
        return elements;
    }

    [Benchmark(Description = "ArticleExtractor.Extract, 88 pages")]
    public int Extract()
    {
        var length = 0;
        foreach (var (html, url) in _pages)
            length += _extractor.Extract(html, url)?.Text.Length ?? 0;
        return length;
    }
}
