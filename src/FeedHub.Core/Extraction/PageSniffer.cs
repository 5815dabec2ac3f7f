
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

    private static string? MediaType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
            return null;
        var semicolon = contentType.IndexOf(';', StringComparison.Ordinal);
        return (semicolon < 0 ? contentType : contentType[..semicolon]).Trim().ToLowerInvariant();
    }
}
