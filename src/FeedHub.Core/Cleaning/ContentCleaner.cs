using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using FeedHub.Fingerprinting;

namespace FeedHub.Cleaning;

/// <summary>
/// Cleans one item's HTML on a single AngleSharp parse: sanitize, remove tracking pixels, apply the built-in
/// boilerplate rules, the feed's own rules and its learned boilerplate, record attribution, then serialise the
/// clean HTML and its block-separated text. Safe to call from many threads (one parser per thread).
/// </summary>
public sealed class ContentCleaner
{
    private static readonly ThreadLocal<HtmlParser> Parsers = new(() => new HtmlParser(new HtmlParserOptions
    {
        IsNotConsumingCharacterReferences = false,
        IsScripting = false,
    }));

    private readonly CleaningOptions _options;
    private readonly HtmlSanitizer _sanitizer;
    private readonly HashSet<string> _trackerHosts;

    public ContentCleaner(CleaningOptions options)
    {
        _options = options;
        _sanitizer = new HtmlSanitizer(new HashSet<string>(options.AllowedVideoHosts, StringComparer.OrdinalIgnoreCase));
        _trackerHosts = new HashSet<string>(options.TrackerHosts, StringComparer.OrdinalIgnoreCase);
    }

    public ContentCleaner() : this(new CleaningOptions()) { }

    public CleanedContent Clean(string? html, Uri? baseUrl, CleaningRules? rules = null)
    {
        rules ??= CleaningRules.None;
        var removals = new List<Removal>();
        var document = Parsers.Value!.ParseDocument(html ?? "");
        var body = document.Body!;
        var attribution = new AttributionCollector(baseUrl);

        _sanitizer.Sanitize(body, baseUrl, removals);
        RemoveTrackingPixels(body, removals);
        Paragraphize(body);
        ApplySelectors(body, rules.RemoveSelectors, removals);
        ApplyBuiltInRules(body, attribution, removals);
        ApplyPatterns(body, rules.RemovePatterns, removals);
        var blocks = LeafBlocks(body).Select(b => HtmlText.Collapse(b.TextContent)).Where(t => t.Length > 0).ToList();
        ApplyLearned(body, rules.LearnedBlocks, removals);
        RemoveEmpty(body);

        return new CleanedContent
        {
            Html = body.InnerHtml.Trim(),
            Text = HtmlText.FromElement(body),
            OriginalUrl = attribution.OriginalUrl,
            OriginalSite = attribution.OriginalSite,
            Removals = removals,
            Blocks = blocks,
        };
    }

    /// <summary>The key a block is learned and matched by: normalized text with digits folded.</summary>
    public static string BlockKey(string text)
    {
        var normalized = ContentHasher.NormalizeText(text);
        return Regex.Replace(normalized, @"\d+", "0");
    }

    private void RemoveTrackingPixels(IElement body, List<Removal> removals)
    {
        foreach (var img in body.QuerySelectorAll("img").ToList())
        {
            var tiny = IsTiny(img.GetAttribute("width")) || IsTiny(img.GetAttribute("height"));
            var src = img.GetAttribute("src");
            var tracker = src is not null && Uri.TryCreate(src, UriKind.Absolute, out var uri)
                && (_trackerHosts.Contains(uri.IdnHost) || uri.AbsolutePath.StartsWith("/~r/", StringComparison.Ordinal)
                    || uri.AbsolutePath.StartsWith("/~ff/", StringComparison.Ordinal));
            if (tiny || tracker || src is null)
            {
                removals.Add(new Removal("tracking-pixel", src ?? "<img>"));
                var parent = img.ParentElement;
                img.Remove();
                // Feedburner wraps its pixels and flare buttons in links.
                if (parent is { LocalName: "a" } && parent.TextContent.Trim().Length == 0 && parent.QuerySelector("img") is null)
                    parent.Remove();
            }
        }
    }

    private static bool IsTiny(string? dimension) =>
        dimension is not null && int.TryParse(dimension.Trim().TrimEnd('x', 'p'), out var px) && px <= 1;

