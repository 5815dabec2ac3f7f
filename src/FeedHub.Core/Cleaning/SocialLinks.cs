using System.Buffers;
using AngleSharp.Dom;

namespace FeedHub.Cleaning;

/// <summary>Share buttons and links to social profiles: recognised by where they point, in any language.</summary>
internal static class SocialLinks
{
    private static readonly string[] ShareTargets =
    [
        "facebook.com/sharer", "facebook.com/share", "twitter.com/intent", "twitter.com/share", "x.com/intent",
        "x.com/share", "linkedin.com/sharearticle", "linkedin.com/shareArticle", "linkedin.com/cws/share",
        "pinterest.com/pin/create", "wa.me/", "api.whatsapp.com/send", "whatsapp://send", "t.me/share", "telegram.me/share",
        "reddit.com/submit", "tumblr.com/share", "tumblr.com/widgets/share", "getpocket.com/save", "getpocket.com/edit",
        "news.google.com/publications", "feedburner.google.com/fb/a/mailverify", "share.flipboard.com", "vk.com/share",
        "connect.ok.ru", "plus.google.com/share", "buffer.com/add", "mix.com/add", "addtoany.com/share", "xing.com/spi/shares",
        "threads.net/intent", "bsky.app/intent", "mastodonshare.com",
    ];

    private static readonly SearchValues<string> ShareTargetValues = SearchValues.Create(ShareTargets, StringComparison.OrdinalIgnoreCase);

    private static readonly string[] SocialHosts =
    [
        "facebook.com", "fb.com", "twitter.com", "x.com", "instagram.com", "t.me", "telegram.me", "linkedin.com",
        "youtube.com", "whatsapp.com", "wa.me", "news.google.com", "threads.net", "bsky.app", "tiktok.com", "pinterest.com",
        "vk.com", "ok.ru", "flipboard.com", "reddit.com", "tumblr.com", "mastodon.social", "xing.com", "line.me", "weibo.com",
    ];

    public static bool IsShare(IElement a)
    {
        var href = a.GetAttribute("href") ?? "";
        return href.StartsWith("mailto:?", StringComparison.OrdinalIgnoreCase)
            || href.AsSpan().ContainsAny(ShareTargetValues);
    }

    /// <summary>A link to a social network at all (a profile, a channel, a share button).</summary>
    public static bool IsSocial(IElement a)
    {
        if (IsShare(a))
            return true;
        if (!Uri.TryCreate(a.GetAttribute("href"), UriKind.Absolute, out var uri))
            return false;
        var host = uri.Host.ToLowerInvariant();
        return SocialHosts.Any(h => host == h || host.EndsWith("." + h, StringComparison.Ordinal));
    }
}
