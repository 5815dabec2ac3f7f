using System.Text;
using System.Text.RegularExpressions;

namespace FeedHub.Parsing;

/// <summary>
/// Turns a feed's bytes into text. Trust, highest first: a byte-order mark (it cannot lie), the HTTP charset,
/// the XML declaration, then UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what ISO-8859-1 labels
/// mean on the web, and the commonest encoding of undeclared legacy feeds).
/// </summary>
public static partial class FeedDecoder
{
    static FeedDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> bytes, string? contentType)
    {
        if (DetectBom(bytes) is { } bom)
            return bom.Encoding.GetString(bytes[bom.Length..]);

        if (CharsetOf(contentType) is { } httpCharset && Resolve(httpCharset) is { } fromHeader)
            return Decode(bytes, fromHeader);

        if (DeclaredEncoding(bytes) is { } declared && Resolve(declared) is { } fromDeclaration)
            return Decode(bytes, fromDeclaration);

        return Decode(bytes, StrictUtf8);
    }

    private static string Decode(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        // A label of UTF-8 on bytes that are not UTF-8 is a common lie of legacy servers; fall back rather than
        // fill the text with U+FFFD.
        if (encoding.CodePage == Encoding.UTF8.CodePage)
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
        return encoding.GetString(bytes);
    }

    private static (Encoding Encoding, int Length)? DetectBom(ReadOnlySpan<byte> b)
    {
        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
            return (Encoding.UTF8, 3);
        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE)
            return (Encoding.Unicode, 2);
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF)
            return (Encoding.BigEndianUnicode, 2);
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
        // The declaration is ASCII by definition; look only at the prolog.
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 1024)]);
        var match = DeclarationPattern().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>Maps a label to an encoding the way browsers do (ISO-8859-1 and ASCII mean Windows-1252).</summary>
    internal static Encoding? Resolve(string label)
    {
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        if (name is "iso-8859-1" or "iso8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" or "cp1252" or "windows-1252")
            return Encoding.GetEncoding(1252);
        if (name is "utf8")
            return Encoding.UTF8;
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
