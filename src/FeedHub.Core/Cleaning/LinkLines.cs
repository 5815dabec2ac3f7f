using AngleSharp.Dom;

namespace FeedHub.Cleaning;

/// <summary>
/// Lines of links — an entry of a related-posts list, a card whose title a link holds, a title with its date beside
/// it — and the lists they make: under a related label, under a label the feed learned, or as a list of the item's
/// own site's other articles at its head or tail.
/// </summary>
internal static class LinkLines
{
    /// <summary>A line of links no rule took for something else (a related line, a lone link, a read-more link may be one).</summary>
    internal static bool IsListedLinkLine(TextUnit unit, Verdict? verdict) =>
        verdict is null or { Rule: "related" or "link-line" or "read-more" } && IsLinkLine(unit);

    /// <summary>How many links the lines of links right after <paramref name="label"/> hold; <paramref name="last"/> is the last of them.</summary>
    internal static int LinksInLinesAfter(List<TextUnit> units, List<Verdict?> verdicts, int label, out int last)
    {
        var links = 0;
        last = label;
        for (var j = label + 1; j < units.Count && IsListedLinkLine(units[j], verdicts[j]); j++, last++)
            links += Math.Max(1, units[j].Links().Count);
        return links;
    }

    /// <summary>
    /// Lines that are each a link to another article of the item's own site, three or more in a row, or two or more
    /// under a short label: a related-posts, most-read or "from our archive" list in any language and any markup, at
    /// the item's head or tail. Inside the article such a list can be the author's (HubSpot's "Helpful Resources" under
    /// each point of a post), and stays. An article's links to elsewhere, or a sentence with a link in it, are not such lines.
    /// </summary>
    internal static void MarkListsOfTheSitesArticles(List<TextUnit> units, List<Verdict?> verdicts, AttributionCollector attribution)
    {
        for (var i = 0; i < units.Count;)
        {
            var end = i;
            while (end < units.Count && IsLineToTheSite(units[end], verdicts[end], attribution))
                end++;
            if (end == i)
            {
                i++;
                continue;
            }
            var labelled = i > 0 && IsLabel(units[i - 1], verdicts[i - 1]);
            if (end - i >= 3 || (end - i >= 2 && labelled))
            {
                for (var j = labelled ? i - 1 : i; j < end; j++)
                    verdicts[j] ??= new Verdict("related", EdgeOnly: true);
            }
            i = end;
        }
    }

    private static bool IsLineToTheSite(TextUnit unit, Verdict? verdict, AttributionCollector attribution)
    {
        if (verdict is { EdgeOnly: false, Rule: not ("related" or "read-more") } || !IsLinkLine(unit))
            return false;
        var links = unit.Links();
        if (links.Count == 0)
            return (LinkAbove(unit.Block) ?? OverlayLink(unit)) is { } card && attribution.IsToOtherArticleHere(card);
        return links.TrueForAll(attribution.IsToOtherArticleHere);
    }

    /// <summary>A whole block of a few words with no link and no sentence: a list's heading.</summary>
    internal static bool IsLabel(TextUnit unit, Verdict? verdict) =>
        verdict is null or { EdgeOnly: true } or { Rule: "related" } && unit.IsWholeBlock && unit.Text.Length <= 60 && unit.Links().Count == 0
        && !HasLinkAbove(unit.Block) && BlockClassifier.CountWords(unit.Text) <= 6 && unit.Text[^1] is not ('.' or '!' or '?' or '。');

    /// <summary>A short unit that is a link and little else ("→ Title", "Title"): an entry of a list of links.</summary>
    internal static bool IsLinkLine(TextUnit unit) =>
        unit.Text.Length <= 200 && (!unit.HasMedia || (unit.IsWholeBlock && MediaOnlyInLinks(unit.Block)))
        && ((unit.Links().Count > 0 && (unit.LinkTextLength() * 10 >= unit.Text.Length * 9 || BesideLinksOnlyFigures(unit)))
            || HasLinkAbove(unit.Block) || OverlayLink(unit) is not null);

    /// <summary>
    /// The link of a card whose link is an empty overlay beside its title (<c>&lt;a aria-label="Title"&gt;&lt;/a&gt;&lt;h3&gt;Title&lt;/h3&gt;</c>,
    /// stretched over the card by its style, as the Guardian's and Bootstrap's "stretched link" cards do): the only
    /// link of a small box around the unit, with no text of its own, in a box that holds no other text.
    /// </summary>
    private static IElement? OverlayLink(TextUnit unit)
    {
        if (!unit.IsWholeBlock || unit.Links().Count > 0)
            return null;
        // Up through the card: beside the title only elements with no text, and among them one link. Reading the
        // siblings, not the box's whole text, stops at the first paragraph beside a title that is no card's.
        IElement? overlay = null;
        var element = unit.Block;
        for (var depth = 0; depth < 3 && element.ParentElement is { LocalName: not "body" } box; depth++, element = box)
        {
            foreach (var child in box.ChildNodes)
            {
                if (child == element)
                    continue;
                if (child is IText text)
                {
                    if (!string.IsNullOrWhiteSpace(text.Data))
                        return null;
                    continue;
                }
                if (child is not IElement sibling)
                    continue;
                if (DomWalk.TextOf(sibling) == TextPresence.Visible)
                    return null;
                foreach (var link in DomWalk.IsLink(sibling) ? [sibling] : DomWalk.Links(sibling))
                {
                    if (overlay is not null)
                        return null;
                    overlay = link;
                }
            }
            if (overlay is not null)
                return overlay.HasAttribute("href") ? overlay : null;
        }
        return null;
    }

    /// <summary>Whether the text outside the unit's links has no letter: "Title (2025.03.21)", "Title · 12".</summary>
    private static bool BesideLinksOnlyFigures(TextUnit unit)
    {
        var letters = 0;
        foreach (var c in unit.Text)
        {
            if (char.IsLetter(c))
                letters++;
        }
        var linkLetters = 0;
        foreach (var link in unit.Links())
        {
            foreach (var c in HtmlText.CollapsedTextOf(link))
            {
                if (char.IsLetter(c))
                    linkLetters++;
            }
        }
        return linkLetters > 0 && letters == linkLetters;
    }

    /// <summary>Every image or video in the block is a link's (a card's thumbnail).</summary>
    internal static bool MediaOnlyInLinks(IElement block) =>
        DomWalk.Descendants(block, e => e.LocalName is "img" or "video" or "iframe").TrueForAll(media => HasLinkAbove(media, block));

    /// <summary>
    /// Whether a link holds the element, below <paramref name="within"/> (else below the body): a card's
    /// <c>&lt;a&gt;&lt;h3&gt;Title&lt;/h3&gt;&lt;/a&gt;</c>, all of whose text is link text.
    /// </summary>
    private static bool HasLinkAbove(IElement element, IElement? within = null) => LinkAbove(element, within) is not null;

    private static IElement? LinkAbove(IElement element, IElement? within = null)
    {
        for (var parent = element.ParentElement; parent is not null && parent != within && parent.LocalName != "body"; parent = parent.ParentElement)
        {
            if (parent.LocalName == "a")
                return parent;
        }
        return null;
    }
}
