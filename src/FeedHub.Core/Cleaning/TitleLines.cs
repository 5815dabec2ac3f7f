using FeedHub.Fingerprinting;

namespace FeedHub.Cleaning;

/// <summary>
/// The <c>title-line</c> rule's test: a line after the article that names the item's title as a name ("The post TITLE
/// appeared first on …" in any language), not a sentence that merely uses the title's words.
/// </summary>
internal static class TitleLines
{
    /// <summary>The title's normalized words, when there are enough of them to be told apart from a phrase (three words, twelve letters).</summary>
    internal static string? TitleKey(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
            return null;
        var key = ContentHasher.NormalizeText(title);
        return key.Length >= 12 && BlockClassifier.CountWords(key) >= 3 ? key : null;
    }

    /// <summary>
    /// A unit of a few dozen words at most that names the item's title as a name: a link, a quotation or an emphasis
    /// that holds the title whole, or the title set off by quotes, a colon, a dash or the line's own start and end.
    /// A sentence that only uses the title's words ("Check out the Veeam Backup for Microsoft Office 365 here.", at the
    /// end of a post of that title) is the author's and stays.
    /// </summary>
    internal static bool RepeatsTitle(TextUnit unit, string title, string titleKey)
    {
        var text = unit.Text;
        if (text.Length > BoilerplatePatterns.MaxBlockLength || text.Length < titleKey.Length
            || !ContentHasher.NormalizeText(text).Contains(titleKey, StringComparison.Ordinal)
            || BlockClassifier.IsProse(text, BlockClassifier.CountWords(text)))
            return false;
        foreach (var element in unit.IsWholeBlock ? DomWalk.Descendants(unit.Block, e => e.LocalName is "a" or "q" or "cite" or "em" or "i" or "strong" or "b") : unit.Links())
        {
            if (ContentHasher.NormalizeText(HtmlText.CollapsedTextOf(element)) == titleKey)
                return true;
        }
        var trimmed = title.Trim();
        var at = text.IndexOf(trimmed, StringComparison.OrdinalIgnoreCase);
        return at >= 0 && SetOff(text.AsSpan(0, at).TrimEnd(), before: true) && SetOff(text.AsSpan(at + trimmed.Length).TrimStart(), before: false);
    }

    /// <summary>Whether the text beside the title ends (before it) or starts (after it) with a mark that sets a name off, or is empty.</summary>
    private static bool SetOff(ReadOnlySpan<char> beside, bool before)
    {
        if (beside.IsEmpty)
            return true;
        var c = before ? beside[^1] : beside[0];
        return c is ':' or '：' or '"' or '\'' or '«' or '»' or '“' or '”' or '„' or '‘' or '’' or '(' or ')' or '[' or ']' or '「' or '」' or '『' or '』'
            or '《' or '》' or '—' or '–' or '-' or '|' or '·' || (!before && c is ',' or '.' or ';' or '!' or '?' or '。' or '、');
    }
}
