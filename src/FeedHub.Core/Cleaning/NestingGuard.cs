using System.Text;

namespace FeedHub.Cleaning;

/// <summary>
/// Caps how deeply the input nests before it is parsed: AngleSharp's tree building grows with the square of the
/// depth (2,000 nested divs take seconds), so start tags beyond the cap are dropped, with their end tags. A
/// lexical pass, not a parser: elements whose end tag is optional (p, li, td…) and void elements do not count,
/// and text is never dropped.
/// </summary>
internal static class NestingGuard
{
    private static readonly HashSet<string> Uncounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
        "p", "li", "dt", "dd", "td", "th", "tr", "tbody", "thead", "tfoot", "colgroup", "option", "optgroup", "rp", "rt", "html", "head", "body",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UncountedNames = Uncounted.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <returns>The input, or a copy without the start and end tags nested deeper than <paramref name="maxDepth"/>.</returns>
    public static string Limit(string html, int maxDepth, out int droppedTags)
    {
        droppedTags = 0;
        // A tag is dropped only past maxDepth open ones: input with no more '<' than that has none to drop.
        if (html.AsSpan().Count('<') <= maxDepth)
            return html;
        StringBuilder? output = null;
        int depth = 0, dropped = 0, copied = 0, position = 0;
        while (position < html.Length)
        {
            var open = html.IndexOf('<', position);
            if (open < 0 || open + 1 >= html.Length)
                break;
            var closing = html[open + 1] == '/';
            var nameStart = open + (closing ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
                nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                position = open + 1;
                continue;
            }
            var end = html.IndexOf('>', nameEnd);
            if (end < 0)
                break;
            position = end + 1;
            if (UncountedNames.Contains(html.AsSpan(nameStart, nameEnd - nameStart)) || (!closing && html[end - 1] == '/'))
                continue;
            bool drop;
            if (closing)
            {
                drop = dropped > 0;
                if (drop)
                    dropped--;
                else if (depth > 0)
                    depth--;
            }
            else
            {
                drop = depth >= maxDepth;
                if (drop)
                    dropped++;
                else
                    depth++;
            }
            if (!drop)
                continue;
            output ??= new StringBuilder(html.Length);
            output.Append(html, copied, open - copied);
            copied = end + 1;
            droppedTags++;
        }
        if (output is null)
            return html;
        output.Append(html, copied, html.Length - copied);
        return output.ToString();
    }
}
