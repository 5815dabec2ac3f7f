using System.Text;
using System.Text.RegularExpressions;

namespace FeedHub.Parsing;

/// <summary>
/// Turns a feed's bytes into text. Trust, highest first:
/// <list type="number">
/// <item>a byte-order mark (it cannot lie), or the UTF-16 signature of "&lt;?" without one;</item>
/// <item>UTF-8, when the bytes hold multi-byte UTF-8 and nothing else: legacy single-byte text almost never
/// forms valid UTF-8 sequences by chance, while servers and CMSs often label UTF-8 as ISO-8859-1 or
/// Windows-1252 (Apache's default charset, a copied XML declaration);</item>
/// <item>the HTTP charset, then the XML declaration (RFC 7303 puts the transport label first);</item>
/// <item>UTF-8 when the bytes are valid UTF-8 (plain ASCII), else Windows-1252 (what ISO-8859-1 labels mean
/// on the web, and the commonest encoding of undeclared legacy feeds).</item>
/// </list>
/// A label of UTF-8 on bytes that are not UTF-8 is skipped like an unknown label.
/// </summary>
public static partial class FeedDecoder
{
    static FeedDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> bytes, string? contentType)
    {
        var (encoding, skip) = Detect(bytes, contentType);
        return encoding.GetString(bytes[skip..]);
    }

    /// <summary>The encoding the bytes are in and how many bytes of signature to skip.</summary>
    public static (Encoding Encoding, int Skip) Detect(ReadOnlySpan<byte> bytes, string? contentType)
    {
        if (DetectSignature(bytes) is { } signature)
            return signature;

        var utf8 = Utf8Shape(bytes);
        if (utf8 == Utf8Kind.MultiByte)
            return (StrictUtf8, 0);

        foreach (var label in (string?[])[CharsetOf(contentType), DeclaredEncoding(bytes)])
        {
            if (label is null || Resolve(label) is not { } encoding)
                continue;
            if (encoding.CodePage == Encoding.UTF8.CodePage && utf8 == Utf8Kind.Invalid)
                continue; // a UTF-8 label on bytes that are not UTF-8
            if (encoding.CodePage is 1200 or 1201 or 12000 or 12001)
                continue; // UTF-16/32 without a BOM was handled by the signature; a label alone is a lie here
            return (encoding, 0);
        }

        return utf8 == Utf8Kind.Invalid ? (Encoding.GetEncoding(1252), 0) : (StrictUtf8, 0);
    }

    private enum Utf8Kind { Ascii, MultiByte, Invalid }

    private static Utf8Kind Utf8Shape(ReadOnlySpan<byte> bytes)
    {
        var firstHigh = bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
        if (firstHigh < 0)
            return Utf8Kind.Ascii;
        return System.Text.Unicode.Utf8.IsValid(bytes[firstHigh..]) ? Utf8Kind.MultiByte : Utf8Kind.Invalid;
    }

    private static (Encoding Encoding, int Skip)? DetectSignature(ReadOnlySpan<byte> b)
    {
        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
            return (Encoding.UTF8, 3);
        if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0)
            return (Encoding.UTF32, 4);
        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE)
            return (Encoding.Unicode, 2);
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF)
            return (Encoding.BigEndianUnicode, 2);
        // "<?" (or "<" and a letter) in UTF-16 without a BOM: XML 1.0 appendix F.
        if (b.Length >= 4 && b[0] == '<' && b[1] == 0 && b[2] != 0 && b[3] == 0)
            return (Encoding.Unicode, 0);
        if (b.Length >= 4 && b[0] == 0 && b[1] == '<' && b[2] == 0 && b[3] != 0)
            return (Encoding.BigEndianUnicode, 0);
        return null;
    }

    internal static string? CharsetOf(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
            return null;
        var match = CharsetPattern().Match(contentType);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static string? DeclaredEncoding(ReadOnlySpan<byte> bytes)
    {
        // The declaration is ASCII by definition and comes first; look only at the prolog.
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 512)]);
        var match = DeclarationPattern().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>Maps a label to an encoding the way browsers do (ISO-8859-1 and ASCII mean Windows-1252).</summary>
    internal static Encoding? Resolve(string label)
    {
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        if (name is "iso-8859-1" or "iso8859-1" or "iso_8859-1" or "latin1" or "latin-1" or "l1" or "us-ascii" or "ascii"
            or "cp1252" or "windows-1252" or "x-cp1252")
            return Encoding.GetEncoding(1252);
        if (name is "utf8" or "utf-8" or "unicode-1-1-utf-8")
            return StrictUtf8;
        if (name is "cp1251" or "x-cp1251")
            return Encoding.GetEncoding(1251);
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex("""charset\s*=\s*["']?([\w.:-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetPattern();

    [GeneratedRegex("""^\s*<\?xml[^>]*\sencoding\s*=\s*["']([\w.:-]+)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex DeclarationPattern();
}
