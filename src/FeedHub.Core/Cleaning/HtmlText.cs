using System.Collections.Frozen;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace FeedHub.Cleaning;

/// <summary>
/// Text of a DOM with its blocks kept apart: one line per paragraph, list item, heading or table row
/// (AngleSharp's TextContent runs them together: "Para onePara two"). Built in one walk, white space collapsed as
/// the text nodes are read, on a pooled buffer: no intermediate strings.
/// </summary>
public static class HtmlText
{
    private static readonly FrozenSet<string> Blocks = new[]
    {
        "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "figcaption", "figure",
        "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
        "section", "summary", "table", "tr", "ul", "caption", "body", "html", "center",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsBlock(IElement element) => Blocks.Contains(element.LocalName);

    public static string FromElement(INode root)
    {
        var lines = new LineText();
        try
        {
            AppendChildren(root, ref lines);
            return lines.ToString();
        }
        finally
        {
            lines.Dispose();
        }
    }

    public static string FromFragment(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        return document.Body is { } body ? FromElement(body) : "";
    }

    private static void AppendChildren(INode node, ref LineText lines)
    {
        var children = node.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            switch (children[i])
            {
                case IText text:
                    lines.Append(text.Data, preformatted: false);
                    break;
                case IElement element:
                    var name = element.LocalName;
                    if (name is "script" or "style" or "template" or "noscript")
                        break;
                    if (name == "br")
                    {
                        lines.Break();
                        break;
                    }
                    var block = Blocks.Contains(name);
                    if (block)
                        lines.Break();
                    else if (name is "td" or "th")
                        lines.Append(" ", preformatted: false);
                    if (name == "pre")
                        AppendPreformatted(element, ref lines);
                    else
                        AppendChildren(element, ref lines);
                    if (block)
                        lines.Break();
                    break;
            }
        }
    }

    /// <summary>All the text under a <c>pre</c> (as its TextContent), its line breaks kept.</summary>
    private static void AppendPreformatted(INode node, ref LineText lines)
    {
        var children = node.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is IText text)
                lines.Append(text.Data, preformatted: true);
            else if (children[i] is IElement element)
                AppendPreformatted(element, ref lines);
        }
    }

    /// <summary>The text with runs of white space made one space and none at either end (U+2028 is not white space here).</summary>
    internal static string Collapse(string text) => CollapsedText.Collapse(text);

    /// <summary><c>Collapse(node.TextContent)</c>, without building the TextContent: the node's own text when it is one text node already collapsed.</summary>
    internal static string CollapsedTextOf(INode node)
    {
        if (node is not IElement)
            return Collapse(node.TextContent ?? "");
        var collapsed = new CollapsedText();
        try
        {
            collapsed.AppendDescendants(node);
            return collapsed.ToString();
        }
        finally
        {
            collapsed.Dispose();
        }
    }

    /// <summary><c>Collapse(string.Concat(nodes.Select(n => n.TextContent)))</c>, without the intermediate strings.</summary>
    internal static string CollapsedTextOf(IReadOnlyList<INode> nodes)
    {
        if (nodes.Count == 1)
            return CollapsedTextOf(nodes[0]);
        var collapsed = new CollapsedText();
        try
        {
            foreach (var node in nodes)
            {
                if (node is IElement)
                    collapsed.AppendDescendants(node);
                else
                    collapsed.Append(node.TextContent);
            }
            return collapsed.ToString();
        }
        finally
        {
            collapsed.Dispose();
        }
    }
}
