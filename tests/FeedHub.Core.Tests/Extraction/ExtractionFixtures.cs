using System.IO.Compression;
using System.Text.Json;
using FeedHub.Testing;

namespace FeedHub.Core.Tests.Extraction;

/// <summary>The article-extraction fixtures: Zyte's benchmark pages (gzip) and their ground-truth article bodies.</summary>
internal static class ExtractionFixtures
{
    public sealed record Page(string Id, Uri Url, string Truth);

    private static readonly Lazy<Dictionary<string, Page>> Pages = new(Load);

    public static IReadOnlyCollection<Page> All => Pages.Value.Values;

    public static Page ByPrefix(string prefix) => Pages.Value.Values.Single(p => p.Id.StartsWith(prefix, StringComparison.Ordinal));

    public static byte[] Bytes(Page page)
    {
        using var gzip = new GZipStream(File.OpenRead(FixtureFiles.PathOf("article-extraction", "html", page.Id + ".html.gz")), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static Dictionary<string, Page> Load()
    {
        using var json = JsonDocument.Parse(FixtureFiles.Text("article-extraction", "ground-truth.json"));
        return json.RootElement.EnumerateObject().ToDictionary(
            p => p.Name,
            p => new Page(p.Name, new Uri(p.Value.GetProperty("url").GetString()!), p.Value.GetProperty("articleBody").GetString() ?? ""));
    }
}
