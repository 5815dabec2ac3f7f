using AngleSharp.Dom;

namespace FeedHub.Cleaning;

/// <summary>
/// Applies the built-in boilerplate rules to a DOM: classifies every unit, accepts edge-only verdicts only in
/// the runs of boilerplate at the article's head and tail, records attribution from what it removes, and trims
/// inline "Continue reading" links and "[…]" excerpt markers from the end of paragraphs.
/// </summary>
internal static class BuiltInRules
{
    /// <param name="isFeedBoilerplate">Whether the feed's own rules will remove a unit: such units extend the edge runs too.</param>
    /// <param name="droppedNames">The ids and roles the sanitizer took off elements, which name boxes as classes do.</param>
    /// <returns>The units it judged, for the steps after it (removed ones included: check <see cref="TextUnit.IsRemoved"/>).</returns>
    /// <param name="title">The item's title: a line after the article that repeats it is a re-poster's ("The post TITLE appeared first on …", in any language).</param>
    public static List<TextUnit> Apply(IElement body, AttributionCollector attribution, List<Removal> removals, Func<string, bool> isFeedBoilerplate,
        IReadOnlyDictionary<IElement, string>? droppedNames = null, string? title = null)
    {
        // One walk finds the leaf blocks and whether any link is a share button (most items have none).
        var hasShareLink = false;
        var blocks = DomWalk.Descendants(body, e =>
        {
            hasShareLink = hasShareLink || (DomWalk.IsLink(e) && SocialLinks.IsShare(e));
            return DomShaping.IsLeafBlock(e);
        });
        if (hasShareLink && RemoveShareBars(body, removals))
            blocks = DomShaping.LeafBlocks(body);
        foreach (var block in blocks)
            TrimParagraphEnd(block, attribution, removals);

        var units = TextUnit.Of(blocks);
        var hints = new ClassHints(units, droppedNames);
        var verdicts = units.Select(unit => BlockClassifier.Classify(unit, hints)).ToList();
        LinkLines.MarkListsOfTheSitesArticles(units, verdicts, attribution);
        // The runs of boilerplate at the head and tail. Short lines of no known kind extend a run only when
        // known boilerplate lies beyond them: "Maoni yamefungwa." after a "Tags:" line at the end goes too.
        var head = 0;
        for (var i = 0; i < units.Count; i++)
        {
            if (verdicts[i] is not null || isFeedBoilerplate(units[i].Text))
                head = i + 1;
            else if (!IsShortLine(units[i]))
                break;
        }
        var tail = units.Count;
        var titleKey = TitleLines.TitleKey(title);
        for (var i = units.Count - 1; i >= head; i--)
        {
            if (verdicts[i] is null && titleKey is not null && i > head && TitleLines.RepeatsTitle(units[i], title!, titleKey))
                verdicts[i] = new Verdict("title-line", EdgeOnly: true);
            if (verdicts[i] is not null || isFeedBoilerplate(units[i].Text))
                tail = i;
            else if (!IsShortLine(units[i]))
                break;
        }
        // Short lines go only between the item's edge and built-in boilerplate (not a feed's learned lines: those
        // have their own guard), and never on an item of short lines only: with no body beside it, a line is the article.
        var headLines = 0;
        var tailLines = units.Count;
        for (var i = 0; i < head; i++)
            headLines = verdicts[i] is null ? headLines : i + 1;
        for (var i = units.Count - 1; i >= tail; i--)
            tailLines = verdicts[i] is null ? tailLines : i;
        var hasBody = false;
        for (var i = head; i < tail && !hasBody; i++)
            hasBody = verdicts[i] is null && !IsShortLine(units[i]);
        for (var i = 0; i < units.Count && hasBody; i++)
        {
            if ((i < headLines || i >= tailLines) && verdicts[i] is null && !isFeedBoilerplate(units[i].Text))
                verdicts[i] = new Verdict("edge-line", EdgeOnly: true);
        }
        List<(IElement Box, string Rule)>? emptiedBoxes = null;
        for (var i = 0; i < units.Count; i++)
        {
            if (verdicts[i] is not { } verdict || units[i].IsRemoved)
                continue;
            var atEdge = i < head || i >= tail;
            if ((verdict.EdgeOnly && !atEdge) || (IsByFormOnly(verdict.Rule) && !hasBody))
                continue;
            // The box a unit was judged by goes too once its lines are gone, if only linked icons are left in it (found before the unit leaves the tree).
            if (verdict.ByName && hints.OutermostBoxOf(units[i]) is { } box)
                (emptiedBoxes ??= []).Add((box, verdict.Rule));
            // A list whose lines were judged one by one goes line by line; otherwise a related label takes its list whole.
            Accept(units[i], verdict, attribution, removals, takeList: i + 1 >= units.Count || verdicts[i + 1] is not { Rule: "related" });
            // The links under a related-posts label go with it, whatever holds them (a list, lines, a nav, a widget);
            // so do those under a label the feed's learned rules know, when they hold two links or more (the learned
            // rules, applied later, would take them, but a built-in rule took the label first: "set apart" in bold).
            var takesLinks = verdict.Rule == "related" || (isFeedBoilerplate(units[i].Text) && LinkLines.IsLabel(units[i], verdict)
                && LinkLines.LinksInLinesAfter(units, verdicts, i, out var last) >= 2 && HasBodyOutside(units, verdicts, i, last));
            for (var j = i + 1; takesLinks && j < units.Count && LinkLines.IsListedLinkLine(units[j], verdicts[j]); j++)
                verdicts[j] = new Verdict("related");
        }
        if (emptiedBoxes is not null)
            RemoveEmptiedBoxes(emptiedBoxes, removals);
        return units;
    }

