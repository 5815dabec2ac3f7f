using AngleSharp.Dom;

namespace FeedHub.Cleaning;

/// <summary>
/// Verdicts from the phrasebook's cues alone, for the many languages and wordings the patterns of
/// <see cref="BoilerplatePatterns"/> do not spell out. Each kind has its shape: how long the unit may be, and
/// whether the cue must open it. Verdicts that would be risky inside the article hold only at its edges.
/// </summary>
internal static class CueVerdicts
{
    public static Verdict? Classify(TextUnit unit, string text, int words, CueHits cues, List<IElement> links, int linkText)
    {
        if (cues.AtStart == Cues.None && cues.AsWord == Cues.None)
            return null;
        var linkOnly = links.Count > 0 && linkText * 10 >= text.Length * 9;
        var heading = unit.Block.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";
        var labelled = text.AsSpan(0, Math.Min(text.Length, 30)).IndexOfAny(':', '：') > 0;

        if (Starts(cues, Cues.Advertisement) && words <= 2 && text.Length <= 40) // the label alone: "Sponsored by X" is a credit, left to editors
            return new("advertisement");
        if (Inside(cues, Cues.Advertisement) && words <= 12)
            return new("advertisement");
        if (Inside(cues, Cues.Affiliate) && words <= 40)
            return new("affiliate", EdgeOnly: true);
        if (Inside(cues, Cues.Paywall) && words <= 25)
            return new("paywall", EdgeOnly: true);
        if ((Starts(cues, Cues.ReadingTime) || Inside(cues, Cues.ReadingTime)) && words <= 8 && (labelled || text.AsSpan().IndexOfAnyInRange('0', '9') >= 0))
            return new("reading-time", EdgeOnly: true);
        if ((Starts(cues, Cues.Listen) || Inside(cues, Cues.Listen)) && words <= 10)
            return new("listen", EdgeOnly: true);
        if (Starts(cues, Cues.ImageCredit) && words <= 12 && IsCredit(text, words, labelled))
            return new("image-credit", EdgeOnly: true);
        if (Starts(cues, Cues.Comments) && text.Length <= 100)
            return new("comments-closed");
        if (Starts(cues, Cues.ReadMore) && text.Length <= 160 && (links.Count > 0 || text.Length <= 60))
            return new("read-more", EdgeOnly: !(linkOnly || text.Length <= 40));
        if (Starts(cues, Cues.Related) && text.Length <= 80 && BlockClassifier.IsRelatedHeading(unit, text, links.Count, linkText))
            return new("related");
        if (Starts(cues, Cues.Tags) && text.Length <= 240 && (labelled || links.Count > 0))
            return new("tags", EdgeOnly: true);
        // With no link, only an unlabelled line: "Editor's Note: this post was originally published in 2015 …" is the article's own history.
        if (Inside(cues, Cues.AppearedFirst) && (links.Count > 0 ? words <= 60 : words <= 40 && !labelled))
            return new("appeared-first-on", EdgeOnly: true);
        if (Starts(cues, Cues.Source) && labelled && text.Length <= 200)
            return new("source", EdgeOnly: true);
        if (Inside(cues, Cues.Source) && (words <= 8 || (links.Count > 0 && words <= 25)))
            return new("source", EdgeOnly: true);
        var call = !heading && IsCallOfItsOwn(unit, text, words);
        if ((Starts(cues, Cues.Subscribe) || Inside(cues, Cues.Subscribe)) && text.Length <= 160 && (cues.Has(Cues.Newsletter) || words <= 9))
            return new("subscribe", EdgeOnly: heading || !(cues.Has(Cues.Newsletter) || call));
        if (Starts(cues, Cues.FollowUs) && text.Length <= 140)
            return new("follow-us", EdgeOnly: heading || !(cues.Has(Cues.Network) || links.Exists(SocialLinks.IsSocial))); // "Follow the money"
        if (Inside(cues, Cues.FollowUs) && words <= 15)
            return new("follow-us", EdgeOnly: heading || !cues.Has(Cues.Network));
        if (Starts(cues, Cues.Share) && text.Length <= 80)
            return new("share", EdgeOnly: true);
        if ((Starts(cues, Cues.Support) || Inside(cues, Cues.Support)) && words <= 16)
            return new("support", EdgeOnly: !call);
        return null;
    }

    /// <summary>
    /// A call to act that stands as a block of its own inside the article ("Support independent journalism: become a
    /// member today", "Подржите X"): a few words, not a sentence of the article (no full stop, no question, no
    /// sentence inside), and not a step of instructions (an item of a longer list: "Download the preview from …") or a
    /// numbered subheading ("11) LinkedIn Recruiter").
    /// Inline promotions sit there; article paragraphs of eight words that open with such a verb do not.
    /// </summary>
    private static bool IsCallOfItsOwn(TextUnit unit, string text, int words) =>
        unit.IsWholeBlock && words <= 8 && !char.IsDigit(text[0]) && text[^1] is not ('.' or '?' or '？' or '。' or ':' or ',')
        && !text.Contains(". ", StringComparison.Ordinal) && !text.Contains("? ", StringComparison.Ordinal)
        && !(unit.Block.LocalName == "li" && unit.Block.ParentElement is { ChildElementCount: > 1 });

    /// <summary>"Photo: …", "(Photo by X/Reuters)", "Image © X", "Nuotr. BNS": a label, a byline, a copyright or a few words after the cue.</summary>
    private static bool IsCredit(string text, int words, bool labelled) =>
        labelled || words <= 4 || text[0] == '(' || text.Contains(" by ", StringComparison.OrdinalIgnoreCase) || text.Contains('©') || text.Contains('/');

    private static bool Starts(CueHits cues, Cues cue) => (cues.AtStart & cue) != 0;

    private static bool Inside(CueHits cues, Cues cue) => (cues.AsWord & cue) != 0;
}
