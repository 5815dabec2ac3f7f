using AngleSharp.Dom;

namespace FeedHub.Cleaning;

/// <summary>
/// What a rule judges: a leaf block, or one line of a leaf block whose lines are separated by <c>&lt;br&gt;</c>
/// (aggregators append "Source: …" to the last paragraph that way).
/// </summary>
internal sealed class TextUnit
{
    private TextUnit(IElement block, IReadOnlyList<INode>? nodes, string text)
    {
        Block = block;
        Nodes = nodes;
        Text = text;
    }

    public IElement Block { get; }

    /// <summary>The line's nodes; null when the unit is the whole block.</summary>
    public IReadOnlyList<INode>? Nodes { get; }

    public string Text { get; }

    public bool IsWholeBlock => Nodes is null;

    /// <summary>The built-in rule that removed the unit, if one did.</summary>
    public string? RemovedBy { get; set; }

    /// <summary>
    /// Whether the rule that removed the unit judged its place, its form or the names of its box rather than its words:
    /// the same line can then be the feed's own elsewhere, and stays learnable.
    /// </summary>
    public bool RemovedByFormOnly { get; set; }

    public bool IsRemoved => !DomShaping.IsAttached(Block) || (Nodes is not null && Nodes.All(n => n.Parent is null));

    private List<IElement>? _links;

    /// <summary>The unit's links, found once: rules judge a unit before any is removed, and only its own removal changes them.</summary>
    public List<IElement> Links() => _links ??= FindLinks();

    private int? _linkText;

    /// <summary>How many characters of the unit's text are link text, found once like <see cref="Links"/>.</summary>
    public int LinkTextLength()
    {
        if (_linkText is { } known)
            return known;
        var length = 0;
        foreach (var link in Links())
            length += HtmlText.CollapsedTextOf(link).Length;
        _linkText = length;
        return length;
    }

    private List<IElement> FindLinks()
    {
        if (Nodes is null)
            return DomWalk.Links(Block);
        var links = new List<IElement>();
        foreach (var node in Nodes.OfType<IElement>())
        {
            if (DomWalk.IsLink(node))
                links.Add(node);
            links.AddRange(DomWalk.Links(node));
        }
        return links;
    }

    public bool HasMedia => Nodes is null ? DomShaping.HasMedia(Block) : Nodes.OfType<IElement>().Any(e => e.LocalName is "img" or "video" or "iframe" || DomShaping.HasMedia(e));

    public void Remove()
    {
        if (Nodes is null)
        {
            DomShaping.RemoveBlock(Block);
            return;
        }
        // The line and the break that separated it from its neighbour.
        var breakBefore = Nodes[0].PreviousSibling;
        var breakAfter = Nodes[^1].NextSibling;
        foreach (var node in Nodes)
            node.RemoveFromParent();
        if (breakBefore is IElement { LocalName: "br" })
            breakBefore.RemoveFromParent();
        else if (breakAfter is IElement { LocalName: "br" })
            breakAfter.RemoveFromParent();
        if (DomWalk.TextOf(Block) != TextPresence.Visible && !DomShaping.HasMedia(Block))
            DomShaping.RemoveBlock(Block);
    }

    /// <summary>The units of a DOM in document order: each leaf block, or each of its lines when it has several.</summary>
    public static List<TextUnit> Of(IElement root) => Of(DomShaping.LeafBlocks(root));

    /// <summary>The units of the given leaf blocks, in their order; units with no text are left out.</summary>
    public static List<TextUnit> Of(List<IElement> leafBlocks)
    {
        var units = new List<TextUnit>(leafBlocks.Count);
        foreach (var block in leafBlocks)
        {
            var lines = Lines(block);
            if (lines is null || lines.Count < 2)
            {
                var text = HtmlText.CollapsedTextOf(block);
                if (text.Length > 0)
                    units.Add(new TextUnit(block, null, text));
                continue;
            }
            foreach (var line in lines)
            {
                if (line.Text.Length > 0) // a line of media alone is kept apart, never judged: removing a line beside it keeps it
                    units.Add(new TextUnit(block, line.Nodes, line.Text));
            }
        }
        return units;
    }

    private static List<(IReadOnlyList<INode> Nodes, string Text)>? Lines(IElement block)
    {
        if (block.LocalName == "pre" || !HasBreak(block))
            return null;
        var lines = new List<(IReadOnlyList<INode>, string)>();
        var current = new List<INode>();
        var children = block.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var node = children[i];
            if (node is IElement { LocalName: "br" })
            {
                AddLine(lines, current);
                current = [];
                continue;
            }
            current.Add(node);
        }
        AddLine(lines, current);
        return lines;
    }

    private static bool HasBreak(IElement block)
    {
        var children = block.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is IElement { LocalName: "br" })
                return true;
        }
        return false;
    }

    /// <summary>Adds a line that has text, or media ("&lt;img&gt;&lt;br&gt;Photo: …": the credit is a line apart from the image).</summary>
    private static void AddLine(List<(IReadOnlyList<INode>, string)> lines, List<INode> nodes)
    {
        var text = HtmlText.CollapsedTextOf(nodes);
        if (text.Length > 0 || nodes.Exists(n => n is IElement e && (e.LocalName is "img" or "video" or "iframe" || DomShaping.HasMedia(e))))
            lines.Add((nodes, text));
    }
}
