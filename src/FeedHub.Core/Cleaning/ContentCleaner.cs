using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using FeedHub.Fingerprinting;

namespace FeedHub.Cleaning;

/// <summary>
/// Cleans one item's HTML on a single AngleSharp parse: sanitize, remove tracking pixels, apply the feed's
/// selectors, the built-in boilerplate rules, the feed's patterns and its learned boilerplate, record attribution,
/// then serialise the clean HTML and its block-separated text. Safe to call from many threads (one parser per
/// thread). Never throws on bad input: oversized input is cut, deep nesting is flattened.
/// </summary>
public sealed partial class ContentCleaner
{
    private static readonly ThreadLocal<HtmlParser> Parsers = new(() => new HtmlParser(new HtmlParserOptions
    {
        IsNotConsumingCharacterReferences = false,
        IsScripting = false,
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

    public CleanedContent Clean(string? html, Uri? baseUrl, CleaningRules? rules = null)
    {
        rules ??= CleaningRules.None;
        html ??= "";
        var removals = new List<Removal>();
        if (html.Length > _options.MaxInputLength)
        {
            removals.Add(new Removal("input-cut", $"{html.Length - _options.MaxInputLength} characters past {_options.MaxInputLength}"));
            html = html[.._options.MaxInputLength];
        }

        var body = Parsers.Value!.ParseDocument(html).Body!;
        var attribution = new AttributionCollector(baseUrl);
        DomShaping.LimitDepth(body, _options.MaxDepth);
        _sanitizer.Sanitize(body, baseUrl, removals);
        _trackingPixels.Remove(body, removals);
        DomShaping.Paragraphize(body);
        FeedRuleApplier.ApplySelectors(body, rules.RemoveSelectors, removals);
        BuiltInRules.Apply(body, attribution, removals, text => rules.LearnedBlocks.Contains(BlockKey(text)));
        FeedRuleApplier.ApplyPatterns(body, rules.RemovePatterns, removals);
        // Blocks are taken before learned rules apply, so that what was learned stays learnable.
        var blocks = TextUnit.Of(body).Select(u => u.Text).Where(t => t.Length > 0).ToList();
        FeedRuleApplier.ApplyLearned(body, rules.LearnedBlocks, _options.LearnedRuleTextFloor, removals);
        DomShaping.RemoveEmpty(body);

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
    public static string BlockKey(string text) => Digits().Replace(ContentHasher.NormalizeText(text), "0");

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