    /// <summary>
    /// A named box whose lines all went, with only linked icons left in it (a share bar's buttons to a service no rule
    /// knows, a follow box's logos), goes whole. An image of its own (not a link's) keeps it: that may be the article's.
    /// </summary>
    private static void RemoveEmptiedBoxes(List<(IElement Box, string Rule)> boxes, List<Removal> removals)
    {
        foreach (var (box, rule) in boxes)
        {
            if (!DomShaping.IsAttached(box) || DomWalk.TextOf(box) == TextPresence.Visible || !DomShaping.HasMedia(box) || !LinkLines.MediaOnlyInLinks(box))
                continue;
            removals.Add(new Removal(rule, DomWalk.Links(box) is [var first, ..] ? "<a> to " + HostOf(first) : "<" + box.LocalName + ">"));
            DomShaping.RemoveBlock(box);
        }
    }

    /// <summary>Whether a line of the article's body lies outside units <paramref name="from"/> to <paramref name="to"/>: a post of links alone keeps them.</summary>
    private static bool HasBodyOutside(List<TextUnit> units, List<Verdict?> verdicts, int from, int to)
    {
        for (var k = 0; k < units.Count; k++)
        {
            if ((k < from || k > to) && verdicts[k] is null && !units[k].IsRemoved && !IsShortLine(units[k]))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Rules that judge a unit by its place or its form alone (or by the title it repeats): what they remove can still
    /// be a feed's own line to learn, which then goes where they would not (an item with a title of two words).
    /// </summary>
    public static bool IsByFormOnly(string? rule) => rule is "edge-line" or "set-apart" or "marked-line" or "title-line";

    /// <summary>A line of a few words with no sentence inside it.</summary>
    private static bool IsShortLine(TextUnit unit) =>
        unit.Text.Length <= 80 && BlockClassifier.CountWords(unit.Text) <= 8 && !unit.Text.Contains(". ", StringComparison.Ordinal) && !unit.Text.Contains("? ", StringComparison.Ordinal) && !unit.HasMedia;

    private static void Accept(TextUnit unit, Verdict verdict, AttributionCollector attribution, List<Removal> removals, bool takeList)
    {
        var rule = verdict.Rule;
        var links = unit.Links();
        switch (rule)
        {
            case "appeared-first-on":
                attribution.FromAppearedFirst(links, verdict.Site ?? BoilerplatePatterns.AppearedFirst().Match(unit.Text).Groups["site"].Value);
                break;
            case "read-more":
                attribution.FromReadMore(links);
                break;
            case "source":
                attribution.FromSourceLine(links, unit.Text);
                break;
            case "title-line":
                attribution.FromTitleLine(links);
                break;
        }
        removals.Add(new Removal(rule, unit.Text));
        unit.RemovedBy = rule;
        unit.RemovedByFormOnly = verdict.ByName || IsByFormOnly(rule);
        if (rule == "related" && takeList && unit.IsWholeBlock && unit.Block.NextElementSibling is { LocalName: "ul" or "ol" } list)
        {
            removals.Add(new Removal("related", HtmlText.FromElement(list).Replace('\n', ' ')));
            list.Remove();
        }
        unit.Remove();
    }

    /// <summary>Lists and boxes whose every link is a share button (often icons with no text at all).</summary>
    /// <returns>Whether it removed any.</returns>
    private static bool RemoveShareBars(IElement body, List<Removal> removals)
    {
        var removed = false;
        foreach (var container in DomWalk.Descendants(body, e => e.LocalName is "ul" or "ol" or "p" or "div" or "a"))
        {
            if (!DomShaping.IsAttached(container))
                continue;
            var links = container.LocalName == "a" ? [container] : DomWalk.Links(container);
            if (links.Count == 0 || !links.All(SocialLinks.IsShare))
                continue;
            var text = HtmlText.CollapsedTextOf(container);
            var linkText = links.Sum(a => HtmlText.CollapsedTextOf(a).Length);
            if (text.Length - linkText > 40 || text.Length > BoilerplatePatterns.MaxBlockLength)
                continue;
            removals.Add(new Removal("share", text.Length > 0 ? text : "<a> to " + HostOf(links[0])));
            DomShaping.RemoveBlock(container);
            removed = true;
        }
        return removed;
    }

    private static string HostOf(IElement link) =>
        Uri.TryCreate(link.GetAttribute("href"), UriKind.Absolute, out var uri) ? uri.Host : "a share button";

    /// <summary>"… text. Continue reading <a>Title</a>" or "… text [&#8230;]" at the end of a paragraph: the marker goes, the text stays.</summary>
    private static void TrimParagraphEnd(IElement block, AttributionCollector attribution, List<Removal> removals)
    {
        var last = block.LastChild;
        while (last is IText t && string.IsNullOrWhiteSpace(t.Data))
            last = last.PreviousSibling;
        if (last is IElement { LocalName: "a" } link)
        {
            var linkText = HtmlText.CollapsedTextOf(link);
            var blockText = HtmlText.CollapsedTextOf(block);
            if (linkText.Length > 0 && blockText.Length > linkText.Length && BoilerplatePatterns.ReadMore().IsMatch(linkText))
            {
                attribution.FromReadMore([link]);
                removals.Add(new Removal("read-more", linkText));
                link.Remove();
            }
        }
        if (block.LastChild is IText text && text.Data.AsSpan().TrimEnd() is [.., ']' or ')']
            && BoilerplatePatterns.TrailingExcerptMarker().Match(text.Data) is { Success: true } marker)
        {
            removals.Add(new Removal("excerpt-marker", marker.Value.Trim()));
            text.Data = text.Data[..marker.Index] + "…";
        }
    }
}
