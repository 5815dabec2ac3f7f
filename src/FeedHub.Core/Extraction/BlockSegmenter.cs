using System.Text;
using AngleSharp.Dom;

namespace FeedHub.Extraction;

/// <summary>
/// Cuts a page body into <see cref="TextBlock"/>s in document order: a block ends wherever a block-level element
/// or a &lt;br&gt; begins or ends. Scripts, forms' controls, embedded media and hidden elements give no text.
/// </summary>
internal sealed class BlockSegmenter
{
    private const int MaxDepth = 512;

    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
        "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
    };

    private static readonly HashSet<string> SilentTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video",
        "audio", "select", "textarea", "button", "input", "option", "head", "title", "link", "meta",
    };

    private readonly List<TextBlock> _blocks = [];
    private readonly StringBuilder _text = new();
    private int _length;
    private int _linkLength;
    private int _linkDepth;
    private IElement _owner = null!;
    private readonly List<IElement> _marked = [];
    private IElement[] _markedSnapshot = [];

    public static List<TextBlock> Segment(IElement root)
    {
        var segmenter = new BlockSegmenter { _owner = root };
        segmenter.Walk(root, 0);
        segmenter.Flush();
        return segmenter._blocks;
    }

    public static bool IsSilent(IElement element) => SilentTags.Contains(element.LocalName) || BoilerplateMarkers.IsHidden(element);

    private void Walk(IElement element, int depth)
    {
        if (depth > MaxDepth)
            return;
        for (var node = element.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is IText text)
            {
                Append(text.Data);
                continue;
            }
            if (node is not IElement child || IsSilent(child))
                continue;
            var name = child.LocalName;
            if (name is "td" or "th")
                Append(" ");
            if (name == "br")
            {
                Flush();
                continue;
            }
            var marksBoilerplate = BoilerplateMarkers.IsBoilerplate(child);
            if (BlockTags.Contains(name) || marksBoilerplate)
            {
                Flush();
                var outerOwner = _owner;
                _owner = child;
                if (marksBoilerplate)
                    Mark(child);
                Walk(child, depth + 1);
                Flush();
                _owner = outerOwner;
                if (marksBoilerplate)
                    Unmark();
            }
            else
            {
                var link = name == "a";
                if (link)
                    _linkDepth++;
                Walk(child, depth + 1);
                if (link)
                    _linkDepth--;
            }
        }
    }

    private void Mark(IElement element)
    {
        _marked.Add(element);
        _markedSnapshot = [.. _marked];
    }

    private void Unmark()
    {
        _marked.RemoveAt(_marked.Count - 1);
        _markedSnapshot = [.. _marked];
    }

    private void Append(string data)
    {
        _text.Append(data);
        var visible = 0;
        foreach (var c in data)
            if (!char.IsWhiteSpace(c))
                visible++;
        _length += visible;
        // A link that shows its own address ("http://amzn.to/2iJ…") cites a source in the story; navigation
        // never looks like that, so its text is not counted as link text.
        if (_linkDepth > 0 && !Prose.IsAddress(data))
            _linkLength += visible;
    }

    private void Flush()
    {
        if (_length > 0)
        {
            _blocks.Add(new TextBlock
            {
                Owner = _owner,
                Text = Cleaning.HtmlText.Collapse(_text.ToString()),
                Length = _length,
                LinkLength = _linkLength,
                MarkedAncestors = _markedSnapshot,
            });
        }
        _text.Clear();
        _length = 0;
        _linkLength = 0;
    }
}