    /// <summary>Wraps runs of inline content at the top level into paragraphs, split at double line breaks.</summary>
    private static void Paragraphize(IElement body)
    {
        var document = body.Owner!;
        var run = new List<INode>();
        foreach (var node in body.ChildNodes.ToList())
        {
            var isBlock = node is IElement e && HtmlText.IsBlock(e);
            var isBreakPair = node is IElement { LocalName: "br" } br && br.NextSibling is IElement { LocalName: "br" };
            if (isBlock || isBreakPair)
            {
                Flush(document, body, run, node);
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
        Flush(document, body, run, null);
    }

    private static void Flush(IDocument document, IElement body, List<INode> run, INode? before)
    {
        if (run.Count == 0)
            return;
        if (run.All(n => n is IText t && string.IsNullOrWhiteSpace(t.Data)))
        {
            run.Clear();
            return;
        }
        var paragraph = document.CreateElement("p");
        body.InsertBefore(paragraph, before ?? run[^1].NextSibling);
        foreach (var node in run)
            paragraph.AppendChild(node);
        run.Clear();
    }

    private static void ApplySelectors(IElement body, IReadOnlyList<string> selectors, List<Removal> removals)
    {
        foreach (var selector in selectors)
        {
            IEnumerable<IElement> matches;
            try
            {
                matches = body.QuerySelectorAll(selector).ToList();
            }
            catch (DomException)
            {
                continue; // an invalid selector is reported when the rule is saved; here it matches nothing
            }
            foreach (var element in matches)
            {
                removals.Add(new Removal("feed-selector:" + selector, HtmlSanitizer.Snippet(element)));
                element.Remove();
            }
        }
    }

    private static void ApplyPatterns(IElement body, IReadOnlyList<string> patterns, List<Removal> removals)
    {
        if (patterns.Count == 0)
            return;
        var regexes = patterns.Select(p => new Regex(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100))).ToList();
        foreach (var block in LeafBlocks(body))
        {
            var text = HtmlText.Collapse(block.TextContent);
            foreach (var regex in regexes)
            {
                bool matched;
                try
                {
                    matched = regex.IsMatch(text);
                }
                catch (RegexMatchTimeoutException)
                {
                    matched = false;
                }
                if (matched)
                {
                    removals.Add(new Removal("feed-pattern:" + regex, text));
                    block.Remove();
                    break;
                }
            }
        }
    }

    private void ApplyLearned(IElement body, IReadOnlySet<string> learned, List<Removal> removals)
    {
        if (learned.Count == 0)
            return;
        var total = HtmlText.Collapse(body.TextContent).Length;
        var floor = total * _options.LearnedRuleTextFloor;
        var remaining = total;
        foreach (var block in LeafBlocks(body))
        {
            var text = HtmlText.Collapse(block.TextContent);
            if (text.Length == 0 || !learned.Contains(BlockKey(text)))
                continue;
            // Never let learned rules take the article itself: stop before the text falls under the floor.
            if (remaining - text.Length < floor)
                continue;
            remaining -= text.Length;
            removals.Add(new Removal("learned", text));
            block.Remove();
        }
    }

    private static void ApplyBuiltInRules(IElement body, AttributionCollector attribution, List<Removal> removals)
    {
        RemoveShareLists(body, removals);
        foreach (var block in LeafBlocks(body))
        {
            if (block.Parent is null)
                continue;
            var text = HtmlText.Collapse(block.TextContent);
            var hasMedia = block.QuerySelector("img, video, audio, iframe, picture") is not null;
            if (text.Length == 0)
            {
                if (!hasMedia && block.LocalName is not ("td" or "th"))
                    block.Remove();
                continue;
            }
            StripInlineReadMore(block, attribution, removals);
            text = HtmlText.Collapse(block.TextContent);
            if (text.Length == 0 && !hasMedia)
            {
                block.Remove();
                continue;
            }
            if (text.Length > BoilerplatePatterns.MaxBlockLength)
            {
                StripExcerptMarker(block, removals);
                continue;
            }
            if (Classify(block, text, attribution) is { } rule)
            {
                removals.Add(new Removal(rule, text));
                if (rule == "related" && block.NextElementSibling is { LocalName: "ul" or "ol" } list)
                {
                    removals.Add(new Removal("related", HtmlText.Collapse(list.TextContent)));
                    list.Remove();
                }
                RemoveBlock(block);
                continue;
            }
            StripExcerptMarker(block, removals);
        }
    }

    private static string? Classify(IElement block, string text, AttributionCollector attribution)
    {
        var links = block.QuerySelectorAll("a[href]").ToList();
        var linkText = links.Sum(a => HtmlText.Collapse(a.TextContent).Length);

        if (BoilerplatePatterns.AppearedFirst().Match(text) is { Success: true } yoast)
        {
            attribution.FromAppearedFirst(links, yoast.Groups["site"].Value);
            return "appeared-first-on";
        }
        if (BoilerplatePatterns.Separator().IsMatch(text))
            return "separator";
        if (BoilerplatePatterns.FollowUs().IsMatch(text) || BoilerplatePatterns.FollowUsTranslated().IsMatch(text))
            return "follow-us";
        if (BoilerplatePatterns.Subscribe().IsMatch(text))
            return "subscribe";
        if (BoilerplatePatterns.Share().IsMatch(text))
            return "share";
        if (BoilerplatePatterns.ReadMore().IsMatch(text) && (links.Count > 0 || text.Length <= 40))
        {
            attribution.FromReadMore(links);
            return "read-more";
        }
        if (BoilerplatePatterns.Comments().IsMatch(text))
            return "comments-closed";
        if (BoilerplatePatterns.SourceLine().IsMatch(text))
        {
            attribution.FromSourceLine(links, text);
            return "source";
        }
        if (BoilerplatePatterns.Advertisement().IsMatch(text))
            return "advertisement";
        if (BoilerplatePatterns.Related().IsMatch(text)
            && ((text.Length <= 60 && block.NextElementSibling is { LocalName: "ul" or "ol" }) || (links.Count > 0 && linkText * 2 >= text.Length) || text.EndsWith(':')))
            return "related";
        return null;
    }

    /// <summary>"… text. Continue reading <a>Title</a>" at the end of a paragraph: the link goes, the text stays.</summary>
    private static void StripInlineReadMore(IElement block, AttributionCollector attribution, List<Removal> removals)
    {
        if (block.LastElementChild is not { LocalName: "a" } link || link.NextSibling is IText { Data: var after } && after.Trim().Length > 1)
            return;
        var linkText = HtmlText.Collapse(link.TextContent);
        if (linkText.Length == 0 || !BoilerplatePatterns.ReadMore().IsMatch(linkText))
            return;
        var blockText = HtmlText.Collapse(block.TextContent);
        if (blockText.Length == linkText.Length)
            return; // the whole block; the block rule handles it
        attribution.FromReadMore([link]);
        removals.Add(new Removal("read-more", linkText));
        link.Remove();
        StripExcerptMarker(block, removals);
    }

    private static void StripExcerptMarker(IElement block, List<Removal> removals)
    {
        if (block.LastChild is not IText last)
            return;
        var match = BoilerplatePatterns.TrailingExcerptMarker().Match(last.Data);
        if (!match.Success)
            return;
        removals.Add(new Removal("excerpt-marker", match.Value.Trim()));
        last.Data = last.Data[..match.Index] + "…";
    }

    private static readonly string[] ShareHosts =
    [
        "facebook.com/sharer", "twitter.com/intent", "twitter.com/share", "x.com/intent", "linkedin.com/sharearticle",
        "linkedin.com/shareArticle", "pinterest.com/pin/create", "wa.me/", "api.whatsapp.com/send", "t.me/share",
        "reddit.com/submit", "telegram.me/share", "tumblr.com/share", "getpocket.com/save", "news.google.com/publications",
        "feedburner.google.com/fb/a/mailverify", "share.flipboard.com",
    ];

    /// <summary>Lists and paragraphs whose every link is a share or follow button.</summary>
    private static void RemoveShareLists(IElement body, List<Removal> removals)
    {
        foreach (var container in body.QuerySelectorAll("ul, ol, p, div").ToList())
        {
            if (container.Parent is null)
                continue;
            var links = container.QuerySelectorAll("a[href]").ToList();
            if (links.Count == 0 || !links.All(IsShareLink))
                continue;
            var text = HtmlText.Collapse(container.TextContent);
            var linkText = links.Sum(a => HtmlText.Collapse(a.TextContent).Length);
            if (text.Length - linkText > 40)
                continue;
            removals.Add(new Removal("share", text));
            container.Remove();
        }
    }

    private static bool IsShareLink(IElement a)
    {
        var href = a.GetAttribute("href") ?? "";
        return href.StartsWith("mailto:?", StringComparison.OrdinalIgnoreCase)
            || ShareHosts.Any(h => href.Contains(h, StringComparison.OrdinalIgnoreCase));
    }

    private static void RemoveBlock(IElement block)
    {
        var parent = block.ParentElement;
        block.Remove();
        // An emptied wrapper (a <div class="nocomments"> around a lone <p>) goes too.
        while (parent is not null && parent.LocalName != "body" && HtmlText.Collapse(parent.TextContent).Length == 0
               && parent.QuerySelector("img, video, audio, iframe, picture") is null)
        {
            var next = parent.ParentElement;
            parent.Remove();
            parent = next;
        }
    }

    /// <summary>Blocks with no block inside them: the units rules look at.</summary>
    internal static IEnumerable<IElement> LeafBlocks(IElement root) =>
        root.QuerySelectorAll("p, li, h1, h2, h3, h4, h5, h6, div, section, blockquote, figcaption, dt, dd, td, th, aside, footer, header, pre")
            .Where(e => !e.Children.Any(c => HtmlText.IsBlock(c) && c.LocalName != "br"))
            .ToList();

    /// <summary>Removes elements left empty, and line breaks at the edges of blocks.</summary>
    private static void RemoveEmpty(IElement body)
    {
        bool changed;
        do
        {
            changed = false;
            foreach (var element in body.QuerySelectorAll("p, div, span, li, ul, ol, section, blockquote, strong, em, b, i, a, h1, h2, h3, h4, h5, h6, figure, aside, header, footer").ToList())
            {
                if (element.Parent is null || element.TextContent.Trim().Length > 0
                    || element.QuerySelector("img, video, audio, iframe, picture, hr, source") is not null)
                    continue;
                element.Remove();
                changed = true;
            }
        }
        while (changed);

        foreach (var br in body.QuerySelectorAll("br").ToList())
        {
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
