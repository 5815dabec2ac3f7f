using AngleSharp.Dom;

namespace FeedHub.Cleaning;

/// <summary>What a rule says about one unit: its name, and whether it holds only at the edges of the article.</summary>
/// <param name="Site">The site a Yoast line names, when its pattern matched (so that it is not matched again).</param>
/// <param name="ByName">Whether the names of the box around the unit decided, not its words (<see cref="ClassHints"/>).</param>
internal sealed record Verdict(string Rule, bool EdgeOnly = false, string? Site = null, bool ByName = false);

/// <summary>
/// Judges one short unit by its text (the phrasebook in <see cref="BoilerplatePatterns"/>) and by its structure
/// (where its links point, how much of it is link text), in any language. Long units are article text.
/// </summary>
internal static class BlockClassifier
{
    public static Verdict? Classify(TextUnit unit, ClassHints? hints = null)
    {
        var text = unit.Text;
        if (text.Length == 0 || text.Length > BoilerplatePatterns.MaxBlockLength)
            return null;
        var words = CountWords(text);
        if (IsProse(text, words))
            return null; // several sentences of some length: article text, whatever words it holds
        if (IsSeparator(text))
            return new("separator");
        var cues = Phrasebook.Find(text);
        var links = unit.Links();
        var linkText = unit.LinkTextLength();

        if (cues.Has(Cues.AppearedFirst) && BoilerplatePatterns.AppearedFirst().Match(text) is { Success: true } yoast)
            return new("appeared-first-on", Site: yoast.Groups["site"].Value);
        if ((cues.Has(Cues.FollowUs) && BoilerplatePatterns.FollowUs().IsMatch(text))
            || (cues.Has(Cues.FollowUs | Cues.Subscribe) && BoilerplatePatterns.FollowUsTranslated().IsMatch(text)))
            return new("follow-us");
        if (cues.Has(Cues.Subscribe) && BoilerplatePatterns.Subscribe().IsMatch(text))
            return new("subscribe");
        if ((cues.Has(Cues.Share) && BoilerplatePatterns.Share().IsMatch(text)) || (links.Count > 0 && text.Length - linkText <= 40 && links.TrueForAll(SocialLinks.IsShare)))
            return new("share");
        if (cues.Has(Cues.ReadMore) && BoilerplatePatterns.ReadMore().IsMatch(text) && (links.Count > 0 || text.Length <= 40))
            return new("read-more");
        if (cues.Has(Cues.Comments) && BoilerplatePatterns.Comments().IsMatch(text))
            return new("comments-closed");
        if (cues.Has(Cues.Advertisement) && BoilerplatePatterns.Advertisement().IsMatch(text))
            return new("advertisement");
        if (cues.Has(Cues.Related) && BoilerplatePatterns.Related().IsMatch(text) && IsRelatedHeading(unit, text, links.Count, linkText))
            return new("related");
        if (cues.Has(Cues.Source) && BoilerplatePatterns.SourceLine().IsMatch(text))
            return new("source", EdgeOnly: true); // mid-article "Source: …" lines cite a figure's data: article text
        // A cue's verdict that holds only at the edges gives way to a structural one that holds anywhere ("Sdílejte: Facebook Twitter").
        var byCue = CueVerdicts.Classify(unit, text, words, cues, links, linkText);
        if (byCue is { EdgeOnly: false })
            return byCue;
        var byStructure = ClassifyByStructure(unit, text, words, cues, links, linkText);
        if (byStructure is { EdgeOnly: false })
            return byStructure;
        // The box the markup names: anywhere, but a "source" box inside the article may cite a figure's data.
        if (hints?.Of(unit) is { } kind)
            return new(kind, EdgeOnly: kind == "source", ByName: true);
        return byCue ?? byStructure ?? StandOutLines.Classify(unit, text, words);
    }

