using System.Text;
using FeedHub.Extraction;
using FeedHub.Testing;

namespace FeedHub.Core.Tests.Extraction;

public sealed class PageDecoderTests
{
    [Theory]
    [InlineData("utf8.html", "Café")]
    [InlineData("iso-8859-1.html", "Frédéric")]
    [InlineData("iso-8859-1-meta-after-1024.html", "Frédéric")]
    [InlineData("utf8-meta-after-1024.html", "Frédéric")]
    public void Decode_ReadsTheMetaCharset(string file, string expected)
    {
        var bytes = FixtureFiles.Bytes("real-feeds", "miniflux", "encoding", file);

        PageDecoder.Decode(bytes, contentType: null).Should().Contain(expected).And.NotContain("\uFFFD");
    }

    [Fact]
    public void Decode_PrefersTheHttpCharsetToTheMeta()
    {
        var bytes = FixtureFiles.Bytes("real-feeds", "miniflux", "encoding", "iso-8859-1.html");

        PageDecoder.Decode(bytes, "text/html; charset=windows-1252").Should().Contain("Frédéric");
    }

    [Fact]
    public void Decode_PrefersTheByteOrderMarkToEverything()
    {
        var html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Café</p></body></html>";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(html)).ToArray();

        PageDecoder.Decode(bytes, "text/html; charset=iso-8859-1").Should().Contain("Café");
    }

    [Fact]
    public void Decode_FallsBackToWindows1252ForUndeclaredLegacyBytes()
    {
        var bytes = Encoding.Latin1.GetBytes("<html><body><p>Café crème</p></body></html>");

        PageDecoder.Decode(bytes, null).Should().Contain("Café crème");
    }
}
