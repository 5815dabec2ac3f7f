using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using FeedHub.Fingerprinting;

namespace FeedHub.Cleaning;

/// <summary>
/// Cleans one item's HTML on a single AngleSharp parse: sanitize, remove tracking pixels, apply the feed's
/// selectors, the built-in boilerplate rules, the feed's patterns and its learned boilerplate, record attribution,
/// then serialise the clean HTML and its block-separated text. Safe to call from many threads (one parser per
/// thread). Never throws on bad input: oversized input is cut, deep nesting is flattened, a huge tree is
/// reduced to its text.
/// </summary>
public sealed partial class ContentCleaner
{
    private static readonly ThreadLocal<HtmlParser> Parsers = new(() => new HtmlParser(new HtmlParserOptions
    {
        IsNotConsumingCharacterReferences = false,
        IsScripting = false,
        DisableElementPositionTracking = true, // nothing reads source positions
    }));

    private readonly CleaningOptions _options;
    private readonly HtmlSanitizer _sanitizer;
    private readonly TrackingPixels _trackingPixels;

    public ContentCleaner(CleaningOptions options)
    {
        options.Validate();
        _options = options;
        _sanitizer = new HtmlSanitizer(new HashSet<string>(options.AllowedVideoHosts, StringComparer.OrdinalIgnoreCase));
        _trackingPixels = new TrackingPixels(new HashSet<string>(options.TrackerHosts, StringComparer.OrdinalIgnoreCase));
    }

    public ContentCleaner() : this(new CleaningOptions()) { }

    /// <param name="title">The item's title, when it has one: a line after the article that repeats it goes (<c>title-line</c>).</param>
    public CleanedContent Clean(string? html, Uri? baseUrl, CleaningRules? rules = null, string? title = null)
    {
        rules ??= CleaningRules.None;
        html = WithoutLoneSurrogates(html ?? ""); // they make Unicode normalisation throw further down the pipeline
        var removals = new List<Removal>();
        if (html.Length > _options.MaxInputLength)
        {
            removals.Add(new Removal("input-cut", $"{html.Length - _options.MaxInputLength} characters past {_options.MaxInputLength}"));
            html = html[.._options.MaxInputLength];
        }

        html = NestingGuard.Limit(html, _options.MaxDepth * 2, out var droppedTags);
        if (droppedTags > 0)
            removals.Add(new Removal("nesting-cut", $"{droppedTags} tags nested deeper than {_options.MaxDepth * 2}"));

        var body = Parsers.Value!.ParseDocument(html).Body!;
        if (!DomShaping.TryLimitDepth(body, _options.MaxDepth, _options.MaxElements))
            return TextOnly(body, removals); // DOM edits on a huge tree cost its size squared: keep the text, drop the markup

        var attribution = new AttributionCollector(baseUrl);
        var removedBlocks = new List<string>();
        var droppedNames = _sanitizer.Sanitize(body, baseUrl, removals, removedBlocks);
        _trackingPixels.Remove(body, removals);
        DomShaping.Paragraphize(body);
        FeedRuleApplier.ApplySelectors(body, rules.RemoveSelectors, removals);
        var learned = LearnedLines.Of(rules.LearnedBlocks);
        var units = BuiltInRules.Apply(body, attribution, removals, text => !learned.IsEmpty && learned.Matches(BlockKey(text)), droppedNames, title);
        FeedRuleApplier.ApplyPatterns(body, rules.RemovePatterns, removals);
        // Blocks are taken before learned rules apply, so that what was learned stays learnable; so are short
        // lines that only their place, their form or their box's names condemned (not their words), so that a feed's
        // own lines are learned wherever they sit and however they are marked up.
        // What else the built-in rules removed goes aside, short lines only: the learner counts a line as seen there too.
        var blocks = new List<string>(units.Count);
        foreach (var unit in units)
        {
            if (!unit.IsRemoved || unit.RemovedByFormOnly)
                blocks.Add(unit.Text);
            else
                removedBlocks.Add(unit.Text);
        }
        FeedRuleApplier.ApplyLearned(body, learned, _options.LearnedRuleTextFloor, removals);
        DomShaping.RemoveEmpty(body);

        return new CleanedContent
        {
            Html = MarkupWriter.TrimmedInnerHtml(body),
            Text = HtmlText.FromElement(body),
            OriginalUrl = attribution.OriginalUrl,
            OriginalSite = attribution.OriginalSite,
            Removals = removals,
            Blocks = blocks,
            RemovedBlocks = ShortLines(removedBlocks),
        };
    }

    /// <summary>At most this many removed lines are kept per item, none longer than the longest block the learner learns.</summary>
    private const int MaxRemovedBlocks = 32, MaxRemovedBlockLength = 400;

    private static List<string> ShortLines(List<string> lines)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<string>(Math.Min(lines.Count, MaxRemovedBlocks));
        foreach (var line in lines)
        {
            var trimmed = line.Trim();
            if (trimmed.Length is > 0 and <= MaxRemovedBlockLength && kept.Count < MaxRemovedBlocks && seen.Add(trimmed))
                kept.Add(trimmed);
        }
        return kept;
    }

    private CleanedContent TextOnly(IElement body, List<Removal> removals)
    {
        removals.Add(new Removal("markup-dropped", $"more than {_options.MaxElements} elements"));
        var text = HtmlText.FromElement(body);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return new CleanedContent
        {
            Html = string.Concat(lines.Select(l => "<p>" + WebUtility.HtmlEncode(l) + "</p>")),
            Text = text,
            Removals = removals,
        };
    }

    /// <summary>The key a block is learned and matched by: normalized text with digits folded.</summary>
    public static string BlockKey(string text) => Digits().Replace(ContentHasher.NormalizeText(WithoutLoneSurrogates(text)), "0");

    /// <summary>The text with every unpaired UTF-16 surrogate replaced by U+FFFD; the same instance when there is none.</summary>
    internal static string WithoutLoneSurrogates(string text)
    {
        var first = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0)
            return text;
        char[]? copy = null;
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsSurrogate(c))
                continue;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            copy ??= text.ToCharArray();
            copy[i] = '\uFFFD';
        }
        return copy is null ? text : new string(copy);
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
