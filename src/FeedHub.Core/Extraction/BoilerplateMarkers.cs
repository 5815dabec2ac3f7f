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
    private static readonly HashSet<string> AfterMore = new(StringComparer.Ordinal)
    {
        "news", "stories", "posts", "articles", "from", "like", "on", "in", "to", "read", "videos",
    };

    private static readonly HashSet<string> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "complementary", "banner", "contentinfo", "menu", "menubar", "dialog", "alertdialog", "search",
        "toolbar", "tablist",
    };

    // Whole words of class and id values (split on anything that is not a letter or digit).
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
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
    };

    // Words that mark the article itself: an element with one of them is never boilerplate by its classes.
    private static readonly HashSet<string> ArticleWords = new(StringComparer.Ordinal)
    {
        "article", "articlebody", "body", "content", "entry", "main", "post", "story", "text", "blog",
    };

    // State prefixes say something about the page, not the element: "has-sidebar", "no-comments", "with-ads".
    private static readonly HashSet<string> StatePrefixes = new(StringComparer.Ordinal) { "has", "with", "no", "without", "show", "enable", "disable", "is" };

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
        var boilerplate = false;
        foreach (var token in value.Split(' ', '\t', '\n', '\r'))
        {
            if (token.Length == 0)
                continue;
            var words = WordSplit().Split(token.ToLowerInvariant());
            if (words.Length > 1 && StatePrefixes.Contains(words[0]))
                continue;
            for (var i = 0; i + 1 < words.Length; i++)
                if (words[i] == "more" && AfterMore.Contains(words[i + 1]))
                    boilerplate = true;
            foreach (var word in words)
            {
                // An embedded tweet, video or post is part of the story, whatever else its classes say.
                if (word is "embed" or "embedded" or "tweet")
                    return false;
                if (ArticleWords.Contains(word) && words.Length <= 2 && !words.Any(Words.Contains))
                    return false;
                if (Words.Contains(word))
                    boilerplate = true;
            }
        }
        return boilerplate;
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex WordSplit();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStyle();
}
