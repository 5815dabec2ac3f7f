using System.Text;
using System.Text.RegularExpressions;
using FeedHub.Parsing;

namespace FeedHub.Extraction;

/// <summary>
/// Turns a page's bytes into text. Trust, highest first: a byte-order mark, the HTTP charset, a &lt;meta charset&gt;
/// or http-equiv Content-Type in the first bytes, then UTF-8 when the bytes are valid UTF-8, else Windows-1252.
/// </summary>
internal static partial class PageDecoder
{
    // Browsers pre-scan 1024 bytes; pages with a long comment or script first put the declaration later, so look
    // further. The declaration is ASCII, so reading the head as Latin-1 is safe whatever the real encoding.
    private const int PrescanBytes = 8192;

    static PageDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> bytes, string? contentType)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            return Encoding.UTF8.GetString(bytes[3..]);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            return Encoding.Unicode.GetString(bytes[2..]);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);

        var label = FeedDecoder.CharsetOf(contentType) ?? DeclaredCharset(bytes);
        var encoding = label is null ? null : FeedDecoder.Resolve(label);
        // UTF-16 labels inside an ASCII-compatible document are wrong by construction (the spec says so too).
        if (encoding is null || encoding.CodePage is 1200 or 1201 || encoding.CodePage == Encoding.UTF8.CodePage)
            return DecodeUtf8OrLegacy(bytes);
        return encoding.GetString(bytes);
    }

    private static string DecodeUtf8OrLegacy(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }

    private static string? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        var match = MetaCharsetPattern().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    // <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">, attributes in any order.
    [GeneratedRegex("""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharsetPattern();
}
