using System.Xml;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using CodeHollow.FeedReader;
using FeedHub.Parsing;
using FeedHub.Testing;

namespace FeedHub.Benchmarks;

/// <summary>
/// FeedParser on Miniflux's large_rss.xml (167 KB, 25 items) beside a bare XmlReader pass over the same bytes
/// (the floor any XML feed parser stands on) and CodeHollow's FeedReader.ReadFromByteArray (what FeedParser used
/// to wrap). A short job, in process: on this shared two-core machine BenchmarkDotNet's separate build of the
/// boilerplate project runs past its two-minute build timeout.
/// dotnet run -c Release --project tests/FeedHub.Benchmarks -- --filter '*ParsingBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ShortInProcessConfig))]
public class ParsingBenchmarks
{
    private sealed class ShortInProcessConfig : ManualConfig
    {
        public ShortInProcessConfig() => AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
    }

    private static readonly Uri FeedUrl = new("https://dustri.org/b/feeds/rss.xml");
    private byte[] _bytes = [];

    [GlobalSetup]
    public void Setup() => _bytes = FixtureFiles.Bytes("real-feeds", "miniflux", "parser", "large_rss.xml");

    [Benchmark(Baseline = true)]
    public long XmlReaderPass()
    {
        using var stream = new MemoryStream(_bytes, writable: false);
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        long chars = 0;
        while (reader.Read())
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA)
                chars += reader.Value.Length;
        }
        return chars;
    }

    [Benchmark]
    public int FeedParserParse() => FeedParser.Parse(_bytes, "application/rss+xml; charset=utf-8", FeedUrl).Items.Count;

    [Benchmark]
    public int CodeHollowReadFromByteArray() => FeedReader.ReadFromByteArray(_bytes).Items.Count;
}
