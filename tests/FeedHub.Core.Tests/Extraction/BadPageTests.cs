using System.Text;
using FeedHub.Extraction;
using FeedHub.Testing;

namespace FeedHub.Core.Tests.Extraction;

/// <summary>Pages without an article give "no content" (null), never an exception.</summary>
public sealed class BadPageTests
{
    private static readonly Uri PageUrl = new("https://example.com/2024/05/story");
    private readonly ArticleExtractor _extractor = new();

    [Theory]
    [InlineData("empty", "")]
    [InlineData("white space", "   \n\t ")]
    [InlineData("plain text", "Just a sentence, no markup at all, and not an article either.")]
    [InlineData("JSON error body", "{\"error\":\"not found\",\"status\":404}")]
    [InlineData("only navigation", "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav><footer>© 2024 Example</footer></body></html>")]
    [InlineData("login wall", "<html><head><title>Sign in</title></head><body><header><a href='/'>Example</a></header><main><form action='/login' method='post'><h1>Sign in to continue</h1><label>Email <input name='email'></label><label>Password <input type='password' name='password'></label><button>Sign in</button><p><a href='/forgot'>Forgot your password?</a></p></form></main></body></html>")]
    [InlineData("unclosed tags", "<html><body><div><div><p><span><b><i>")]
    [InlineData("script only", "<html><body><script>document.write('<p>' + 'x'.repeat(5000) + '</p>')</script></body></html>")]
    public void Extract_GivesNoContent(string page, string html)
    {
        _extractor.Extract(html, PageUrl).Should().BeNull(page);
        _extractor.Extract(Encoding.UTF8.GetBytes(html), "text/html", PageUrl).Should().BeNull(page);
    }

    [Fact]
    public void Extract_GivesNoContentForATinyRealPage()
    {
        var bytes = FixtureFiles.Bytes("real-feeds", "miniflux", "encoding", "utf8.html");

        _extractor.Extract(bytes, "text/html", PageUrl).Should().BeNull("a one-word page has no article");
    }

    [Fact]
    public void Extract_RefusesA20MegabytePageWithoutParsingIt()
    {
        var paragraph = "<p>" + string.Concat(Enumerable.Repeat("A sentence of an endless page, written again. ", 20)) + "</p>\n";
        var builder = new StringBuilder("<html><body><article>");
        while (builder.Length < 20 * 1024 * 1024)
            builder.Append(paragraph);
        builder.Append("</article></body></html>");
        var html = builder.ToString();

        _extractor.Extract(Encoding.UTF8.GetBytes(html), "text/html", PageUrl).Should().BeNull();
        _extractor.Extract(html, PageUrl).Should().BeNull();
    }

    [Theory]
    [InlineData("PNG image", "image/png", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52 })]
    [InlineData("PDF without a content type", null, new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A, 0x25, 0xE2, 0xE3, 0xCF, 0xD3, 0x0A, 0, 0x31 })]
    [InlineData("gzip bytes served as HTML", "text/html", new byte[] { 0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x3C, 0x68 })]
    public void Extract_GivesNoContentForBinaryBodies(string body, string? contentType, byte[] bytes)
    {
        _extractor.Extract(bytes, contentType, PageUrl).Should().BeNull(body);
    }

    [Fact]
    public void Extract_GivesNoContentForAnArticleServedAsJson()
    {
        var fixture = ExtractionFixtures.ByPrefix("05844573ca");

        _extractor.Extract(ExtractionFixtures.Bytes(fixture), "application/json", fixture.Url).Should().BeNull();
    }

    [Fact]
    public void Extract_SurvivesDeeplyNestedMarkup()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 20_000)) + "<p>" + string.Concat(Enumerable.Repeat("Deep text, in a sentence. ", 40)) + "</p>";

        var act = () => _extractor.Extract(html, PageUrl);

        act.Should().NotThrow().Subject.Should().BeNull("markup nested 20,000 deep is refused before parsing (the parser's work grows with the square of the depth)");
    }

    [Theory]
    [InlineData("Spans", "<span>", "</span>")]
    [InlineData("Fonts", "<FONT size=2>", "</FONT>")]
    [InlineData("Tables", "<table><tr><td>", "</td></tr></table>")]
    public void Extract_GivesNoContentForMarkupNestedTooDeep(string name, string open, string close)
    {
        var options = new ExtractionOptions { MaxNesting = 50 };
        var paragraph = "<p>" + string.Concat(Enumerable.Repeat("Deep text, in a sentence of an article. ", 40)) + "</p>";
        string Nested(int depth) => "<html><body>" + string.Concat(Enumerable.Repeat(open, depth)) + paragraph + string.Concat(Enumerable.Repeat(close, depth)) + "</body></html>";

        new ArticleExtractor(options).Extract(Nested(51), PageUrl).Should().BeNull(name);
        new ArticleExtractor(options).Extract(Nested(30), PageUrl).Should().NotBeNull(name + ": nesting under the limit is read");
    }

    [Fact]
    public void Extract_GivesNoContentForRandomBytes()
    {
        var random = new Random(20240501);
        for (var i = 0; i < 50; i++)
        {
            var bytes = new byte[random.Next(1, 4096)];
            random.NextBytes(bytes);
            var act = () => _extractor.Extract(bytes, null, PageUrl);
            act.Should().NotThrow().Subject.Should().BeNull();
        }
    }
}
