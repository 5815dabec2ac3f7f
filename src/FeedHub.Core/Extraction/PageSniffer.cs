
namespace FeedHub.Extraction;

/// <summary>Cheap checks that a body can be an HTML page before decoding and parsing it.</summary>
internal static class PageSniffer
{
    private const int SniffLength = 1024;

    public static bool MayBeHtml(ReadOnlySpan<byte> body, string? contentType)
    {
        if (body.IsEmpty)
            return false;
        if (MediaType(contentType) is { } media && media is not ("text/html" or "application/xhtml+xml" or "text/plain" or "application/octet-stream"))
            return false;
        var head = body[..Math.Min(body.Length, SniffLength)];
        // UTF-16 pages carry a BOM; any other NUL byte in the head means a binary body (image, PDF, archive).
        var utf16 = head.Length >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF));
        return utf16 || head.IndexOf((byte)0) < 0;
    }

    /// <summary>A page starts with markup (after white space and a BOM) or has an html or body tag early on.</summary>
    public static bool MayBeHtml(string text)
    {
        var start = 0;
        while (start < text.Length && (char.IsWhiteSpace(text[start]) || text[start] == '\uFEFF'))
            start++;
        if (start < text.Length && text[start] == '<')
            return true;
        var head = text.AsSpan(0, Math.Min(text.Length, 8 * SniffLength));
        return head.Contains("<html", StringComparison.OrdinalIgnoreCase) || head.Contains("<body", StringComparison.OrdinalIgnoreCase);
    }

    // Containers that are closed explicitly in real markup (never implied by the parser), so that open minus closed
    // tags measures nesting even on sloppy pages.
    private static readonly string[] NestingTags = ["div", "span", "section", "font", "table", "blockquote"];

    /// <summary>
    /// Whether the markup nests containers deeper than <paramref name="maxDepth"/> (open minus closed div, span,
    /// section, font, table, blockquote tags at any point). One linear pass; the HTML parser's work grows with the
    /// square of the nesting, so such a page is refused before it is parsed. Real pages nest a few dozen deep.
    /// </summary>
    public static bool NestsDeeperThan(string html, int maxDepth)
    {
        var depth = 0;
        var span = html.AsSpan();
        for (var at = span.IndexOf('<'); at >= 0 && at + 1 < span.Length; )
        {
            var rest = span[(at + 1)..];
            var closing = rest[0] == '/';
            var name = closing ? rest[1..] : rest;
            foreach (var tag in NestingTags)
            {
                if (name.Length > tag.Length && name.StartsWith(tag, StringComparison.OrdinalIgnoreCase) && !char.IsAsciiLetterOrDigit(name[tag.Length]))
                {
                    depth += closing ? -1 : 1;
                    if (depth > maxDepth)
                        return true;
                    break;
                }
            }
            var next = rest.IndexOf('<');
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }

    private static string? MediaType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
            return null;
        var semicolon = contentType.IndexOf(';', StringComparison.Ordinal);
        return (semicolon < 0 ? contentType : contentType[..semicolon]).Trim().ToLowerInvariant();
    }
}
