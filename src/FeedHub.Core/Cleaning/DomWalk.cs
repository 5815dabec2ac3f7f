using System.Collections.Frozen;
using AngleSharp.Dom;

namespace FeedHub.Cleaning;

/// <summary>
/// Element walks without CSS selectors: AngleSharp parses a selector string on every QuerySelectorAll call, which
/// cost more than the rest of the cleaning put together. Iterative, in document order.
/// </summary>
internal enum TextPresence { None, WhiteSpace, Visible }

internal static class DomWalk
{
    private static readonly FrozenSet<string> Media = new[] { "img", "video", "audio", "iframe", "picture" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The elements under <paramref name="root"/> (not itself), in document order, as a snapshot safe to edit while iterating.</summary>
    /// <param name="comments">When given, receives the comment nodes met on the way.</param>
    public static List<IElement> Descendants(IElement root, Func<IElement, bool>? where = null, List<INode>? comments = null)
    {
        var result = new List<IElement>();
        Stack<(INodeList Children, int Next)>? parents = null; // where to go on after the current list
        var children = root.ChildNodes;
        var index = 0;
        while (true)
        {
            if (index >= children.Length)
            {
                if (parents is null || parents.Count == 0)
                    return result;
                (children, index) = parents.Pop();
                continue;
            }
            var node = children[index++];
            if (node is not IElement element)
            {
                if (comments is not null && node is IComment)
                    comments.Add(node);
                continue;
            }
            if (where is null || where(element))
                result.Add(element);
            var below = element.ChildNodes;
            if (below.Length > 0)
            {
                (parents ??= new Stack<(INodeList, int)>()).Push((children, index));
                children = below;
                index = 0;
            }
        }
    }

    public static bool Any(IElement root, Func<IElement, bool> where)
    {
        Stack<IElement>? pending = null;
        for (var element = root; ; element = pending.Pop())
        {
            var children = element.ChildNodes;
            for (var i = 0; i < children.Length; i++)
            {
                if (children[i] is not IElement child)
                    continue;
                if (where(child))
                    return true;
                (pending ??= new Stack<IElement>()).Push(child);
            }
            if (pending is null || pending.Count == 0)
                return false;
        }
    }

    public static List<IElement> Links(IElement root) => Descendants(root, IsLink);

    /// <summary>What text lies under a node, without building it: none, white space only, or visible text.</summary>
    /// <remarks>Children by index: AngleSharp's NextSibling searches the parent's list, so a sibling walk costs the square of its length.</remarks>
    public static TextPresence TextOf(INode root)
    {
        var presence = TextPresence.None;
        Stack<INode>? pending = null;
        for (var node = root; ; node = pending.Pop())
        {
            var children = node.ChildNodes;
            for (var i = 0; i < children.Length; i++)
            {
                if (children[i] is IText text)
                {
                    if (text.Data.Length == 0)
                        continue;
                    if (!string.IsNullOrWhiteSpace(text.Data))
                        return TextPresence.Visible;
                    presence = TextPresence.WhiteSpace;
                }
                else if (children[i] is IElement element)
                {
                    (pending ??= new Stack<INode>()).Push(element);
                }
            }
            if (pending is null || pending.Count == 0)
                return presence;
        }
    }

    public static bool IsLink(IElement element) => element.LocalName == "a" && element.HasAttribute("href");

    public static bool HasMedia(IElement root) => Any(root, e => Media.Contains(e.LocalName));

    public static bool IsMedia(IElement element) => Media.Contains(element.LocalName);
}
