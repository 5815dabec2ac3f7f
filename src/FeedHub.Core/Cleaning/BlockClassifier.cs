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
        if (links.Count == 0)
            return null;
        if (text.Length <= 160 && links.Any(SocialLinks.IsSocial) && linkText * 3 >= text.Length)
            return new("follow-us", EdgeOnly: true);
        if (unit.IsWholeBlock && unit.Block.LocalName == "li" && linkText * 10 >= text.Length * 9 && text.Length <= 160)
            return new("related", EdgeOnly: true);
        if (BoilerplatePatterns.LabelledLink().IsMatch(text) && linkText * 2 >= text.Length)
            return new("source", EdgeOnly: true);
        return null;
    }
}
