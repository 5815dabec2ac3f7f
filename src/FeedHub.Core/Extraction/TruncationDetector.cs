using System.Net;
using System.Text.RegularExpressions;

namespace FeedHub.Extraction;

/// <summary>Why an item's content looks like an excerpt of its page rather than the whole article.</summary>
public enum TruncationReason
{
    /// <summary>The text or the raw HTML ends with "…", "[…]", "[...]", "(…)" or "[more]".</summary>
    ExcerptMarker,

    /// <summary>A "read more" / "continue reading" link, or WordPress's more-link, to the item's own page.</summary>
    ReadMoreLink,

    /// <summary>The text is under a quarter of the length typical for the feed's items.</summary>
    MuchShorterThanTypical,

    /// <summary>A short text that stops in the middle of a sentence (cut at a character count).</summary>
    EndsMidSentence,
}

/// <summary>
/// Tells whether a feed item carries only an excerpt of its article, so that the page is worth fetching and
/// extracting. Pure: strings in, a verdict out. The raw HTML matters because cleaning removes the markers.
/// </summary>
public static partial class TruncationDetector
{
    /// <summary>Texts shorter than this that end without sentence punctuation are taken as cut.</summary>
    private const int ShortText = 600;

    public static bool IsTruncated(string cleanText, string? rawHtml, Uri? itemUrl, int? typicalLengthForFeed) =>
        Reason(cleanText, rawHtml, itemUrl, typicalLengthForFeed) is not null;

    public static TruncationReason? Reason(string cleanText, string? rawHtml, Uri? itemUrl, int? typicalLengthForFeed)
    {
        var text = (cleanText ?? "").TrimEnd();
        if (ExcerptEnd().IsMatch(text) || (rawHtml is not null && ExcerptEnd().IsMatch(TextEnd(rawHtml))))
            return TruncationReason.ExcerptMarker;
        if (rawHtml is not null && HasReadMoreLink(rawHtml, itemUrl))
            return TruncationReason.ReadMoreLink;
        if (typicalLengthForFeed is > 0 && text.Length * 4 < typicalLengthForFeed)
            return TruncationReason.MuchShorterThanTypical;
        if (text.Length is > 0 and < ShortText && char.IsLetterOrDigit(text[^1]))
            return TruncationReason.EndsMidSentence;
        return null;
    }

    /// <summary>The last characters of the HTML's text: tags dropped, entities decoded.</summary>
    private static string TextEnd(string html)
    {
        var tail = html.Length > 2000 ? html[^2000..] : html;
        return WebUtility.HtmlDecode(Tag().Replace(tail, " ")).TrimEnd();
    }

    private static bool HasReadMoreLink(string html, Uri? itemUrl)
    {
        foreach (Match link in Anchor().Matches(html))
        {
            var attributes = link.Groups["attributes"].Value;
            var text = WebUtility.HtmlDecode(Tag().Replace(link.Groups["text"].Value, " ")).Trim();
            var moreLink = MoreLinkClass().IsMatch(attributes);
            if (!moreLink && !ReadMoreText().IsMatch(text))
                continue;
            var href = Href().Match(attributes);
            // With no item URL to compare, a "read more" link is evidence enough; else it must point at the item.
            if (itemUrl is null || (href.Success && SamePage(WebUtility.HtmlDecode(href.Groups[1].Value), itemUrl)))
                return true;
        }
        return false;
    }

    private static bool SamePage(string href, Uri itemUrl)
    {
        if (!Uri.TryCreate(itemUrl, href.Trim(), out var target))
            return false;
        static string Key(Uri u) => u.IdnHost.ToLowerInvariant().Replace("www.", "", StringComparison.Ordinal)
            + u.AbsolutePath.TrimEnd('/');
        return string.Equals(Key(target), Key(itemUrl), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?:…|\.\.\.|\[\s*(?:…|\.\.\.|more)\s*\]|\(\s*(?:…|\.\.\.)\s*\))$", RegexOptions.IgnoreCase)]
    private static partial Regex ExcerptEnd();

    [GeneratedRegex(@"<a\b(?<attributes>[^>]*)>(?<text>.*?)</a\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Anchor();

    [GeneratedRegex("""\bhref\s*=\s*["']([^"']*)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex Href();

    [GeneratedRegex("""\bclass\s*=\s*["'][^"']*\b(?:more-link|read-more|readmore)\b""", RegexOptions.IgnoreCase)]
    private static partial Regex MoreLinkClass();

    // English, German, French, Spanish, Portuguese, Italian, Dutch; with optional brackets, arrows and ellipses.
    [GeneratedRegex(@"^[\[\(\s]*(?:read\s+(?:more|the\s+(?:full|rest|whole)\b.*)|continue\s+reading\b.*|keep\s+reading|more\s*(?:…|\.\.\.|»|→)?|full\s+(?:story|article|post)|weiterlesen|mehr\s+lesen|lire\s+la\s+suite|leer\s+m[aá]s|leia\s+mais|continua\s+a\s+leggere|lees\s+verder)[\s\]\)…\.»→>]*$", RegexOptions.IgnoreCase)]
    private static partial Regex ReadMoreText();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
