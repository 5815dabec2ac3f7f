using System.Text;
using AngleSharp.Html.Parser;
using FeedHub.Cleaning;
using FeedHub.Fingerprinting;

namespace FeedHub.Core.Tests.Cleaning;

/// <summary>
/// Bad input never throws and stays bounded: deeply nested or huge HTML, unclosed tags, invalid entities, binary
/// junk. Generated with a fixed seed, so a failure reproduces.
/// </summary>
public sealed class CleanerFuzzTests
{
    private static readonly CleaningOptions Options = new();
    private static readonly ContentCleaner Cleaner = new(Options);
    private static readonly Uri Base = new("https://example.org/post/1");

    public static TheoryData<string, string> Pathological => new()
    {
        { "nested divs, 100k deep", Repeat("<div>", 100_000) + "text" },
        { "nested inline, 100k deep", Repeat("<b><i><span>", 33_000) + "text" },
        { "nested lists, unclosed", Repeat("<ul><li>", 50_000) + "item" },
        { "nested tables", Repeat("<table><tr><td>", 20_000) + "cell" },
        { "unclosed tags everywhere", Repeat("<p><a href='x'><em>word ", 20_000) },
        { "invalid entities", Repeat("&#xFFFFFFFF; &#0; &#xD800; &bogus; &amp &#; &#x; &#99999999999; ", 5_000) },
        { "a 6 MB paragraph", "<p>" + Repeat("lorem ipsum ", 500_000) + "</p>" },
        { "a hundred thousand line breaks", Repeat("<br>", 100_000) },
        { "a comment never closed", "<p>before</p><!-- " + Repeat("x", 100_000) },
        { "script never closed", "<p>before</p><script>" + Repeat("alert(1);", 10_000) },
        { "attributes galore", "<p " + Repeat("onclick=x data-a=1 ", 50_000) + ">t</p>" },
        { "only nulls", new string('\0', 10_000) },
    };

    [Theory]
    [MemberData(nameof(Pathological))]
    public void Clean_SurvivesPathologicalInput(string name, string html)
    {
        var result = Cleaner.Clean(html, Base);

        result.Should().NotBeNull(name);
        AssertBounded(result, html);
    }

    [Fact]
    public void Clean_SurvivesRandomJunk_FixedSeed()
    {
        var random = new Random(4242);
        string[] fragments =
        [
            "<p>", "</p>", "<div>", "</div>", "<a href=\"", "javascript:alert(1)", "\">", "</a>", "<img src=x onerror=y>", "<br>",
            "<script>", "</script>", "<style>", "<!--", "-->", "<![CDATA[", "]]>", "&#", "&amp;", "&", ";", "<", ">", "\"", "'",
            "<iframe src=//evil>", "<svg><g>", "<math>", "<table><tr><td>", "<li>", "<ul>", "[…]", "Read more", "Source: ",
            "The post ", " appeared first on ", "\uFFFD", "\u202E", "\0", "<p>Comments are closed.</p>", "<hr>", "—–",
        ];
        for (var round = 0; round < 300; round++)
        {
            var builder = new StringBuilder();
            var length = random.Next(1, 400);
            for (var i = 0; i < length; i++)
            {
                if (random.Next(4) == 0)
                    builder.Append((char)random.Next(0, 0xFFFF)); // binary junk, lone surrogates included
                else
                    builder.Append(fragments[random.Next(fragments.Length)]);
            }
            var html = builder.ToString();
            var result = Cleaner.Clean(html, random.Next(2) == 0 ? Base : null);
            AssertBounded(result, html);
            AssertSafe(result.Html);
            ContentHasher.TextHash(result.Text).Should().NotBeEmpty("the next step hashes the clean text, which must be valid Unicode");
        }
    }

    /// <summary>Read back with a parser: no script or foreign frame, no event attribute, no script URL.</summary>
    private static void AssertSafe(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        document.QuerySelectorAll("script, style, iframe, object, embed, form, svg, math").Should().BeEmpty(html);
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            foreach (var attribute in element.Attributes)
            {
                attribute.Name.Should().NotStartWith("on", html);
                attribute.Value.TrimStart().Should().NotStartWithEquivalentOf("javascript:", html);
            }
        }
    }

    private static void AssertBounded(CleanedContent result, string html)
    {
        // Cleaning only removes (and adds a few attributes and paragraph tags): the output never outgrows its input by much.
        var input = Math.Min(html.Length, Options.MaxInputLength);
        result.Html.Length.Should().BeLessThanOrEqualTo(input * 2 + 1024);
        result.Text.Length.Should().BeLessThanOrEqualTo(input + 1024);
        MaxDepth(result.Html).Should().BeLessThanOrEqualTo(Options.MaxDepth + 4);
    }

    /// <summary>Nesting depth of serialised HTML, counting open and close tags (void elements do not nest).</summary>
    private static int MaxDepth(string html)
    {
        int depth = 0, max = 0;
        for (var i = 0; i < html.Length - 1; i++)
        {
            if (html[i] != '<')
                continue;
            if (html[i + 1] == '/')
                depth--;
            else if (char.IsLetter(html[i + 1]) && !IsVoid(html, i + 1))
                max = Math.Max(max, ++depth);
        }
        return max;
    }

    private static bool IsVoid(string html, int start)
    {
        var end = start;
        while (end < html.Length && char.IsLetterOrDigit(html[end]))
            end++;
        return html[start..end] is "br" or "img" or "hr" or "wbr" or "source" or "track" or "col" or "input" or "meta" or "link";
    }

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();
}
