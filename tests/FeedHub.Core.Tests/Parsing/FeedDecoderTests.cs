using System.Text;
using FeedHub.Parsing;
using FeedHub.Testing;

namespace FeedHub.Core.Tests.Parsing;

/// <summary>Which label wins: the byte-order mark, then real UTF-8, then the HTTP charset, then the XML declaration.</summary>
public sealed class FeedDecoderTests
{
    private static readonly Uri FeedUrl = new("https://feeds.example/feed");
    private static byte[] Koi8r => FixtureFiles.Bytes("real-feeds", "miniflux", "encoding", "koi8r.xml");

    [Theory]
    [InlineData("miniflux/xml/iso88591.xml", null)]
    [InlineData("miniflux/xml/iso88591_utf8_mismatch.xml", null)]
    [InlineData("miniflux/xml/iso88591_utf8_mismatch.xml", "text/xml; charset=utf-8")]
    [InlineData("miniflux/xml/iso88591.xml", "text/xml; charset=ISO-8859-1")]
    public void Decode_ReadsLatin1_WhateverUtf8LabelItCarries(string file, string? contentType)
    {
        var text = FeedDecoder.Decode(FixtureFiles.Bytes(["real-feeds", .. file.Split('/')]), contentType);

        text.Should().Contain("<to>Anaïs</to>").And.Contain("<from>Jürgen</from>");
    }

    [Fact]
    public void Decode_WithoutAnyLabel_ReadsWindows1252()
    {
        var text = FeedDecoder.Decode(FixtureFiles.Bytes("real-feeds", "miniflux", "parser", "no_encoding_ISO-8859-1.xml"), null);

        text.Should().Contain("très complexe");
    }

    [Theory]
    [InlineData("windows-1252.xml", null)]
    [InlineData("windows-1252-incorrect-prolog.xml", null)]
    [InlineData("windows-1252-incorrect-prolog.xml", "application/rss+xml; charset=windows-1252")]
    public void Decode_EuroSign_FromWindows1252OrFromUtf8Mislabelled(string file, string? contentType)
    {
        var feed = FeedParser.Parse(FixtureFiles.Bytes("real-feeds", "miniflux", "encoding", file), contentType, FeedUrl);

        feed.Title.Should().Be("Euro €");
    }

    [Fact]
    public void HttpCharset_OutranksTheXmlDeclaration()
    {
        // KOI8-R bytes whose declaration wrongly says windows-1251 (same length, so the bytes stay aligned).
        var bytes = Relabel(Koi8r, "KOI8-R", "CP1251");

        var trusted = FeedParser.Parse(bytes, "application/rss+xml; charset=koi8-r", FeedUrl);
        var misled = FeedParser.Parse(bytes, "application/rss+xml", FeedUrl);

        trusted.Title.Should().Be("Пример RSS ленты");
        misled.Title.Should().NotBe("Пример RSS ленты", "without the header only the wrong declaration is left");
    }

    [Theory]
    [InlineData("utf-16LE", true)]
    [InlineData("utf-16BE", true)]
    [InlineData("utf-16LE", false)]
    [InlineData("utf-16BE", false)]
    public void Utf16_IsRead_WithOrWithoutAByteOrderMark(string encodingName, bool bom)
    {
        var text = FeedDecoder.Decode(Koi8r, null).Replace("KOI8-R\"?>", "UTF-16\"?>", StringComparison.Ordinal);
        var encoding = Encoding.GetEncoding(encodingName);
        byte[] bytes = [.. bom ? encoding.GetPreamble() : [], .. encoding.GetBytes(text)];

        var feed = FeedParser.Parse(bytes, "text/xml", FeedUrl);

        feed.Title.Should().Be("Пример RSS ленты");
        feed.Items[1].Title.Should().Be("Вторая новость");
    }

    [Fact]
    public void ByteOrderMark_OutranksAContradictingHeader()
    {
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. FixtureFiles.Bytes("real-feeds", "miniflux", "encoding", "utf8.xml")];

        var feed = FeedParser.Parse(bytes, "text/xml; charset=iso-8859-1", FeedUrl);

        feed.Title.Should().Be("테스트 피드");
    }

    [Theory]
    [InlineData("koi8r.xml", "Пример RSS ленты")]
    [InlineData("iso-8859-1.xml", "Café")]
    [InlineData("utf8.xml", "테스트 피드")]
    [InlineData("invalid-prolog.xml", "테스트 피드")]
    public void UnknownOrMissingHttpCharset_FallsBackToTheDocument(string file, string title)
    {
        var bytes = FixtureFiles.Bytes("real-feeds", "miniflux", "encoding", file);

        FeedParser.Parse(bytes, "text/xml; charset=x-no-such-charset", FeedUrl).Title.Should().Be(title);
        FeedParser.Parse(bytes, null, FeedUrl).Title.Should().Be(title);
    }

    private static byte[] Relabel(byte[] bytes, string from, string to)
    {
        var head = Encoding.ASCII.GetBytes($"encoding=\"{from}\"");
        var at = bytes.AsSpan().IndexOf(head);
        at.Should().BeGreaterThan(0);
        return [.. bytes[..at], .. Encoding.ASCII.GetBytes($"encoding=\"{to}\""), .. bytes[(at + head.Length)..]];
    }
}
