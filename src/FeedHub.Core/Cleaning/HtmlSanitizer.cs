using System.Collections.Frozen;
using AngleSharp.Dom;

namespace FeedHub.Cleaning;

/// <summary>
/// An allowlist sanitizer over an AngleSharp DOM, run on the same parse as the boilerplate rules (one parse per
/// item). Written here rather than taking mganss HtmlSanitizer because that one parses again and costs ~3× a
/// bare parse on a typical item (see docs/benchmarks.md), and FeedHub also needs link rewriting in the same walk.
/// </summary>
internal sealed class HtmlSanitizer(IReadOnlySet<string> videoHosts)
{
    // Removed with everything inside them.
    private static readonly FrozenSet<string> Dropped = new[]
    {
        "script", "style", "noscript", "template", "object", "embed", "applet", "form", "input", "button",
        "select", "textarea", "option", "label", "fieldset", "link", "meta", "base", "frame", "frameset",
        "svg", "math", "canvas", "dialog", "head", "title",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Kept; anything neither kept nor dropped is unwrapped (its children stay).
    private static readonly FrozenSet<string> Allowed = new[]
    {
        "a", "abbr", "address", "article", "aside", "audio", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite",
        "code", "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure",
        "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i", "img", "ins", "kbd", "li", "main", "mark",
        "nav", "ol", "p", "picture", "pre", "q", "rp", "rt", "ruby", "s", "samp", "section", "small", "source", "span",
        "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul",
        "var", "video", "track", "wbr", "iframe",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> AllowedAttributes = new[]
    {
        "href", "src", "srcset", "alt", "title", "width", "height", "colspan", "rowspan", "datetime", "cite", "lang",
        "dir", "controls", "poster", "type", "start", "reversed", "allowfullscreen", "media", "sizes", "kind", "label",
        "srclang", "scope", "headers", "open", "value", "class",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private enum Kind { Dropped, Allowed }

    // Both lists in one lookup (a name is in one or none): most elements are allowed, and were looked up twice.
    private static readonly FrozenDictionary<string, Kind> Kinds = Dropped.Select(n => KeyValuePair.Create(n, Kind.Dropped))
        .Concat(Allowed.Select(n => KeyValuePair.Create(n, Kind.Allowed)))
        .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> UrlAttributes = new[] { "href", "src", "poster", "cite" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Dropped elements whose text a reader saw (a sign-up form's call, a button): their lines are kept for the learner.</summary>
    private static readonly FrozenSet<string> Visible = new[] { "form", "fieldset", "label", "button" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Sanitizes in place. With <paramref name="removedLines"/>, the lines of text of every dropped form, label or
    /// button are added to it.
    /// </summary>
    /// <returns>The id and role each element had (they do not reach the output), for the rules: <c>id="jp-relatedposts"</c>
    /// names a box as its class would. Null when no element had one.</returns>
    public Dictionary<IElement, string>? Sanitize(IElement root, Uri? baseUrl, List<Removal> removals, List<string>? removedLines = null)
    {
        Dictionary<IElement, string>? droppedNames = null;
        var comments = new List<INode>();
        var elements = DomWalk.Descendants(root, comments: comments);
        // Comments go: conditional comments (<!--[if IE]><script>) were live markup once.
        foreach (var comment in comments)
            comment.RemoveFromParent();
        foreach (var element in elements)
        {
            if (element.Parent is null)
                continue; // already removed with an ancestor
            var name = element.LocalName;
            var known = Kinds.TryGetValue(name, out var kind);
            if ((known && kind == Kind.Dropped) || (name == "iframe" && !IsAllowedVideo(element, baseUrl)))
            {
                removals.Add(new Removal("sanitize:" + name, Snippet(element)));
                if (removedLines is not null && Visible.Contains(name))
                    removedLines.AddRange(HtmlText.FromElement(element).Split('\n', StringSplitOptions.RemoveEmptyEntries));
                element.Remove();
                continue;
            }
            if (!known)
            {
                Unwrap(element);
                continue;
            }
            CleanAttributes(element, baseUrl, ref droppedNames);
        }
        return droppedNames;
    }

    private bool IsAllowedVideo(IElement iframe, Uri? baseUrl)
    {
        if (UrlRewriter.Resolve(iframe.GetAttribute("src"), baseUrl) is not { Scheme: "https" } uri)
            return false;
        var host = uri.IdnHost.ToLowerInvariant();
        return videoHosts.Any(h => host == h || host.EndsWith("." + h, StringComparison.Ordinal));
    }

    private static void CleanAttributes(IElement element, Uri? baseUrl, ref Dictionary<IElement, string>? droppedNames)
    {
        var attributes = element.Attributes;
        var copy = attributes.Length == 0 ? [] : new IAttr[attributes.Length];
        for (var i = 0; i < copy.Length; i++)
            copy[i] = attributes[i]!;
        foreach (var attribute in copy)
        {
            var name = attribute.Name;
            if (!AllowedAttributes.Contains(name) || name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            {
                if (name is "id" or "role" && attribute.Value.Length > 0)
                {
                    droppedNames ??= [];
                    droppedNames[element] = droppedNames.TryGetValue(element, out var other) ? other + " " + attribute.Value : attribute.Value;
                }
                element.RemoveAttribute(name);
                continue;
            }
            if (UrlAttributes.Contains(name))
            {
                var safe = SafeUrl(attribute.Value, baseUrl, allowDataImage: element.LocalName == "img" && name == "src");
                if (safe is null)
                    element.RemoveAttribute(name);
                else if (safe != attribute.Value)
                    element.SetAttribute(name, safe);
            }
            else if (name.Equals("srcset", StringComparison.OrdinalIgnoreCase))
            {
                element.SetAttribute(name, RewriteSrcset(attribute.Value, baseUrl));
            }
        }
        if (element.LocalName == "a" && element.HasAttribute("href"))
            element.SetAttribute("rel", "noopener noreferrer");
        if (element.LocalName == "iframe")
            element.SetAttribute("sandbox", "allow-scripts allow-same-origin allow-popups");
    }

    internal static string? SafeUrl(string value, Uri? baseUrl, bool allowDataImage)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0)
            return null;
        if (trimmed.StartsWith('#'))
            return trimmed;
        if (trimmed.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            return allowDataImage && trimmed.StartsWith("data:image/", StringComparison.OrdinalIgnoreCase)
                && !trimmed.StartsWith("data:image/svg", StringComparison.OrdinalIgnoreCase) ? trimmed : null;
        if (UrlRewriter.Resolve(trimmed, baseUrl) is not { } uri)
            return baseUrl is null && !trimmed.Contains(':', StringComparison.Ordinal) ? trimmed : null;
        if (uri.Scheme is not ("http" or "https" or "mailto" or "tel"))
            return null;
        return uri.Scheme is "http" or "https" ? UrlRewriter.WithoutTracking(uri) : uri.OriginalString;
    }

    private static string RewriteSrcset(string srcset, Uri? baseUrl)
    {
        var parts = srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var kept = new List<string>();
        foreach (var part in parts)
        {
            var pieces = part.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
            var url = SafeUrl(pieces[0], baseUrl, allowDataImage: false);
            if (url is not null)
                kept.Add(pieces.Length > 1 ? url + " " + pieces[1] : url);
        }
        return string.Join(", ", kept);
    }

    internal static void Unwrap(IElement element)
    {
        var parent = element.Parent;
        if (parent is null)
            return;
        while (element.FirstChild is { } child)
            parent.InsertBefore(child, element);
        element.Remove();
    }

    internal static string Snippet(IElement element)
    {
        var text = HtmlText.CollapsedTextOf(element);
        return text.Length > 0 ? (text.Length > 120 ? text[..120] + "…" : text) : "<" + element.LocalName + ">";
    }
}
