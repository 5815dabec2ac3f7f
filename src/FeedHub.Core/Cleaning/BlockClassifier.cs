using AngleSharp.Dom;

namespace FeedHub.Cleaning;

/// <summary>What a rule says about one unit: its name, and whether it holds only at the edges of the article.</summary>
internal sealed record Verdict(string Rule, bool EdgeOnly = false);

/// <summary>
/// Judges one short unit by its text (the phrasebook in <see cref="BoilerplatePatterns"/>) and by its structure
/// (where its links point, how much of it is link text), in any language. Long units are article text.
/// </summary>
internal static class BlockClassifier
{
    public static Verdict? Classify(TextUnit unit)
    {
        var text = unit.Text;
        if (text.Length == 0 || text.Length > BoilerplatePatterns.MaxBlockLength)
            return null;
        var links = unit.Links();
        var linkText = links.Sum(a => HtmlText.Collapse(a.TextContent).Length);

        if (BoilerplatePatterns.AppearedFirst().IsMatch(text))
            return new("appeared-first-on");
        if (BoilerplatePatterns.Separator().IsMatch(text))
            return new("separator");
        if (BoilerplatePatterns.FollowUs().IsMatch(text) || BoilerplatePatterns.FollowUsTranslated().IsMatch(text))
            return new("follow-us");
        if (BoilerplatePatterns.Subscribe().IsMatch(text))
            return new("subscribe");
        if (BoilerplatePatterns.Share().IsMatch(text) || (links.Count > 0 && links.All(SocialLinks.IsShare) && text.Length - linkText <= 40))
            return new("share");
        if (BoilerplatePatterns.ReadMore().IsMatch(text) && (links.Count > 0 || text.Length <= 40))
            return new("read-more");
        if (BoilerplatePatterns.Comments().IsMatch(text))
            return new("comments-closed");
        if (BoilerplatePatterns.Advertisement().IsMatch(text))
            return new("advertisement");
        if (BoilerplatePatterns.Related().IsMatch(text) && IsRelatedHeading(unit, text, links.Count, linkText))
            return new("related");
        if (BoilerplatePatterns.SourceLine().IsMatch(text))
            return new("source", EdgeOnly: true); // mid-article "Source: …" lines cite a figure's data: article text
        return ClassifyByStructure(unit, text, links, linkText);
    }

    private static bool IsRelatedHeading(TextUnit unit, string text, int linkCount, int linkText) =>
        (text.Length <= 60 && unit.IsWholeBlock && unit.Block.NextElementSibling is { LocalName: "ul" or "ol" })
        || (linkCount > 0 && linkText * 2 >= text.Length)
        || text.EndsWith(':');

    /// <summary>Rules that need no phrase, so they hold in languages the phrasebook lacks; only at the article's edges.</summary>
    private static Verdict? ClassifyByStructure(TextUnit unit, string text, List<IElement> links, int linkText)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (IsNetworkList(text, words.Length))
            return new("share");
        if (words.Length <= 20 && BoilerplatePatterns.NewsletterWord().IsMatch(text))
            return new("subscribe", EdgeOnly: true);
        if (IsCallToFollow(text, words))
            return new("follow-us", EdgeOnly: true);
        if (BoilerplatePatterns.CreditLine().IsMatch(text) && text.Length <= 60)
            return new("source", EdgeOnly: true);
        if (links.Count == 0)
            return null;
        if (IsAttributionLine(links, words.Length, linkText, text.Length))
            return new("appeared-first-on", EdgeOnly: true);
        if (links.Count == 1 && linkText >= text.Length - 3 && words.Length <= 8 && AttributionCollector.IsArticleUrl(links[0].GetAttribute("href")) is not null)
            return new("read-more", EdgeOnly: true);
        if (text.Length <= 160 && links.Any(SocialLinks.IsSocial) && linkText * 3 >= text.Length)
            return new("follow-us", EdgeOnly: true);
        if (unit.IsWholeBlock && unit.Block.LocalName == "li" && linkText * 10 >= text.Length * 9 && text.Length <= 160)
            return new("related", EdgeOnly: true);
        if (BoilerplatePatterns.LabelledLink().IsMatch(text) && linkText * 2 >= text.Length)
            return new("source", EdgeOnly: true);
        return null;
    }

    /// <summary>"Teilen: Facebook Twitter", "Spread the word: Facebook · X · LinkedIn": network names after at most a short label.</summary>
    private static bool IsNetworkList(string text, int wordCount)
    {
        if (text.Length > 80 || wordCount > 10)
            return false;
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
    private static bool IsCallToFollow(string text, string[] words)
    {
        if (words.Length is < 2 or > 10 || text.EndsWith('.'))
            return false;
        var lastTwo = string.Join(' ', words.TakeLast(2));
        return BoilerplatePatterns.NetworkName().IsMatch(lastTwo) && !BoilerplatePatterns.NetworkName().IsMatch(words[0]);
    }

    /// <summary>Yoast's shape in any language: a link to an article and a link to a site's home page, little else.</summary>
    private static bool IsAttributionLine(List<IElement> links, int wordCount, int linkText, int textLength)
    {
        if (links.Count < 2 || textLength > BoilerplatePatterns.MaxBlockLength)
            return false;
        var article = links.Any(a => AttributionCollector.IsArticleUrl(a.GetAttribute("href")) is not null);
        var home = links.Any(a => Uri.TryCreate(a.GetAttribute("href"), UriKind.Absolute, out var u) && u.AbsolutePath == "/" && string.IsNullOrEmpty(u.Query.TrimStart('?')));
        return article && home && (textLength - linkText) <= 60 && wordCount <= 40;
    }
}
