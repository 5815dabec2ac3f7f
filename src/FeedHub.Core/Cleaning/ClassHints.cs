using System.Collections.Concurrent;
using System.Collections.Frozen;
using AngleSharp.Dom;

namespace FeedHub.Cleaning;

/// <summary>
/// What the markup says a block is, in any language: the class and id names that themes, plugins and platforms give
/// the boxes they add (<c>jp-relatedposts</c>, <c>sharedaddy</c>, <c>ad-slot</c>, <c>newsletter-signup</c>,
/// <c>post-tags</c>, <c>comments-area</c>, <c>screen-reader-text</c>), and the <c>&lt;nav&gt;</c> element. A unit is
/// judged by the nearest element around it, or holding it whole, whose names carry such a word, as long as that
/// element is a small part of the item and holds no paragraph of prose: a theme that names the article's own wrapper
/// <c>post tag-politics</c>, or a page that puts its text in a box named <c>read-more</c>, says nothing about the article's paragraphs. Names are split into words at hyphens, underscores, digits and
/// lower-to-upper case changes, so <c>relatedPosts</c>, <c>related_posts</c> and <c>c-related-posts__list</c> read alike.
/// The words were chosen from the naming conventions of WordPress core and its widespread plugins, of Drupal,
/// Joomla, Ghost, Blogger and ad servers, as readability tools (Mozilla Readability's "unlikely candidates",
/// Trafilatura's discard lists) also use them; no word comes from one site.
/// </summary>
internal sealed class ClassHints
{
    /// <summary>An element holding more than this share of the item's text is the article (or most of it), whatever its names.</summary>
    private const int MaxShareOfItem = 3; // one third

    /// <summary>Nor does an element with more text than this hold only boilerplate.</summary>
    private const int MaxBoxLength = 1500;

    private readonly List<TextUnit> _units;
    private readonly IReadOnlyDictionary<IElement, string>? _droppedNames;

    // Found when first needed: most items have no named box, and most units are judged before their names are read.
    private Dictionary<IElement, string?>? _hints;
    private HashSet<IElement>? _aroundProse;
    private int _itemLength;

    /// <param name="units">The item's units: their lengths make the item's, and a box around any paragraph of prose is the article's.</param>
    /// <param name="droppedNames">Ids and roles the sanitizer took off elements.</param>
    public ClassHints(List<TextUnit> units, IReadOnlyDictionary<IElement, string>? droppedNames = null)
    {
        _units = units;
        _droppedNames = droppedNames is { Count: > 0 } ? droppedNames : null;
    }

    /// <summary>The kind of box the unit sits in, by its names; null when nothing small around it is named.</summary>
    public string? Of(TextUnit unit)
    {
        // Inline wrappers that hold the whole unit first (<p><span class="ad-label">Anzeige</span></p>), then the block and its ancestors.
        if (unit.IsWholeBlock && WholeInlineHint(unit.Block) is { } inline)
            return ReferenceEquals(inline, Content) ? null : inline;
        for (var element = unit.Block; element is not null && element.LocalName != "body"; element = element.ParentElement)
        {
            if (element.LocalName is "pre" or "code" or "blockquote")
                return null; // a code sample's highlighter names its lines as it likes ("crayon-plain-tag"); a quotation is the article's
            _hints ??= [];
            if (!_hints.TryGetValue(element, out var hint))
            {
                hint = NamesHint(element);
                if (hint is not null && !ReferenceEquals(hint, Content) && !IsSmall(element))
                    hint = Content;
                _hints[element] = hint;
            }
            if (ReferenceEquals(hint, Content))
                return null; // the article's, or past here every ancestor holds as much text or more
            if (hint is not null)
                return hint;
        }
        return null;
    }

    /// <summary>
    /// The outermost named box around the unit (a share bar's label is named, and so is the bar that holds it and its
    /// buttons), among those small enough to judge by their names; null when none is.
    /// </summary>
    public IElement? OutermostBoxOf(TextUnit unit)
    {
        IElement? box = null;
        for (var element = unit.Block; element is not null && element.LocalName != "body"; element = element.ParentElement)
        {
            var hint = NamesHint(element);
            if (ReferenceEquals(hint, Content) || (hint is not null && !IsSmall(element)))
                break;
            if (hint is not null)
                box = element;
        }
        return box;
    }

