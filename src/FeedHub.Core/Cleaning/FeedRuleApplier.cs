using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace FeedHub.Cleaning;

/// <summary>A feed's own rules on the DOM: editors' selectors and patterns, and the blocks learned as its boilerplate.</summary>
internal static class FeedRuleApplier
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(100);

    public static void ApplySelectors(IElement body, IReadOnlyList<string> selectors, List<Removal> removals)
    {
        foreach (var selector in selectors)
        {
            List<IElement> matches;
            try
            {
                matches = body.QuerySelectorAll(selector).ToList();
            }
            catch (DomException)
            {
                continue; // an invalid selector is reported when the rule is saved; here it matches nothing
            }
            foreach (var element in matches.Where(DomShaping.IsAttached))
            {
                removals.Add(new Removal("feed-selector:" + selector, HtmlSanitizer.Snippet(element)));
                DomShaping.RemoveBlock(element);
            }
        }
    }

    public static void ApplyPatterns(IElement body, IReadOnlyList<string> patterns, List<Removal> removals)
    {
        if (patterns.Count == 0)
            return;
        var regexes = new List<Regex>();
        foreach (var pattern in patterns)
        {
            try
            {
                regexes.Add(new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternTimeout));
            }
            catch (ArgumentException)
            {
                // an invalid pattern is reported when the rule is saved; here it matches nothing
            }
        }
        foreach (var unit in TextUnit.Of(body))
        {
            if (unit.Text.Length == 0 || unit.IsRemoved)
                continue;
            if (regexes.FirstOrDefault(r => Matches(r, unit.Text)) is { } regex)
            {
                removals.Add(new Removal("feed-pattern:" + regex, unit.Text));
                unit.Remove();
            }
        }
    }

    private static bool Matches(Regex regex, string text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// Removes units whose key was learned as the feed's boilerplate, but never below <paramref name="textFloor"/>
    /// of the item's text: a learned rule can trim an article, never empty it.
    /// </summary>
    public static void ApplyLearned(IElement body, LearnedLines learned, double textFloor, List<Removal> removals)
    {
        if (learned.IsEmpty)
            return;
        var units = TextUnit.Of(body).Where(u => u.Text.Length > 0).ToList();
        var total = units.Sum(u => u.Text.Length);
        var remaining = total;
        var floor = total * textFloor;
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            if (unit.IsRemoved || !learned.Matches(ContentCleaner.BlockKey(unit.Text)))
                continue;
            // A learned label over a list of links ("Rilataj artikoloj", then the titles): the links go with it.
            var links = BlockClassifier.CountWords(unit.Text) <= 6 && !LinkLines.IsLinkLine(unit) ? LinkLinesAfter(units, i) : 0;
            var length = unit.Text.Length + units.Skip(i + 1).Take(links).Sum(u => u.Text.Length);
            if (remaining - length < floor || remaining - length <= 0)
                continue;
            remaining -= length;
            removals.Add(new Removal("learned", unit.Text));
            unit.Remove();
            for (var j = i + 1; j <= i + links; j++)
            {
                removals.Add(new Removal("learned", units[j].Text));
                units[j].Remove();
            }
            i += links;
        }
    }

    /// <summary>
    /// How many units after <paramref name="label"/> are lines of links, when they hold two links or more (a list,
    /// or links side by side in one line), else 0.
    /// </summary>
    private static int LinkLinesAfter(List<TextUnit> units, int label)
    {
        var count = 0;
        var links = 0;
        while (label + count + 1 < units.Count && units[label + count + 1] is { IsRemoved: false } next && LinkLines.IsLinkLine(next))
        {
            count++;
            links += Math.Max(1, next.Links().Count);
        }
        return links >= 2 ? count : 0;
    }
}
