using AngleSharp.Dom;

namespace FeedHub.Extraction;

/// <summary>
/// Chooses the article among a page's blocks. Each block gets a weight — its length when it reads like prose,
/// negative when it is link lists, page furniture or stray short labels — and the article's container is the
/// element whose blocks weigh most (the deepest one on a tie). Inside it, blocks that are furniture are dropped.
/// The JSON-LD articleBody, when present, is evidence: blocks found in it weigh double and are always kept.
/// </summary>
internal static class ContentSelector
{
    public sealed record Selection(IElement Container, IReadOnlyList<TextBlock> Kept, IReadOnlyList<TextBlock> Dropped);

    public static Selection? Select(IReadOnlyList<TextBlock> blocks, PageMetadata metadata, int minLength)
    {
        if (blocks.Count == 0)
            return null;
        MarkDeclaredBody(blocks, metadata.ArticleBody);
        ResolveMarkers(blocks);
        var withMarkers = Select(blocks, metadata, useMarkers: true);
        // Class names mislead now and then ("sidebar-layout" around everything): when the markers leave next to
        // nothing, judge the page on its text alone.
        if (withMarkers is null || KeptLength(withMarkers) < minLength * 2)
        {
            var withoutMarkers = Select(blocks, metadata, useMarkers: false);
            if (withoutMarkers is not null && KeptLength(withoutMarkers) > 2 * (withMarkers is null ? 0 : KeptLength(withMarkers)))
                return withoutMarkers;
        }
        return withMarkers;
    }

    private static int KeptLength(Selection selection) => selection.Kept.Sum(b => b.Length);

    private static Selection? Select(IReadOnlyList<TextBlock> blocks, PageMetadata metadata, bool useMarkers)
    {
        var scores = new Dictionary<IElement, double>();
        var depths = new Dictionary<IElement, int>();
        foreach (var block in blocks)
        {
            var weight = Weight(block, useMarkers);
            for (IElement? element = block.Owner; element is not null; element = element.ParentElement)
                scores[element] = scores.GetValueOrDefault(element) + weight;
        }
        IElement? best = null;
        var bestScore = 0.0;
        foreach (var (element, score) in scores)
        {
            if (score > bestScore + 1e-6 || (best is not null && Math.Abs(score - bestScore) <= 1e-6 && Depth(element, depths) > Depth(best, depths)))
            {
                best = element;
                bestScore = Math.Max(score, bestScore);
            }
        }
        if (best is null)
            return null;

        var inside = blocks.Where(b => best.Contains(b.Owner)).ToList();
        var keep = inside.Select(b => Keep(b, best, metadata, useMarkers)).ToArray();
        DropTrailingSections(inside, keep);
        DropTrailingPrompts(inside, keep);
        var kept = inside.Where((_, i) => keep[i]).ToList();
        var dropped = inside.Where((_, i) => !keep[i]).ToList();
        return new Selection(best, kept, dropped);
    }

    /// <summary>
    /// A heading that introduces other articles ("More Great Stories", "Related", "You may also like") in the last
    /// part of the story ends it: it and what follows are the page's, not the story's.
    /// </summary>
    private static void DropTrailingSections(List<TextBlock> inside, bool[] keep)
    {
        var total = inside.Where((_, i) => keep[i]).Sum(b => (long)b.Length);
        long before = 0;
        for (var i = 0; i < inside.Count; i++)
        {
            var block = inside[i];
            if ((keep[i] || IsOtherArticlesLabel(block)) && before * 10 >= total * 6 && !block.InDeclaredBody && (block.IsHeading || (block.Length < 60 && !Prose.ReadsAsSentence(block.Text)))
                && Prose.IntroducesOtherArticles(block.Text))
            {
                for (var j = i; j < inside.Count; j++)
                    keep[j] &= inside[j].InDeclaredBody;
                return;
            }
            if (keep[i])
                before += block.Length;
        }
    }

