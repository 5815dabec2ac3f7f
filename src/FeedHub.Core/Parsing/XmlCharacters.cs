using System.Buffers;

namespace FeedHub.Parsing;

/// <summary>
/// Drops the control characters XML 1.0 forbids (U+0000–U+001F except tab, line feed and carriage return) before
/// the text reaches the XML reader. Feeds carry them often enough (binary junk pasted into a post), and one such
/// character would otherwise make the whole feed unreadable. The scan is vectorised and copies nothing when, as
/// usual, there is nothing to drop.
/// </summary>
internal static class XmlCharacters
{
    private static readonly SearchValues<char> ForbiddenChars = SearchValues.Create(Forbidden().Select(b => (char)b).ToArray());
    private static readonly SearchValues<byte> ForbiddenBytes = SearchValues.Create(Forbidden().ToArray());

    private static IEnumerable<byte> Forbidden() => Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (byte)c);

    /// <summary>
    /// Removes the forbidden characters from bytes in an encoding where a byte below 0x20 is always that control
    /// character (UTF-8 and the single-byte code pages); returns the new length.
    /// </summary>
    public static int RemoveForbidden(Span<byte> bytes)
    {
        var first = bytes.IndexOfAny(ForbiddenBytes);
        if (first < 0)
            return bytes.Length;
        var kept = first;
        for (var i = first + 1; i < bytes.Length; i++)
        {
            if (!ForbiddenBytes.Contains(bytes[i]))
                bytes[kept++] = bytes[i];
        }
        return kept;
    }

    public static string RemoveForbidden(string text)
    {
        var first = text.AsSpan().IndexOfAny(ForbiddenChars);
        if (first < 0)
            return text;
        var builder = new System.Text.StringBuilder(text.Length);
        builder.Append(text, 0, first);
        for (var i = first + 1; i < text.Length; i++)
        {
            if (!ForbiddenChars.Contains(text[i]))
                builder.Append(text[i]);
        }
        return builder.ToString();
    }
}