    /// <summary>Thirty words or more in two sentences or more (the last one ending the unit).</summary>
    internal static bool IsProse(string text, int words)
    {
        if (words < 30)
            return false;
        var sentences = text[^1] is '.' or '!' or '?' or '。' or '"' or '”' ? 1 : 0;
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '?' or '。' && text[i + 1] == ' ' && char.IsLetter(text[i - 1]) && ++sentences >= 2)
                return true;
        }
        return false;
    }

    /// <summary>Symbols only, or symbols around a lone letter: "—–", "***", "• • •", "≈≈≈", "- o -".</summary>
    private static bool IsSeparator(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
                letters++;
        }
        return letters == 0 || (letters == 1 && text.Length <= 12 && CountWords(text) >= 3);
    }

    /// <summary>A whole block of a few words right before a list of two or more items that are each a link and nothing else.</summary>
    private static bool IsListLabel(TextUnit unit, int words)
    {
        if (!unit.IsWholeBlock || words > 6 || NextAfter(unit.Block) is not { LocalName: "ul" or "ol" } list || list.ChildElementCount < 2)
            return false;
        foreach (var item in list.Children)
        {
            var text = HtmlText.CollapsedTextOf(item);
            var linkText = 0;
            foreach (var link in DomWalk.Links(item))
                linkText += HtmlText.CollapsedTextOf(link).Length;
            if (text.Length == 0 || linkText * 10 < text.Length * 9)
                return false;
        }
        return true;
    }

    /// <summary>
    /// The element after the block, or after the wrappers that hold only it (<c>&lt;div&gt;&lt;h2&gt;Label&lt;/h2&gt;&lt;/div&gt;&lt;ul&gt;</c>):
    /// what a heading stands over.
    /// </summary>
    private static IElement? NextAfter(IElement block)
    {
        for (var element = block; ; element = element.ParentElement!)
        {
            if (element.NextElementSibling is { } next)
                return next;
            if (element.ParentElement is not { LocalName: not "body", ChildElementCount: 1 })
                return null;
        }
    }

    internal static int CountWords(string text)
    {
        // Collapsed text (as unit texts are): one word more than it has spaces.
        if (text.Length > 0 && text[0] != ' ' && text[^1] != ' ' && !text.Contains("  ", StringComparison.Ordinal))
            return text.AsSpan().Count(' ') + 1;
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = c == ' ';
            if (!space && !inWord)
                words++;
            inWord = !space;
        }
        return words;
    }

    internal static bool IsRelatedHeading(TextUnit unit, string text, int linkCount, int linkText) =>
        (text.Length <= 60 && unit.IsWholeBlock && NextAfter(unit.Block) is { LocalName: "ul" or "ol" })
        || (linkCount > 0 && linkText * 2 >= text.Length)
        || text.EndsWith(':');

    /// <summary>Rules that need no phrase, so they hold in languages the phrasebook lacks; only at the article's edges.</summary>
    private static Verdict? ClassifyByStructure(TextUnit unit, string text, int words, CueHits cues, List<IElement> links, int linkText)
    {
        var hasColon = text.AsSpan().IndexOfAny(':', '：') >= 0;
        if (IsListLabel(unit, words))
            return new("related", EdgeOnly: true); // a short label over a list of links: "Related", "Habari zinazohusiana"
        if (text.Length <= 80 && words <= 10 && IsNetworkList(text, words))
            return new("share");
        if (words <= 20 && cues.Has(Cues.Newsletter))
            return new("subscribe", EdgeOnly: true);
        if (IsCallToFollow(text, words))
            return new("follow-us", EdgeOnly: true); // inside the article, "How to Go Live on Twitter" is a subheading
        if (hasColon && text.Length <= 60 && BoilerplatePatterns.CreditLine().IsMatch(text))
            return new("source", EdgeOnly: true);
        if (links.Count == 0)
            return null;
        if (links.Count >= 2 && links.TrueForAll(IsTagLink) && linkText * 2 >= text.Length)
            return new("tags");
        if (IsAttributionLine(links, words, linkText, text.Length))
            return new("appeared-first-on", EdgeOnly: true);
        if (text.Length <= 160 && links.Exists(SocialLinks.IsSocial) && linkText * 3 >= text.Length)
            return new("follow-us", EdgeOnly: true);
        if (linkText * 10 >= text.Length * 9 && !unit.Block.LocalName.StartsWith('h'))
        {
            // A lone link of a few words at the head or tail: "Full story at X »", "Číst dále"; to an article elsewhere, the original.
            var toArticle = links.Count == 1 && AttributionCollector.ArticleUri(links[0].GetAttribute("href")) is not null;
            if (toArticle && words <= 8)
                return new("read-more", EdgeOnly: true);
            if (words <= 6)
                return new("link-line", EdgeOnly: true);
        }
        if (unit.IsWholeBlock && unit.Block.LocalName == "li" && linkText * 10 >= text.Length * 9 && text.Length <= 160)
            return new("related", EdgeOnly: true);
        if (hasColon && linkText * 2 >= text.Length && BoilerplatePatterns.LabelledLink().IsMatch(text))
            return new("source", EdgeOnly: true);
        return null;
    }

    /// <summary>A link to a tag, category or topic page: what "Tags: a, b, c" lines are made of in every language.</summary>
    private static bool IsTagLink(IElement link)
    {
        var href = link.GetAttribute("href") ?? "";
        foreach (var segment in TagSegments)
        {
            if (href.Contains(segment, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    private static readonly string[] TagSegments = ["/tag/", "/tags/", "/category/", "/categories/", "/topic/", "/topics/", "/label/", "/schlagwort/", "/thema/", "/etiqueta/", "/rubrique/", "?tag=", "?cat="];

    /// <summary>"Teilen: Facebook Twitter", "Spread the word: Facebook · X · LinkedIn": network names after at most a short label.</summary>
    private static bool IsNetworkList(string text, int wordCount)
    {
        var colon = text.IndexOfAny([':', '：']);
        var label = colon > 0 ? text[..colon] : "";
        var names = colon > 0 ? text[(colon + 1)..] : text;
        if (label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 3)
            return false;
        var count = BoilerplatePatterns.NetworkName().Count(names);
        var rest = BoilerplatePatterns.NetworkName().Replace(names, " ")
            .Split([' ', '·', '|', ',', '•', '/', '-', '–', '&'], StringSplitOptions.RemoveEmptyEntries).Length;
        return rest == 0 && (count >= 2 || (count == 1 && colon > 0));
    }

    /// <summary>A short clause ending on a network's name, with no full stop: "Sledujte nás na Twitter".</summary>
    private static bool IsCallToFollow(string text, int wordCount)
    {
        if (wordCount is < 2 or > 10 || text.EndsWith('.'))
            return false;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lastTwo = words[^2] + " " + words[^1];
        return BoilerplatePatterns.NetworkName().IsMatch(lastTwo) && !BoilerplatePatterns.NetworkName().IsMatch(words[0]);
    }

    /// <summary>Yoast's shape in any language: a link to an article and a link to a site's home page, little else.</summary>
    private static bool IsAttributionLine(List<IElement> links, int wordCount, int linkText, int textLength)
    {
        if (links.Count < 2 || textLength > BoilerplatePatterns.MaxBlockLength)
            return false;
        var article = links.Exists(a => AttributionCollector.ArticleUri(a.GetAttribute("href")) is not null);
        var home = links.Exists(a => Uri.TryCreate(a.GetAttribute("href"), UriKind.Absolute, out var u) && u.AbsolutePath == "/" && string.IsNullOrEmpty(u.Query.TrimStart('?')));
        return article && home && (textLength - linkText) <= 60 && wordCount <= 40;
    }
}
