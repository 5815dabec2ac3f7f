using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace FeedHub.Cleaning;

/// <summary>
/// Text of a DOM with its blocks kept apart: one line per paragraph, list item, heading or table row
/// (AngleSharp's TextContent runs them together: "Para onePara two").
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "figcaption", "figure",
        "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
        "section", "summary", "table", "tr", "ul", "caption", "body", "html", "center",
    };

    private static bool IsCollapsed(string text)
    {
        if (text.Length > 0 && (text[0] == ' ' || text[^1] == ' '))
            return false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ' ? i > 0 && text[i - 1] == ' ' : char.IsWhiteSpace(c) && c != '\u2028')
                return false;
        }
        return true;
    }

    public static bool IsBlock(IElement element) => Blocks.Contains(element.LocalName);

    public static string FromElement(INode root)
    {
        var builder = new StringBuilder();
        Append(root, builder);
        return Normalize(builder);
    }

    public static string FromFragment(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        return document.Body is { } body ? FromElement(body) : "";
    }

    private static void Append(INode node, StringBuilder builder)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    builder.Append(text.Data);
                    break;
                case IElement element:
                    var name = element.LocalName;
                    if (name is "script" or "style" or "template" or "noscript")
                        break;
                    if (name == "br")
                    {
                        builder.Append('\n');
                        break;
                    }
                    var block = Blocks.Contains(name);
                    if (block)
                        builder.Append('\n');
                    else if (name is "td" or "th")
                        builder.Append(' ');
                    if (name == "pre")
                        builder.Append(element.TextContent.Replace("\n", "\u2028", StringComparison.Ordinal));
                    else
                        Append(element, builder);
                    if (block)
                        builder.Append('\n');
                    break;
            }
        }
    }

    /// <summary>Collapses white space inside lines, drops empty lines; preformatted line breaks survive. One pass, no line strings.</summary>
    private static string Normalize(StringBuilder raw)
    {
        var result = new StringBuilder(raw.Length);
        var pendingSpace = false;
        var lineStart = true; // nothing written on the current output line yet
        foreach (var chunk in raw.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (c == '\n')
                {
                    lineStart = true;
                    pendingSpace = false;
                    continue;
                }
                if (char.IsWhiteSpace(c) && c != '\u2028')
                {
                    pendingSpace = !lineStart;
                    continue;
                }
                if (lineStart && result.Length > 0)
                    result.Append('\n');
                else if (pendingSpace)
                    result.Append(' ');
                lineStart = false;
                pendingSpace = false;
                result.Append(c == '\u2028' ? '\n' : c);
            }
        }
        return result.ToString();
    }

    internal static string Collapse(string text)
    {
        if (IsCollapsed(text))
            return text;
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) && c != '\u2028')
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
                builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