    /// <summary>
    /// After the story's last paragraph, short lines asking the reader to do something (subscribe, follow, write
    /// in, share) or stating rights belong to the page, not the story.
    /// </summary>
    private static void DropTrailingPrompts(List<TextBlock> inside, bool[] keep)
    {
        for (var i = inside.Count - 1; i >= 0; i--)
        {
            if (!keep[i] || inside[i].InDeclaredBody)
                continue;
            if (inside[i].Length >= 200 || !Prose.IsReaderPrompt(inside[i].Text))
                return;
            keep[i] = false;
        }
    }

    private static double Weight(TextBlock block, bool useMarkers)
    {
        if (block.InDeclaredBody)
            return 2.0 * block.Length;
        if (useMarkers && block.BoilerplateAncestor is not null)
            return -block.Length;
        var linkDensity = block.LinkDensity;
        if (linkDensity > 0.5)
            return -block.Length;
        var prose = Prose.Reads(block.Text);
        var weight = block.Length * (1 - linkDensity);
        if (block.Length < 25)
            return prose ? 0.5 * weight : 0;
        return prose ? weight : 0.3 * weight;
    }

    /// <summary>"Trending News", "Related:" between two paragraphs: a label over a box of other articles, wherever it is.</summary>
    private static bool IsOtherArticlesLabel(TextBlock block) =>
        !block.IsHeading && block.Length < 40 && !Prose.ReadsAsSentence(block.Text) && Prose.IntroducesOtherArticles(block.Text);

    private static bool Keep(TextBlock block, IElement container, PageMetadata metadata, bool useMarkers)
    {
        if (block.InDeclaredBody)
            return true;
        if (useMarkers && block.BoilerplateAncestor is { } marked && marked != container && container.Contains(marked))
            return false;
        if (block.LinkDensity > 0.5)
            return false;
        if (block.Length < 40 && Prose.IsFurnitureLabel(block.Text))
            return false;
        if (IsOtherArticlesLabel(block))
            return false;
        if (Prose.IsPageArtefact(block.Text) || Prose.IsDateStamp(block.Text, metadata.PublishedAt))
            return false;
        if (block.Owner.LocalName == "h1")
            return false;
        if (block.IsHeading && metadata.Title is { } title && Prose.SameText(block.Text, title))
            return false;
        return true;
    }

    /// <summary>
    /// A marked element that holds most of the page's text is a layout wrapper whose classes speak of the page
    /// ("container penci_sidebar", "layout-with-header"), not furniture: its mark is ignored.
    /// </summary>
    private static void ResolveMarkers(IReadOnlyList<TextBlock> blocks)
    {
        var total = blocks.Sum(b => (long)b.Length);
        var lengths = new Dictionary<IElement, long>();
        foreach (var block in blocks)
            foreach (var marked in block.MarkedAncestors)
                lengths[marked] = lengths.GetValueOrDefault(marked) + block.Length;
        foreach (var block in blocks)
            block.BoilerplateAncestor = block.MarkedAncestors.FirstOrDefault(m => lengths[m] * 2 < total);
    }

    private static void MarkDeclaredBody(IReadOnlyList<TextBlock> blocks, string? articleBody)
    {
        if (articleBody is null || articleBody.Length < 200)
            return;
        var body = Prose.Normalize(articleBody);
        foreach (var block in blocks)
        {
            if (block.Length < 20)
                continue;
            var text = Prose.Normalize(block.Text);
            if (text.Length > 120)
                text = text[..120];
            block.InDeclaredBody = body.Contains(text, StringComparison.Ordinal);
        }
    }

    private static int Depth(IElement element, Dictionary<IElement, int> depths)
    {
        if (depths.TryGetValue(element, out var depth))
            return depth;
        depth = element.ParentElement is { } parent ? Depth(parent, depths) + 1 : 0;
        depths[element] = depth;
        return depth;
    }
}
