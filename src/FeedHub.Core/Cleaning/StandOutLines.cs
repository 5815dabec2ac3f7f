using System.Collections.Frozen;
using System.Globalization;
using AngleSharp.Dom;

namespace FeedHub.Cleaning;

/// <summary>
/// Short units that stand out from the article's prose by their form rather than their words, so that they are
/// found in any language: set apart in a wrapper of their own (wholly in italics, small print, a subscript; an
/// aside, footer, caption, description, a line under a rule, a minor heading), or carrying the marks of calls to
/// action (emoji and pictographs, arrows, "»", @handles, #hashtags). Such a unit is boilerplate only at the article's
/// head or tail, and only beside a body of prose; it also lets the runs of boilerplate there reach past it. Inside
/// the article these forms are article text: pull quotes, captions, quoted tweets, lists of accounts, subheadings.
/// </summary>
internal static class StandOutLines
{
    private const int MaxWords = 16;
    private const int MaxLength = 160;

    private static readonly FrozenSet<string> ApartInline = new[] { "em", "i", "small", "sub", "sup", "mark", "b", "strong", "u", "cite" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ApartBlocks = new[] { "aside", "footer", "figcaption", "dd", "dt", "h5", "h6", "caption", "address" }.ToFrozenSet(StringComparer.Ordinal);

    public static Verdict? Classify(TextUnit unit, string text, int words)
    {
        if (words > MaxWords || text.Length > MaxLength)
            return null;
        if (HasCallMarks(text))
            return unit.HasMedia ? null : new("marked-line", EdgeOnly: true); // articles quote tweets and list accounts: "Аккаунт: @x", "— Name 🎄 (@x)"
        var inline = WholeInline(unit);
        // Left: a question set apart (the article asking its readers), a quotation (a pull quote), and more than a few
        // words with no link (a standfirst in italics, an interview's closing line).
        if (((inline is not null && ApartInline.Contains(inline)) || IsInApartBlock(unit)) && text[^1] is not ('?' or '？')
            && text[0] is not ('“' or '"' or '«' or '„' or '‘') && (words <= 8 || unit.Links().Count > 0) && !unit.HasMedia)
            return new("set-apart", EdgeOnly: true);
        return null;
    }

    /// <summary>The formatting element that holds the whole unit, if one does (through single-child wrappers).</summary>
    private static string? WholeInline(TextUnit unit)
    {
        IEnumerable<INode> nodes = unit.Nodes ?? (IEnumerable<INode>)unit.Block.ChildNodes;
        while (true)
        {
            IElement? only = null;
            foreach (var node in nodes)
            {
                if (node is IText t && string.IsNullOrWhiteSpace(t.Data))
                    continue;
                if (node is not IElement element || only is not null)
                    return null;
                only = element;
            }
            if (only is null)
                return null;
            if (ApartInline.Contains(only.LocalName))
                return only.LocalName;
            if (only.LocalName != "span")
                return null;
            nodes = only.ChildNodes;
        }
    }

    private static bool IsInApartBlock(TextUnit unit)
    {
        var block = unit.Block;
        if (ApartBlocks.Contains(block.LocalName))
            return true;
        if (unit.IsWholeBlock && block.PreviousElementSibling is { LocalName: "hr" })
            return true;
        for (var parent = block.ParentElement; parent is not null && parent.LocalName != "body"; parent = parent.ParentElement)
        {
            if (parent.LocalName is "aside" or "footer" or "figcaption")
                return true;
        }
        return false;
    }

    /// <summary>Pictographs, arrows, guillemets pointing on, @handles and #hashtags: what calls to action carry in every script.</summary>
    internal static bool HasCallMarks(string text)
    {
        var hashtags = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.ConvertToUtf32(c, text[i + 1]) >= 0x1F000)
                return true; // emoji and pictographs
            if (c is >= '\u2190' and <= '\u21FF' or >= '\u2300' and <= '\u23FF' or >= '\u25A0' and <= '\u27BF' or >= '\u2B00' and <= '\u2BFF')
                return true; // arrows, technical symbols, geometric shapes, dingbats
            if (c is '»' or '›' && (i == 0 || i == text.Length - 1 || text[i - 1] == ' '))
                return true;
            if (c is '@' or '#' && (i == 0 || text[i - 1] == ' ') && i + 2 < text.Length && IsWordChar(text[i + 1]) && IsWordChar(text[i + 2]))
            {
                if (c == '@')
                    return true;
                hashtags++;
            }
        }
        return hashtags >= 2;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
}