    /// <summary>What a box's names or size say is the article's: no name further out judges what it holds.</summary>
    private static readonly string Content = new("content".ToCharArray());

    private bool IsSmall(IElement element)
    {
        if (_aroundProse is null)
        {
            _aroundProse = [];
            foreach (var unit in _units)
            {
                _itemLength += unit.Text.Length;
                if (!BlockClassifier.IsProse(unit.Text, BlockClassifier.CountWords(unit.Text)))
                    continue;
                for (var e = unit.Block; e is not null && e.LocalName != "body" && _aroundProse.Add(e); e = e.ParentElement)
                {
                }
            }
        }
        if (_aroundProse.Contains(element))
            return false;
        var length = HtmlText.CollapsedTextOf(element).Length;
        return length <= MaxBoxLength && length * MaxShareOfItem <= _itemLength;
    }

    private static string? WholeInlineHint(IElement block)
    {
        var node = block;
        while (OnlyChildElement(node) is { } only && only.LocalName is not ("a" or "img"))
        {
            if (HintOf(only) is { } hint)
                return hint;
            node = only;
        }
        return null;
    }

    private static IElement? OnlyChildElement(IElement element)
    {
        IElement? only = null;
        foreach (var child in element.ChildNodes)
        {
            if (child is IText t && string.IsNullOrWhiteSpace(t.Data))
                continue;
            if (child is not IElement e || only is not null)
                return null;
            only = e;
        }
        return only;
    }

    /// <summary>The kind an element's class says it is, or else the id and role the sanitizer took off it.</summary>
    private string? NamesHint(IElement element) =>
        HintOf(element) ?? (_droppedNames is not null && _droppedNames.TryGetValue(element, out var names) ? HintOfNames(names) : null);

    /// <summary>The kind an element's class, or the element itself, says it is.</summary>
    internal static string? HintOf(IElement element) =>
        HintOfNames(element.GetAttribute("class")) ?? (element.LocalName == "nav" ? "navigation" : null);

    internal static string? HintOfNames(string? names)
    {
        if (string.IsNullOrEmpty(names))
            return null;
        // Themes repeat their names on every item: each distinct value is read once (up to a bound, against hostile input).
        if (NameCache.TryGetValue(names, out var cached))
            return cached;
        var hint = ReadNames(names);
        if (NameCache.Count < MaxCachedNames)
            NameCache.TryAdd(names, hint);
        return hint;
    }

    private const int MaxCachedNames = 20_000;

    private static readonly ConcurrentDictionary<string, string?> NameCache = new(StringComparer.Ordinal);

    private static string? ReadNames(string names)
    {
        string? found = null;
        string? previous = null;
        foreach (var word in Words(names))
        {
            if (Vetoes.Contains(word))
                return Content; // an embedded post, quotation or code sample: the article's, whatever else its names say
            found ??= (previous is not null && Pairs.TryGetValue(previous + " " + word, out var pair) ? pair : null)
                ?? (Single.TryGetValue(word, out var single) ? single : null)
                ?? ByPrefix(word);
            previous = word;
        }
        return found;
    }

    private static string? ByPrefix(string word)
    {
        foreach (var (prefix, kind) in Prefixes)
        {
            if (word.Length > prefix.Length && word.StartsWith(prefix, StringComparison.Ordinal))
                return kind;
        }
        return null;
    }

    /// <summary>Lower-case words of class or id names: split at anything not a letter, and where lower case turns upper.</summary>
    internal static IEnumerable<string> Words(string names)
    {
        var start = -1;
        for (var i = 0; i <= names.Length; i++)
        {
            var c = i < names.Length ? names[i] : ' ';
            var letter = char.IsAsciiLetter(c);
            var boundary = !letter || (start >= 0 && char.IsAsciiLetterUpper(c) && char.IsAsciiLetterLower(names[i - 1]));
            if (boundary && start >= 0)
            {
                yield return names[start..i].ToLowerInvariant();
                start = -1;
            }
            if (letter && start < 0)
                start = i;
        }
    }

