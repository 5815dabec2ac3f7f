using System.Collections.Frozen;
using AngleSharp.Dom;

namespace FeedHub.Cleaning;

/// <summary>
/// Structural edits on the item's DOM that the rules rely on: a bounded depth, inline runs wrapped into
/// paragraphs, the leaf blocks rules look at, and tidying after removals.
/// </summary>
internal static class DomShaping
{
    private static readonly FrozenSet<string> Containers = new[]
    {
        "body", "div", "section", "article", "main", "aside", "header", "footer", "blockquote", "center", "nav",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> LeafNames = new[]
    {
        "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "div", "section", "article", "main", "blockquote", "figcaption", "dt", "dd",
        "td", "th", "aside", "footer", "header", "pre", "center", "address", "caption", "summary", "nav",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Replaces everything below the element with its text, one line per block (deeper markup is pathological, or hostile).</summary>
    private static void Flatten(IElement element)
    {
        if (element.ChildElementCount > 0)
            element.TextContent = HtmlText.FromElement(element);
    }

    /// <summary>
    /// In one walk, counts the elements and finds those at <paramref name="maxDepth"/>: false when there are more
    /// than <paramref name="maxElements"/> (the tree is left as it is); otherwise replaces what lies below that depth
    /// with its text, so that every later walk (ours and AngleSharp's serializer) stays shallow, and true.
    /// Iterative: deep input cannot overflow the stack here.
    /// </summary>
    public static bool TryLimitDepth(IElement root, int maxDepth, int maxElements)
    {
        List<IElement>? deep = null;
        if (CountAndFindDeep(root, maxElements, maxDepth, ref deep) > maxElements)
            return false;
        foreach (var element in deep ?? [])
            Flatten(element); // elements at one depth are apart: the order does not matter
        return true;
    }

    /// <summary>Counts the elements below the root (stopping past the limit) and lists those at the depth, in one walk by child index.</summary>
    private static int CountAndFindDeep(IElement root, int limit, int maxDepth, ref List<IElement>? deep)
    {
        var count = 0;
        Stack<(INodeList Children, int Next)>? parents = null; // made only to descend: most items are two levels deep
        var children = root.ChildNodes; // by index: AngleSharp's NextElementSibling searches the parent's list
        var index = 0;
        var depth = 1; // of the nodes in `children`
        while (true)
        {
            if (index >= children.Length)
            {
                if (parents is null || parents.Count == 0)
                    return count;
                (children, index) = parents.Pop();
                depth--;
                continue;
            }
            if (children[index++] is not IElement element)
                continue;
            if (++count > limit)
                return count;
            if (depth == maxDepth)
                (deep ??= []).Add(element);
            var below = element.ChildNodes;
            if (below.Length > 0)
            {
                (parents ??= new Stack<(INodeList, int)>()).Push((children, index));
                children = below;
                index = 0;
                depth++;
            }
        }
    }

    /// <summary>Wraps runs of inline content that sit beside blocks (or at the top level) into paragraphs, split at double line breaks.</summary>
    public static void Paragraphize(IElement root)
    {
        var containers = DomWalk.Descendants(root, IsContainer);
        WrapInlineRuns(root);
        foreach (var container in containers)
        {
            if (container.Parent is null || !HasBlockChild(container))
                continue; // removed; or a leaf, whose lines are split by the rules, not here
            WrapInlineRuns(container);
        }
    }

    private static bool IsContainer(IElement element) => Containers.Contains(element.LocalName);

    private static bool HasBlockChild(IElement element)
    {
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is IElement child && HtmlText.IsBlock(child))
                return true;
        }
        return false;
    }

    private static void WrapInlineRuns(IElement container)
    {
        var document = container.Owner!;
        var run = new List<INode>();
        var children = container.ChildNodes;
        var snapshot = new INode[children.Length];
        for (var i = 0; i < snapshot.Length; i++)
            snapshot[i] = children[i];
        foreach (var node in snapshot)
        {
            var isBlock = node is IElement e && (HtmlText.IsBlock(e) || e.LocalName is "hr" or "table" or "figure");
            var isBreakPair = node is IElement { LocalName: "br" } br && NextNonBlank(br) is IElement { LocalName: "br" };
            if (isBlock || isBreakPair)
            {
                Flush(document, container, run, node);
                if (isBreakPair)
                    node.RemoveFromParent();
                continue;
            }
            if (node is IElement { LocalName: "br" } && run.Count == 0)
            {
                node.RemoveFromParent();
                continue;
            }
            run.Add(node);
        }
        Flush(document, container, run, null);
    }

    private static INode? NextNonBlank(INode node)
    {
        var next = node.NextSibling;
        while (next is IText t && string.IsNullOrWhiteSpace(t.Data))
            next = next.NextSibling;
        return next;
    }

