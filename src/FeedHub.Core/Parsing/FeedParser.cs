using System.Buffers;
using System.Net;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace FeedHub.Parsing;

/// <summary>
/// Bytes in, items out. Decodes with <see cref="FeedDecoder"/>, keeps DTDs out with <see cref="DtdGuard"/>, loads
/// the XML once with a reader that refuses DTDs and resolves nothing, and reads RSS 0.9x/1.0/2.0 and Atom with
/// <see cref="XmlFeedReader"/>; JSON Feed is read with System.Text.Json.
/// </summary>
/// <remarks>
/// CodeHollow.FeedReader is not on this path any more: it parsed each feed twice from one large string (Gen2
/// collections on every feed over 85 KB), and FeedHub already read every item's element itself where the library
/// loses data (content:encoded decoded twice, Atom xhtml flattened, culture-dependent dates, the HTTP charset).
/// Its format recognition is a root-element switch (see <see cref="XmlFeedReader"/>). The common case, a feed
/// without a DOCTYPE, is read straight from the bytes without building the whole text as one string.
/// </remarks>
public static class FeedParser
{
    private const int HeadBytes = 2048;

    public static ParsedFeed Parse(ReadOnlySpan<byte> body, string? contentType, Uri feedUrl)
    {
        if (body.IsEmpty)
            throw new FeedParseException("The response body is empty.");
        var (encoding, skip) = FeedDecoder.Detect(body, contentType);
        var content = body[skip..];
        // Enough of the start to sniff the format and read the prolog (a split character at the end is harmless).
        var head = encoding.GetString(content[..Math.Min(content.Length, HeadBytes)]);
        var start = head.AsSpan().TrimStart('\uFEFF').TrimStart();
        if (start.Length == 0 || start[0] != '<' || DtdGuard.PrologHasDeclaration(head, complete: content.Length <= HeadBytes) is not false)
            return ParseText(encoding.GetString(content), feedUrl);
        if (LooksLikeHtml(start))
            throw new FeedParseException("The response is an HTML page, not a feed.");
        return XmlFeedReader.Read(LoadFromBytes(content, encoding), feedUrl);
    }

    public static ParsedFeed ParseText(string text, Uri feedUrl)
    {
        var start = text.AsSpan().TrimStart('\uFEFF').TrimStart();
        if (start.Length > 0 && start[0] == '{')
            return JsonFeedParser.Parse(text, feedUrl);
        if (start.Length == 0 || start[0] != '<')
            throw new FeedParseException("The response is neither XML nor JSON.");
        if (LooksLikeHtml(start))
            throw new FeedParseException("The response is an HTML page, not a feed.");

        var xml = XmlCharacters.RemoveForbidden(DtdGuard.Apply(text));
        return XmlFeedReader.Read(Load(new StringReader(xml)), feedUrl);
    }

    private static XDocument LoadFromBytes(ReadOnlySpan<byte> content, Encoding encoding)
    {
        // Where a byte below 0x20 is always a control character, drop the forbidden ones on the bytes; otherwise
        // (UTF-16, ISO-2022 and the like) on the decoded text.
        if (!encoding.IsSingleByte && encoding.CodePage != Encoding.UTF8.CodePage)
            return Load(new StringReader(XmlCharacters.RemoveForbidden(encoding.GetString(content))));
        var buffer = ArrayPool<byte>.Shared.Rent(content.Length);
        try
        {
            content.CopyTo(buffer);
            var length = XmlCharacters.RemoveForbidden(buffer.AsSpan(0, content.Length));
            using var stream = new MemoryStream(buffer, 0, length, writable: false);
            // The encoding was decided above; the reader must not second-guess it from the declaration.
            using var text = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false);
            return Load(text);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit, // DtdGuard removed the harmless ones; any other is an attack
        XmlResolver = null,
        CheckCharacters = false,                // character references to control characters are common in the wild
        IgnoreProcessingInstructions = true,
        MaxCharactersInDocument = 64L * 1024 * 1024,
    };

    private static XDocument Load(TextReader text)
    {
        try
        {
            using var reader = XmlReader.Create(text, ReaderSettings);
            return XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            throw new FeedParseException($"Malformed feed: {ex.Message}", ex);
        }
    }

    private static bool LooksLikeHtml(ReadOnlySpan<char> start)
    {
        var head = start[..Math.Min(start.Length, 512)].ToString();
        return head.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (head.Contains("<html", StringComparison.OrdinalIgnoreCase) && !head.Contains("<rss", StringComparison.OrdinalIgnoreCase)
                && !head.Contains("<feed", StringComparison.OrdinalIgnoreCase) && !head.Contains("<rdf", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The base of an element: its own and its ancestors' xml:base, over the document's URL.</summary>
    internal static Uri BaseOf(XElement element, Uri documentUrl)
    {
        var chain = element.AncestorsAndSelf().Select(e => (string?)e.Attribute(XNamespace.Xml + "base")).Where(b => b is not null).Reverse();
        var current = documentUrl;
        foreach (var value in chain)
        {
            if (Uri.TryCreate(current, value!.Trim(), out var next))
                current = next;
        }
        return current;
    }

    internal static string? Resolve(Uri baseUrl, string? href)
    {
        if (string.IsNullOrWhiteSpace(href))
            return null;
        href = href.Trim();
        return Uri.TryCreate(baseUrl, href, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps)
            ? absolute.AbsoluteUri
            : href;
    }

    /// <summary>Titles are text: markup and entities in them are reduced to characters.</summary>
    internal static string? TextOf(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var text = value.Contains('<', StringComparison.Ordinal) ? Cleaning.HtmlText.FromFragment(value) : value;
        text = WebUtility.HtmlDecode(text);
        return NullIfEmpty(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
    }

    internal static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
