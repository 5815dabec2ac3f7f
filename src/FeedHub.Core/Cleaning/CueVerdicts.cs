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
        if (Starts(cues, Cues.Comments) && text.Length <= 100)
            return new("comments-closed");
        if (Starts(cues, Cues.ReadMore) && text.Length <= 160 && (links.Count > 0 || text.Length <= 60))
            return new("read-more", EdgeOnly: !(linkOnly || text.Length <= 40));
        if (Starts(cues, Cues.Related) && text.Length <= 80 && BlockClassifier.IsRelatedHeading(unit, text, links.Count, linkText))
            return new("related");
        if (Starts(cues, Cues.Tags) && text.Length <= 240 && (labelled || links.Count > 0))
            return new("tags", EdgeOnly: true);
        if (Inside(cues, Cues.AppearedFirst) && links.Count > 0 && words <= 60)
            return new("appeared-first-on", EdgeOnly: true);
        if (Starts(cues, Cues.Source) && labelled && text.Length <= 200)
            return new("source", EdgeOnly: true);
        if (Inside(cues, Cues.Source) && (words <= 8 || (links.Count > 0 && words <= 25)))
            return new("source", EdgeOnly: true);
        if ((Starts(cues, Cues.Subscribe) || Inside(cues, Cues.Subscribe)) && text.Length <= 160 && (cues.Has(Cues.Newsletter) || words <= 9))
            return new("subscribe", EdgeOnly: heading || !cues.Has(Cues.Newsletter));
        if (Starts(cues, Cues.FollowUs) && text.Length <= 140)
            return new("follow-us", EdgeOnly: heading || !(cues.Has(Cues.Network) || links.Exists(SocialLinks.IsSocial)));
        if (Inside(cues, Cues.FollowUs) && words <= 15)
            return new("follow-us", EdgeOnly: heading || !cues.Has(Cues.Network));
        if (Starts(cues, Cues.Share) && text.Length <= 80)
            return new("share", EdgeOnly: true);
        if ((Starts(cues, Cues.Support) || Inside(cues, Cues.Support)) && words <= 16)
            return new("support", EdgeOnly: true);
        return null;
    }

    private static bool Starts(CueHits cues, Cues cue) => (cues.AtStart & cue) != 0;

    private static bool Inside(CueHits cues, Cues cue) => (cues.AsWord & cue) != 0;
}
