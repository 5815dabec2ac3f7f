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
        foreach (var unit in units)
        {
            if (unit.IsRemoved || !learned.Matches(ContentCleaner.BlockKey(unit.Text)))
                continue;
            if (remaining - unit.Text.Length < floor || remaining - unit.Text.Length <= 0)
                continue;
            remaining -= unit.Text.Length;
            removals.Add(new Removal("learned", unit.Text));
            unit.Remove();
        }
    }
}
