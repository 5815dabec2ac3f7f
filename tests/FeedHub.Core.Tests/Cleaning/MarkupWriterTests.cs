using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using FeedHub.Cleaning;
using FeedHub.Testing;

namespace FeedHub.Core.Tests.Cleaning;

/// <summary>The clean HTML is written by <see cref="MarkupWriter"/>: it must be AngleSharp's <c>InnerHtml.Trim()</c>, byte for byte.</summary>
public sealed class MarkupWriterTests
{
    private static readonly HtmlParser Parser = new();

    public static TheoryData<string, string> Markup => new()
    {
        { "Write_EscapesText", "<p>a &amp; b &lt;c&gt; d&nbsp;e \" ' = `</p>" },
        { "Write_EscapesAttributeValues", "<p><a href=\"x?a=1&amp;b=2\" title='say \"hi\" &lt;b&gt; &nbsp; it&#39;s'>t</a></p>" },
        { "Write_KeepsAttributeOrderAndLowerCasesNames", "<p><img SRC=\"a.png\" Alt=\"x\" width=20 data-X=1></p>" },
        { "Write_VoidElements", "<p>a<br>b<br/>c<hr><img src=x><wbr></p><table><colgroup><col><col/></colgroup></table><video><source src=a><track src=b></video>" },
        { "Write_SelfClosingSyntaxOnOrdinaryElements", "<span/>x<div/>y<p/>z" },
        { "Write_PreDoublesALeadingLineFeed", "<pre>\n\nfirst</pre><pre>a\nb</pre><pre><b>x</b>\ny</pre>" },
        { "Write_IframeTextIsRaw", "<iframe src=\"https://www.youtube.com/embed/a\">a &amp; <b> &lt;</iframe>" },
        { "Write_Comments", "<p>a<!-- c & d -->b</p><!--[if IE]><p>x</p><![endif]-->" },
        { "Write_ForeignElements", "<svg viewBox=\"0 0 1 1\"><a xlink:href=\"#x\">t</a><foreignObject><p>in</p></foreignObject></svg><math><mi>x</mi></math>" },
        { "Write_XmlAttributes", "<svg><g xml:lang=\"en\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"></g></svg>" },
        { "Write_UnknownAndRawTextElements", "<custom-el a=1>x</custom-el><xmp>a&b</xmp><textarea>\n\nt</textarea><listing>\n\nl</listing><noscript>&amp;<i>n</i></noscript><style>a&b</style>" },
        { "Write_Template", "<template><p>inside</p></template><p>after</p>" },
        { "Write_TrimsWhiteSpaceAtTheEdges", " \n\t<p>a</p>\n\n \u00A0" },
        { "Write_EmptyBody", " \n " },
        { "Write_Tables", "<table><tr><td>a<td>b</table>" },
        { "Write_NonBmpAndControlCharacters", "<p title=\"\u0001\uD83D\uDE00\">\u0001 \uD83D\uDE00 \uFFFD</p>" },
    };

    [Theory]
    [MemberData(nameof(Markup))]
    public void TrimmedInnerHtml_IsAngleSharpsInnerHtmlTrimmed(string name, string html)
    {
        var body = Parser.ParseDocument(html).Body!;

        MarkupWriter.TrimmedInnerHtml(body).Should().Be(body.InnerHtml.Trim(), name);
    }

    [Fact]
    public void TrimmedInnerHtml_EscapesEveryCodeUnitAsAngleSharpDoes()
    {
        var document = Parser.ParseDocument("<p></p>");
        var paragraph = document.Body!.FirstElementChild!;
        for (var c = 0; c <= char.MaxValue; c++)
        {
            paragraph.TextContent = "a" + (char)c + "b";
            paragraph.SetAttribute("title", "a" + (char)c + "b");
            MarkupWriter.TrimmedInnerHtml(document.Body).Should().Be(document.Body.InnerHtml, $"U+{c:X4}");
        }
    }

    [Fact]
    public void TrimmedInnerHtml_OfEveryFixtureItemAfterEdits_IsAngleSharpsInnerHtmlTrimmed()
    {
        var root = Path.GetDirectoryName(FixtureFiles.PathOf("weekly-blitz", "aggregator-feed.xml"))!;
        var items = 0;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, ".."), "*.xml", SearchOption.AllDirectories))
        {
            var feed = TryParse(file);
            foreach (var item in feed?.Items ?? [])
            {
                var body = Parser.ParseDocument(item.ContentHtml ?? item.SummaryHtml ?? "").Body!;
                MarkupWriter.TrimmedInnerHtml(body).Should().Be(body.InnerHtml.Trim(), file);
                // After DOM edits like the cleaner's: a created paragraph, removed blocks, a moved node.
                body.AppendChild(body.Owner!.CreateElement("p")).AppendChild(body.Owner.CreateTextNode("x & y"));
                if (body.FirstElementChild is { } first)
                    first.Remove();
                if (body.LastElementChild is { } last && last.PreviousSibling is { } previous)
                    last.AppendChild(previous);
                MarkupWriter.TrimmedInnerHtml(body).Should().Be(body.InnerHtml.Trim(), file);
                items++;
            }
        }
        items.Should().BeGreaterThan(500);
    }

    private static FeedHub.Parsing.ParsedFeed? TryParse(string file)
    {
        try
        {
            return FeedHub.Parsing.FeedParser.Parse(File.ReadAllBytes(file), "application/xml", new Uri("https://feeds.example/"));
        }
        catch (FeedHub.Parsing.FeedParseException)
        {
            return null;
        }
    }
}
