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
        "track.hubspot.com", "t.co", "pixel.mathtag.com", "bat.bing.com", "px.ads.linkedin.com",
    ];

    /// <summary>The share of an article's text that learned rules may never remove (0..1).</summary>
    public double LearnedRuleTextFloor { get; set; } = 0.5;

    /// <summary>Longer input is cut to this many characters before parsing (bounded time and memory).</summary>
    public int MaxInputLength { get; set; } = 1_000_000;

    /// <summary>Elements nested deeper than this are flattened into their ancestor at this depth (tags past twice this are dropped before parsing).</summary>
    public int MaxDepth { get; set; } = 64;

    /// <summary>An item with more elements than this keeps only its text (bounded time on pathological markup).</summary>
    public int MaxElements { get; set; } = 10_000;

    public void Validate()
    {
        if (LearnedRuleTextFloor is < 0 or >= 1)
            throw new ArgumentOutOfRangeException(nameof(LearnedRuleTextFloor), LearnedRuleTextFloor, "LearnedRuleTextFloor must be in [0, 1).");
        if (MaxInputLength < 1024)
            throw new ArgumentOutOfRangeException(nameof(MaxInputLength), MaxInputLength, "MaxInputLength must be at least 1024.");
        if (MaxElements < 100)
            throw new ArgumentOutOfRangeException(nameof(MaxElements), MaxElements, "MaxElements must be at least 100.");
        if (MaxDepth is < 8 or > 512)
            throw new ArgumentOutOfRangeException(nameof(MaxDepth), MaxDepth, "MaxDepth must be between 8 and 512.");
    }
}
