using AngleSharp.Dom;

namespace FeedHub.Cleaning;

/// <summary>
/// Element walks without CSS selectors: AngleSharp parses a selector string on every QuerySelectorAll call, which
/// cost more than the rest of the cleaning put together. Iterative, in document order.
/// </summary>
internal enum TextPresence { None, WhiteSpace, Visible }

internal static class DomWalk
{
    private static readonly HashSet<string> Media = new(StringComparer.Ordinal) { "img", "video", "audio", "iframe", "picture" };

    /// <summary>The elements under <paramref name="root"/> (not itself), in document order, as a snapshot safe to edit while iterating.</summary>
    public static List<IElement> Descendants(IElement root, Func<IElement, bool>? where = null)
    {
        var result = new List<IElement>();
        var stack = new Stack<(INodeList Children, int Index)>();
        stack.Push((root.ChildNodes, 0));
        while (stack.Count > 0)
        {
            var (children, index) = stack.Pop();
            if (index >= children.Length)
                continue;
            stack.Push((children, index + 1));
            if (children[index] is not IElement element)
                continue;
            if (where is null || where(element))
                result.Add(element);
            if (element.ChildNodes.Length > 0)
                stack.Push((element.ChildNodes, 0));
        }
        return result;
    }

    public static bool Any(IElement root, Func<IElement, bool> where)
    {
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            foreach (var child in stack.Pop().Children)
            {
                if (where(child))
                    return true;
                stack.Push(child);
            }
        }
        return false;
    }

    public static List<IElement> Links(IElement root) => Descendants(root, IsLink);

    /// <summary>What text lies under a node, without building it: none, white space only, or visible text.</summary>
    public static TextPresence TextOf(INode root)
    {
        var presence = TextPresence.None;
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            for (var node = stack.Pop().FirstChild; node is not null; node = node.NextSibling)
            {
                if (node is IText text)
                {
                    if (text.Data.Length == 0)
                        continue;
                    if (!string.IsNullOrWhiteSpace(text.Data))
                        return TextPresence.Visible;
                    presence = TextPresence.WhiteSpace;
                }
                else if (node is IElement)
                {
                    stack.Push(node);
                }
            }
        }
        return presence;
    }

    public static bool IsLink(IElement element) => element.LocalName == "a" && element.HasAttribute("href");

    public static bool HasMedia(IElement root) => Any(root, e => Media.Contains(e.LocalName));

    public static bool IsMedia(IElement element) => Media.Contains(element.LocalName);
}
