using FeedHub.Parsing;
using FeedHub.Testing;

namespace FeedHub.Core.Tests.Parsing;

/// <summary>
/// A property over damaged real feeds: cut short or with bytes flipped, a feed either parses or fails with a
/// <see cref="FeedParseException"/>; nothing else escapes.
/// </summary>
public sealed class MalformedInputTests
{
    private static readonly Uri FeedUrl = new("https://feeds.example/feed");

    [Theory]
    [InlineData("miniflux/parser/large_rss.xml")]
    [InlineData("miniflux/parser/large_atom.xml")]
    [InlineData("miniflux/parser/rdf_UTF8.xml")]
    [InlineData("miniflux/encoding/koi8r.xml")]
    [InlineData("codehollow/Rss091FullSample.xml")]
    [InlineData("codehollow/AtomSpecialCharacters.xml")]
    public void DamagedFeed_ParsesOrFailsCleanly(string file)
    {
        var bytes = FixtureFiles.Bytes(["real-feeds", .. file.Split('/')]);
        var random = new Random(file.Length);
        var outcomes = new List<string>();
        for (var i = 1; i <= 40; i++)
        {
            var damaged = i <= 20 ? bytes[..(bytes.Length * i / 21)] : Flip(bytes, random);
            try
            {
                FeedParser.Parse(damaged, null, FeedUrl);
                outcomes.Add("parsed");
            }
            catch (FeedParseException ex)
            {
                ex.Message.Should().NotBeNullOrWhiteSpace();
                outcomes.Add("refused");
            }
        }
        outcomes.Should().Contain("refused", "a truncated feed is not well-formed");
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("windows-1252")]
    [InlineData("utf-16")]
    public void ControlCharactersXmlForbids_AreDropped_NotFatal(string encodingName)
    {
        var encoding = System.Text.Encoding.GetEncoding(encodingName);
        var xml = "<rss version=\"2.0\"><channel><title>Bin\u0001ary\u000F junk</title>"
            + "<item><title>Caf\u00E9\u0010</title><description>a\u0000b</description></item></channel></rss>";
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(xml)];

        var feed = FeedParser.Parse(bytes, $"application/rss+xml; charset={encodingName}", FeedUrl);

        feed.Title.Should().Be("Binary junk");
        feed.Items.Single().Title.Should().Be("Café");
        feed.Items.Single().SummaryHtml.Should().Be("ab");
    }

    private static byte[] Flip(byte[] bytes, Random random)
    {
        var copy = (byte[])bytes.Clone();
        for (var n = 0; n < 8; n++)
            copy[random.Next(copy.Length)] = (byte)random.Next(256);
        return copy;
    }
}