    private static readonly FrozenDictionary<string, string> Single = new Dictionary<string, string>
    {
        ["related"] = "related", ["relatedposts"] = "related", ["yarpp"] = "related", ["recommended"] = "related",
        ["recommendations"] = "related", ["suggested"] = "related", ["readnext"] = "related", ["mostread"] = "related",
        ["morestories"] = "related", ["trending"] = "related",
        ["share"] = "share", ["shares"] = "share", ["sharing"] = "share", ["sharedaddy"] = "share", ["sharethis"] = "share",
        ["addtoany"] = "share", ["shareaholic"] = "share", ["social"] = "share",
        ["newsletter"] = "subscribe", ["subscribe"] = "subscribe", ["subscription"] = "subscribe", ["signup"] = "subscribe",
        ["optin"] = "subscribe", ["mailchimp"] = "subscribe", ["formkit"] = "subscribe", ["mailpoet"] = "subscribe",
        ["ad"] = "advertisement", ["ads"] = "advertisement", ["advert"] = "advertisement", ["adverts"] = "advertisement",
        ["advertisement"] = "advertisement", ["advertising"] = "advertisement", ["adsense"] = "advertisement",
        ["adslot"] = "advertisement", ["adunit"] = "advertisement", ["dfp"] = "advertisement", ["gpt"] = "advertisement",
        ["sponsor"] = "advertisement", ["sponsored"] = "advertisement", ["promo"] = "advertisement", ["promoted"] = "advertisement",
        ["banner"] = "advertisement", ["banners"] = "advertisement", ["outbrain"] = "advertisement", ["taboola"] = "advertisement",
        ["comment"] = "comments-closed", ["comments"] = "comments-closed", ["respond"] = "comments-closed", ["disqus"] = "comments-closed",
        ["tag"] = "tags", ["tags"] = "tags", ["tagcloud"] = "tags", ["categories"] = "tags", ["keywords"] = "tags",
        ["byline"] = "byline", ["meta"] = "byline", ["readtime"] = "reading-time", ["readingtime"] = "reading-time",
        ["readmore"] = "read-more",
        ["credit"] = "image-credit", ["credits"] = "image-credit",
        ["tts"] = "listen", ["listen"] = "listen", ["beyondwords"] = "listen",
        ["paywall"] = "paywall",
        ["donate"] = "support", ["donation"] = "support", ["donations"] = "support", ["patreon"] = "support", ["kofi"] = "support",
        ["tipjar"] = "support",
        ["affiliate"] = "affiliate", ["disclosure"] = "affiliate", ["disclaimer"] = "affiliate",
        ["breadcrumb"] = "navigation", ["breadcrumbs"] = "navigation", ["pagination"] = "navigation", ["pager"] = "navigation",
        ["navigation"] = "navigation", ["menu"] = "navigation",
        ["footer"] = "footer", ["widget"] = "widget", ["sidebar"] = "widget",
        ["screenreader"] = "hidden",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Two words that say it together, where neither does alone.</summary>
    private static readonly FrozenDictionary<string, string> Pairs = new Dictionary<string, string>
    {
        ["read more"] = "read-more", ["more link"] = "read-more", ["continue reading"] = "read-more", ["jump link"] = "read-more",
        ["read next"] = "related", ["most read"] = "related", ["more stories"] = "related", ["also read"] = "related",
        ["sign up"] = "subscribe", ["opt in"] = "subscribe", ["email capture"] = "subscribe",
        ["reading time"] = "reading-time", ["read time"] = "reading-time",
        ["screen reader"] = "hidden", ["visually hidden"] = "hidden", ["sr only"] = "hidden",
        ["text to"] = "listen", ["audio player"] = "listen",
        ["post source"] = "source", ["article source"] = "source", ["original source"] = "source",
        ["author bio"] = "byline", ["author box"] = "byline", ["about author"] = "byline",
        ["tip jar"] = "support",
        ["members only"] = "paywall", ["subscriber only"] = "paywall",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly (string Prefix, string Kind)[] Prefixes =
    [
        ("related", "related"), ("sharing", "share"), ("newsletter", "subscribe"), ("advert", "advertisement"),
        ("sponsor", "advertisement"), ("paywall", "paywall"),
    ];

    /// <summary>Names of embedded posts, quotations and code: what they hold is the article's, even inside a named box.</summary>
    private static readonly FrozenSet<string> Vetoes = new[]
    {
        "embed", "tweet", "quote", "blockquote", "pullquote", "code", "highlight", "instagram", "tiktok",
    }.ToFrozenSet(StringComparer.Ordinal);
}
