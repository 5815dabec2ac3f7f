using System.IO.Compression;
using System.Security;
using System.Text;
using System.Text.Json;
using FeedHub.Storage;
using FeedHub.Storage.Postgres;
using FeedHub.Storage.Sqlite;
using FeedHub.Testing;

namespace FeedHub.Worker.Tests;

/// <summary>
/// A publisher on a loopback server whose feed carries only excerpts ("… [Read More]") of real captured pages
/// (the article-extraction fixtures, development ids), with a robots.txt, and pages that go wrong in every usual way.
/// </summary>
internal sealed class FullTextSite
{
    /// <summary>Three development pages (ids 0-3) with a rel=canonical: page path, fixture id.</summary>
    public static readonly (string Path, string Id)[] Pages =
    [
        ("articles/wework", "06e5123e4ef7cfb4533250dc45d1e03d0838fc66223f45c583c4d12f48b4da85"),
        ("articles/davis-cup", "0d46122928b6f468cc4bbc694051d0dbae5702bc75a16dab82a99b58daf150a0"),
        ("articles/delhi-air", "16c30add7e96315e9cc957d85aa876ccb6b70055f0ddab51547a586117cc1f56"),
    ];

    public const string DisallowedPath = "private/members-only";

    private static readonly JsonElement Truth = JsonDocument.Parse(File.ReadAllText(FixtureFiles.PathOf("article-extraction", "ground-truth.json"))).RootElement;

    public static string Body(string id) => Truth.GetProperty(id).GetProperty("articleBody").GetString()!;

    public static string CanonicalUrl(string id) => Truth.GetProperty(id).GetProperty("url").GetString()!;

    public static byte[] Page(string id)
    {
        using var gzip = new GZipStream(File.OpenRead(FixtureFiles.PathOf("article-extraction", "html", id + ".html.gz")), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>The first words of the article, cut mid-sentence, as an aggregator's excerpt.</summary>
    public static string Excerpt(string id)
    {
        var text = Body(id).Replace('\n', ' ');
        var cut = text.LastIndexOf(' ', 180);
        return text[..cut];
    }

    /// <summary>Maps the pages, robots.txt (disallowing /private/ for everyone) and a feed of excerpts at `excerpts.xml`.</summary>
    public static void MapPublisher(LoopbackServer server, params string[] extraPaths)
    {
        foreach (var (path, id) in Pages)
            server.MapBytes(path, Page(id), "text/html; charset=utf-8", etag: "\"" + id[..8] + "\"");
        server.MapBytes(DisallowedPath, Page(Pages[0].Id), "text/html; charset=utf-8");
        server.MapBytes("robots.txt", Encoding.UTF8.GetBytes("# robots for the test publisher\nUser-agent: *\nDisallow: /private/\n\nUser-agent: OtherBot\nDisallow: /\n"), "text/plain");
        var items = Pages.Select(p => (p.Path, Excerpt(p.Id))).Append((DisallowedPath, Excerpt(Pages[0].Id).Replace("WeWork", "a members-only startup", StringComparison.Ordinal)));
        server.MapBytes("excerpts.xml", ExcerptFeed(server, items.Concat(extraPaths.Select(p => (p, $"A story about {p.Replace('/', ' ')} that the feed cuts short, as aggregators do with every item they carry")))));
    }

    /// <summary>An RSS feed whose items are excerpts ending in "… [Read More]" linking to the item's page.</summary>
    public static byte[] ExcerptFeed(LoopbackServer server, IEnumerable<(string Path, string Excerpt)> items)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Excerpts Daily</title><link>")
            .Append(server.BaseAddress).Append("</link>");
        var n = 0;
        foreach (var (path, excerpt) in items)
        {
            var url = SecurityElement.Escape(server.Url(path).AbsoluteUri);
            xml.Append($"<item><title>Item {n}</title><link>{url}</link><guid isPermaLink=\"false\">x-{n}</guid>")
               .Append($"<pubDate>Mon, 18 Nov 2019 1{n % 10}:00:00 GMT</pubDate>")
               .Append($"<description><![CDATA[<p>{SecurityElement.Escape(excerpt)} … <a href=\"{url}\">[Read More]</a></p>]]></description></item>");
            n++;
        }
        return Encoding.UTF8.GetBytes(xml.Append("</channel></rss>").ToString());
    }

    /// <summary>A feed of the publisher's own, carrying the whole of the first page's article under its canonical URL.</summary>
    public static byte[] OriginFeed()
    {
        var (_, id) = Pages[0];
        var paragraphs = string.Concat(Body(id).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(p => $"<p>{SecurityElement.Escape(p)}</p>"));
        return Encoding.UTF8.GetBytes(
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Origin</title><link>https://venturebeat.com/</link>" +
            $"<item><title>NY attorney general investigating WeWork</title><link>{SecurityElement.Escape(CanonicalUrl(id))}</link><guid>origin-1</guid>" +
            $"<pubDate>Mon, 18 Nov 2019 09:00:00 GMT</pubDate><description><![CDATA[{paragraphs}]]></description></item></channel></rss>");
    }

    /// <summary>An article as stored, to see what the Contract's export does not show (the excerpt, the full-text state).</summary>
    public static async Task<ArticleRecord> StoredAsync(FeedHubInstance feedhub, long id)
    {
        if (feedhub.SqlitePath is { } path)
            return (await new SqliteStore(path).GetArticleAsync(id, CancellationToken.None))!;
        await using var source = PostgresStore.CreateDataSource(feedhub.ConnectionString!);
        return (await new PostgresStore(source).GetArticleAsync(id, CancellationToken.None))!;
    }
}
