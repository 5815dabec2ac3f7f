using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace FeedHub.Extraction;

/// <summary>
/// Tells whether an element is, by its tag, ARIA role or class and id words, something other than the article:
/// navigation, sharing, comments, ads, promotions, related links, bylines and other page furniture.
/// </summary>
internal static partial class BoilerplateMarkers
{
    private static readonly HashSet<string> Tags = new(StringComparer.Ordinal) { "nav", "aside", "footer", "header", "menu", "figcaption" };

    // "more-news", "more-from-author", "more-stories": lists of other articles.
    private static readonly WordSet AfterMore = new(
    [
        "news", "stories", "posts", "articles", "from", "like", "on", "in", "to", "read", "videos",
    ]);

    private static readonly HashSet<string> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "complementary", "banner", "contentinfo", "menu", "menubar", "dialog", "alertdialog", "search",
        "toolbar", "tablist",
    };

    // Whole words of class and id values (split on anything that is not a letter or digit).
    private static readonly WordSet Words = new(
    [
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "sidebar", "footer", "masthead", "toolbar",
        "comment", "comments", "disqus", "replies", "respond", "share", "sharing", "sharebar", "social", "sociallinks",
        "related", "recommended", "recommendations", "recirc", "trending", "popular", "outbrain", "taboola", "promo",
        "promotion", "newsletter", "subscribe", "subscription", "signup", "paywall", "advert", "advertisement",
        "advertising", "ad", "ads", "adsense", "adslot", "dfp", "sponsor", "sponsored", "popup", "modal", "overlay",
        "cookie", "cookies", "consent", "gdpr", "banner", "widget", "widgets", "tags", "byline", "bio", "meta",
        "dateline", "timestamp", "print", "pagination", "pager", "skip", "sronly", "rss", "feedback", "rating", "login",
        "hidden", "hide", "invisible", "offscreen", "tooltip", "caption", "credit", "credits", "figcaption", "copyright",
        "disclaimer", "author", "authors", "contributor", "signature", "icon", "icons", "button", "buttons", "btn",
        "excerpt", "teaser", "teasers", "archive", "headlines", "readmore", "readnext", "upnext",
    ]);

    // Words that mark the article itself: an element with one of them is never boilerplate by its classes.
    private static readonly WordSet ArticleWords = new(
    [
        "article", "articlebody", "body", "content", "entry", "main", "post", "story", "text", "blog",
    ]);

    // State prefixes say something about the page, not the element: "has-sidebar", "no-comments", "with-ads".
    private static readonly WordSet StatePrefixes = new(["has", "with", "no", "without", "show", "enable", "disable", "is"]);

    private static readonly WordSet Embeds = new(["embed", "embedded", "tweet"]);

    public static bool IsBoilerplate(IElement element)
    {
        var name = element.LocalName;
        if (name is "body" or "html" or "main")
            return false;
        if (Tags.Contains(name))
            return true;
        // An article inside a list item is a teaser in a list of other articles.
        if (name == "article" && element.ParentElement?.LocalName == "li")
            return true;
        if (element.GetAttribute("role") is { } role && Roles.Contains(role.Trim()))
            return true;
        if (string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
            return true;
        if (name == "article")
            return false;
        if (element.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
            return false;
        return HasBoilerplateWords(element.GetAttribute("class")) || HasBoilerplateWords(element.GetAttribute("id"));
    }

    /// <summary>Hidden from every reader: never part of an article.</summary>
    public static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden"))
            return true;
        var style = element.GetAttribute("style");
        return style is not null && HiddenStyle().IsMatch(style);
    }

    internal static bool HasBoilerplateWords(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return false;
        // Runs on every element of every page: spans and alternate lookups, no allocation.
        var boilerplate = false;
        Span<Range> words = stackalloc Range[12];
        foreach (var tokenRange in value.AsSpan().SplitAny(" \t\n\r"))
        {
            var token = value.AsSpan(tokenRange);
            var count = SplitWords(token, words);
            if (count == 0 || (count > 1 && StatePrefixes.Contains(token[words[0]])))
                continue;
            // "InlineImage-imageEmbedCaption", "embed-credit": the caption of an embedded picture is still a caption.
            if (EndsWithCaptionWord(token))
            {
                boilerplate = true;
                continue;
            }
            var anyBoilerplate = false;
            var anyArticle = false;
            for (var i = 0; i < count; i++)
            {
                var word = token[words[i]];
                // An embedded tweet, video or post is part of the story, whatever else its classes say.
                if (Embeds.Contains(word))
                    return false;
                anyArticle |= ArticleWords.Contains(word);
                anyBoilerplate |= Words.Contains(word)
                    || (i + 1 < count && word.Equals("more", StringComparison.OrdinalIgnoreCase) && AfterMore.Contains(token[words[i + 1]]));
            }
            if (anyArticle && count <= 2 && !anyBoilerplate)
                return false;
            boilerplate |= anyBoilerplate;
        }
        return boilerplate;
    }

    /// <summary>
    /// The token's last word is "caption" or "credit(s)", written as a word of its own or camel-cased onto the
    /// word before ("imageCaption"), but not inside another word ("figcaption" is in <see cref="Words"/>).
    /// </summary>
    private static bool EndsWithCaptionWord(ReadOnlySpan<char> token)
    {
        foreach (var word in (ReadOnlySpan<string>)["caption", "captions", "credit", "credits"])
        {
            if (!token.EndsWith(word, StringComparison.OrdinalIgnoreCase))
                continue;
            var start = token.Length - word.Length;
            if (start == 0 || !char.IsAsciiLetterOrDigit(token[start - 1]) || (char.IsAsciiLetterUpper(token[start]) && char.IsAsciiLetterLower(token[start - 1])))
                return true;
        }
        return false;
    }

    /// <summary>Words of a class or id token: runs of letters and digits ("post_meta-2" → post, meta, 2).</summary>
    private static int SplitWords(ReadOnlySpan<char> token, Span<Range> words)
    {
        var count = 0;
        var start = -1;
        for (var i = 0; i <= token.Length && count < words.Length; i++)
        {
            var inWord = i < token.Length && char.IsAsciiLetterOrDigit(token[i]);
            if (inWord && start < 0)
                start = i;
            else if (!inWord && start >= 0)
            {
                words[count++] = start..i;
                start = -1;
            }
        }
        return count;
    }

    private sealed class WordSet(IEnumerable<string> words)
    {
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup =
            new HashSet<string>(words, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

        public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
    }

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStyle();
}