    private static void Flush(IDocument document, IElement container, List<INode> run, INode? before)
    {
        while (run.Count > 0 && (run[^1] is IElement { LocalName: "br" } || (run[^1] is IText last && string.IsNullOrWhiteSpace(last.Data))))
        {
            if (run[^1] is IElement)
                run[^1].RemoveFromParent();
            run.RemoveAt(run.Count - 1);
        }
        if (run.Count == 0)
            return;
        if (run.All(n => n is IText t && string.IsNullOrWhiteSpace(t.Data)))
        {
            run.Clear();
            return;
        }
        var at = before ?? run[^1].NextSibling;
        if (IsLinksSideBySide(run))
        {
            // Links with nothing between them, beside blocks (a Bootstrap list group, a menu styled as blocks): one
            // line each, as they are shown, not one line of titles run together.
            foreach (var node in run)
            {
                if (node is not IElement)
                {
                    node.RemoveFromParent();
                    continue;
                }
                var line = document.CreateElement("p");
                container.InsertBefore(line, at);
                line.AppendChild(node);
            }
            run.Clear();
            return;
        }
        var paragraph = document.CreateElement("p");
        container.InsertBefore(paragraph, at);
        foreach (var node in run)
            paragraph.AppendChild(node);
        run.Clear();
    }

    /// <summary>Two links or more, each with text, and nothing else but white space between them.</summary>
    private static bool IsLinksSideBySide(List<INode> run)
    {
        var links = 0;
        foreach (var node in run)
        {
            if (node is IText t && string.IsNullOrWhiteSpace(t.Data))
                continue;
            if (node is not IElement { LocalName: "a" } link || link.TextContent.Trim().Length == 0)
                return false;
            links++;
        }
        return links >= 2;
    }

    /// <summary>Blocks with no block inside them: the units rules look at.</summary>
    public static List<IElement> LeafBlocks(IElement root) => DomWalk.Descendants(root, IsLeafBlock);

    public static bool IsLeafBlock(IElement element)
    {
        if (!LeafNames.Contains(element.LocalName))
            return false;
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is IElement child && (HtmlText.IsBlock(child) || child.LocalName == "table"))
                return false;
        }
        return true;
    }

    /// <summary>Whether the node is still in its document (not removed itself nor with an ancestor).</summary>
    public static bool IsAttached(INode node)
    {
        var current = node;
        while (current.Parent is { } parent)
            current = parent;
        return current is IDocument;
    }

    public static bool HasMedia(IElement element) => DomWalk.HasMedia(element);

    /// <summary>Removes a block, and the wrappers its removal leaves empty (a <c>div.nocomments</c> around a lone <c>p</c>).</summary>
    public static void RemoveBlock(IElement block)
    {
        var parent = block.ParentElement;
        block.Remove();
        while (parent is not null && parent.LocalName != "body" && DomWalk.TextOf(parent) != TextPresence.Visible && !HasMedia(parent))
        {
            var next = parent.ParentElement;
            parent.Remove();
            parent = next;
        }
    }

    /// <summary>Removes elements left empty, and line breaks at the edges of blocks. White space between words stays.</summary>
    public static void RemoveEmpty(IElement body)
    {
        var all = DomWalk.Descendants(body);
        all.Reverse();
        foreach (var element in all)
        {
            if (element.Parent is null || element.LocalName is "img" or "video" or "audio" or "iframe" or "picture" or "hr" or "source" or "br" or "td" or "th" or "tr" or "wbr" or "track")
                continue;
            var text = DomWalk.TextOf(element);
            if (text == TextPresence.Visible)
                continue;
            if (DomWalk.Any(element, e => DomWalk.IsMedia(e) || e.LocalName is "hr" or "source" or "td"))
                continue;
            if (text == TextPresence.WhiteSpace && !HtmlText.IsBlock(element))
                element.Parent.ReplaceChild(element.Owner!.CreateTextNode(" "), element); // <i> </i> between two words
            else
                element.Remove();
        }

        for (var i = all.Count - 1; i >= 0; i--) // the line breaks still in place, in document order
        {
            var br = all[i];
            if (br.LocalName != "br" || !IsAttached(br))
                continue;
            if (br.ParentElement is { } parent && HtmlText.IsBlock(parent)
                && (OnlyWhitespace(br, n => n.PreviousSibling) || OnlyWhitespace(br, n => n.NextSibling)))
                br.Remove();
        }
    }

    private static bool OnlyWhitespace(INode from, Func<INode, INode?> step)
    {
        for (var node = step(from); node is not null; node = step(node))
        {
            if (node is IText t && string.IsNullOrWhiteSpace(t.Data))
                continue;
            return false;
        }
        return true;
    }
}
