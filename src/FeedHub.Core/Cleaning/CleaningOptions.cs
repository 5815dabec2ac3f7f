namespace FeedHub.Cleaning;

/// <summary>Cleaning settings bound from the `Cleaning` section.</summary>
public sealed class CleaningOptions
{
    public const string Section = "Cleaning";

    /// <summary>Hosts whose iframes (video players) are kept; every other iframe is removed.</summary>
    public List<string> AllowedVideoHosts { get; set; } =
        ["youtube.com", "youtube-nocookie.com", "player.vimeo.com", "dailymotion.com", "player.twitch.tv", "w.soundcloud.com"];

    /// <summary>Hosts whose images are tracking pixels, whatever their size.</summary>
    public List<string> TrackerHosts { get; set; } =
    [
        "feeds.feedburner.com", "feedproxy.google.com", "pixel.wp.com", "stats.wordpress.com", "google-analytics.com",
        "www.google-analytics.com", "pixel.quantserve.com", "b.scorecardresearch.com", "sb.scorecardresearch.com",
        "ad.doubleclick.net", "pubads.g.doubleclick.net", "feeds.feedblitz.com", "rss.feedsportal.com",
        "pi.feedsportal.com", "da.feedsportal.com", "api.rss2json.com", "mf.feeds.reuters.com", "feedads.g.doubleclick.net",
        "www.facebook.com", "counter.yadro.ru", "mc.yandex.ru", "top-fwz1.mail.ru", "certify.alexametrics.com",
    ];

    /// <summary>The share of an article's text that learned rules may never remove (0..1).</summary>
    public double LearnedRuleTextFloor { get; set; } = 0.5;
}
