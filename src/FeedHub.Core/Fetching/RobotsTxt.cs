namespace FeedHub.Fetching;

/// <summary>
/// A parsed robots.txt (RFC 9309): groups of user agents with their allow and disallow rules. Pure: text in,
/// decisions out; never throws on bad input (lines it cannot read are skipped, as the RFC asks).
/// </summary>
public sealed class RobotsTxt
{
    /// <summary>The RFC asks crawlers to read at least 500 KiB; what follows is ignored.</summary>
    public const int MaxLength = 512 * 1024;

    /// <summary>A Crawl-delay is read up to a day; what to do with a long one is the caller's choice (it clamps).</summary>
    private const double MaxCrawlDelaySeconds = 86_400;

    private readonly IReadOnlyList<RobotsGroup> _groups;

    private RobotsTxt(IReadOnlyList<RobotsGroup> groups) => _groups = groups;

    /// <summary>No robots.txt (a 4xx answer): everything is allowed.</summary>
    public static RobotsTxt AllowAll { get; } = new([]);

    /// <summary>An unreachable robots.txt (5xx, no answer): everything is disallowed for now.</summary>
    public static RobotsTxt DisallowAll { get; } = new([new RobotsGroup(["*"], [new RobotsRule(false, "/")])]);

    public static RobotsTxt Parse(string? text)
    {
        var groups = new List<RobotsGroup>();
        if (string.IsNullOrEmpty(text))
            return new RobotsTxt(groups);
        if (text.Length > MaxLength)
            text = text[..MaxLength];
        List<string>? agents = null;
        List<RobotsRule>? rules = null;
        var delays = new List<double>();
        var lastWasAgent = false;
        foreach (var rawLine in text.TrimStart('\uFEFF').Split(['\n', '\r']))
        {
            var hash = rawLine.IndexOf('#', StringComparison.Ordinal);
            var line = (hash < 0 ? rawLine : rawLine[..hash]).Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
                continue;
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "user-agent" or "useragent" or "user agent":
                    if (!lastWasAgent || agents is null)
                    {
                        agents = [];
                        rules = [];
                        groups.Add(new RobotsGroup(agents, rules));
                        delays.Add(0);
                    }
                    if (value.Length > 0)
                        agents.Add(value == "*" ? "*" : RobotsMatcher.ProductToken(value));
                    lastWasAgent = true;
                    break;
                case "allow" or "disallow" or "dissallow" or "dissalow" or "disalow":
                    lastWasAgent = false;
                    // Rules before any user-agent line belong to no group; an empty path matches nothing.
                    if (rules is null || value.Length == 0)
                        break;
                    var pattern = value[0] is '/' or '*' ? value : "/" + value;
                    rules.Add(new RobotsRule(key == "allow", RobotsMatcher.Normalize(pattern)));
                    break;
                case "crawl-delay" or "crawldelay":
                    // Not in RFC 9309, but widely served: seconds between two requests. Like a rule, it belongs to
                    // the group above it and ends that group's user-agent lines; a value that is no number of
                    // seconds is ignored.
                    lastWasAgent = false;
                    if (delays.Count > 0 && double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
                        && double.IsFinite(seconds) && seconds > 0)
                        delays[^1] = Math.Max(delays[^1], Math.Min(seconds, MaxCrawlDelaySeconds));
                    break;
                default:
                    // Sitemap and unknown records neither end a group nor belong to it.
                    break;
            }
        }
        return new RobotsTxt(groups.Select((g, i) => g with { CrawlDelaySeconds = delays[i] }).ToList());
    }

    /// <summary>
    /// The Crawl-delay of the group that applies to <paramref name="userAgent"/> (chosen as for
    /// <see cref="IsAllowed(string, string)"/>; the longest when several groups apply), zero when it gives none.
    /// </summary>
    public TimeSpan CrawlDelay(string userAgent)
    {
        var seconds = GroupsFor(userAgent).Select(g => g.CrawlDelaySeconds).DefaultIfEmpty(0).Max();
        return TimeSpan.FromSeconds(seconds);
    }

    /// <summary>
    /// Whether <paramref name="userAgent"/> (a User-Agent header or its product token) may fetch <paramref name="url"/>'s
    /// path and query: the groups naming its product token, else the `*` groups; the longest matching rule decides,
    /// Allow winning a tie; no matching rule allows. /robots.txt itself is always allowed.
    /// </summary>
    public bool IsAllowed(string userAgent, Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return IsAllowed(userAgent, url.IsAbsoluteUri ? url.PathAndQuery : url.OriginalString);
    }

    public bool IsAllowed(string userAgent, string pathAndQuery)
    {
        var path = RobotsMatcher.Normalize(string.IsNullOrEmpty(pathAndQuery) ? "/" : pathAndQuery);
        if (path == "/robots.txt")
            return true;
        RobotsRule? best = null;
        foreach (var rule in GroupsFor(userAgent).SelectMany(g => g.Rules))
        {
            if (!RobotsMatcher.Matches(rule.Pattern, path))
                continue;
            if (best is null || rule.Pattern.Length > best.Pattern.Length || (rule.Pattern.Length == best.Pattern.Length && rule.Allow))
                best = rule;
        }
        return best?.Allow ?? true;
    }

    /// <summary>The groups naming the user agent's product token, else the `*` groups.</summary>
    private List<RobotsGroup> GroupsFor(string? userAgent)
    {
        var token = RobotsMatcher.ProductToken(userAgent ?? "");
        var mine = _groups.Where(g => g.Agents.Any(a => a != "*" && string.Equals(a, token, StringComparison.OrdinalIgnoreCase))).ToList();
        return mine.Count > 0 ? mine : _groups.Where(g => g.Agents.Contains("*")).ToList();
    }

    private sealed record RobotsGroup(List<string> Agents, List<RobotsRule> Rules, double CrawlDelaySeconds = 0);

    private sealed record RobotsRule(bool Allow, string Pattern);
}
