using FeedHub.Fetching;

namespace FeedHub.Core.Tests.Fetching;

/// <summary>robots.txt parsing and matching (RFC 9309), including the examples of the RFC and the usual sloppiness.</summary>
public sealed class RobotsTxtTests
{
    private const string Agent = "FeedHub/1.0 (+https://github.com/feedhub/feedhub)";

    [Theory]
    // Groups: ours by product token, case-insensitively; else `*`; else everything allowed.
    [InlineData("OwnGroupWinsOverStar", "User-agent: *\nDisallow: /\n\nUser-agent: FeedHub\nAllow: /\n", "/news/1", true)]
    [InlineData("OwnGroupMatchesCaseInsensitively", "User-agent: *\nAllow: /\n\nUser-agent: feedhub\nDisallow: /news/\n", "/news/1", false)]
    [InlineData("OwnGroupWithVersionInTheLine", "User-agent: FeedHub/2.0\nDisallow: /news/\n", "/news/1", false)]
    [InlineData("OtherBotsGroupDoesNotApply", "User-agent: OtherBot\nDisallow: /\n", "/news/1", true)]
    [InlineData("PrefixOfOurTokenIsAnotherBot", "User-agent: Feed\nDisallow: /\n", "/news/1", true)]
    [InlineData("StarGroupApplies", "User-agent: *\nDisallow: /news/\n", "/news/1", false)]
    [InlineData("NoGroupsAllowsAll", "# nothing here\n", "/news/1", true)]
    [InlineData("EmptyFileAllowsAll", "", "/anything", true)]
    [InlineData("RulesBeforeAnyUserAgentAreIgnored", "Disallow: /\nUser-agent: *\nAllow: /x\n", "/news/1", true)]
    [InlineData("SeveralAgentsShareOneGroup", "User-agent: OtherBot\nUser-agent: FeedHub\nDisallow: /private\n", "/private/a", false)]
    [InlineData("OurGroupsAreMerged", "User-agent: FeedHub\nDisallow: /a\n\nUser-agent: FeedHub\nDisallow: /b\n", "/b/1", false)]
    [InlineData("SitemapLineDoesNotEndTheGroup", "User-agent: *\nSitemap: https://x.example/s.xml\nDisallow: /news/\n", "/news/1", false)]
    [InlineData("AgentAfterRulesStartsANewGroup", "User-agent: OtherBot\nDisallow: /\nUser-agent: FeedHub\nAllow: /\n", "/news/1", true)]
    // Longest match decides; Allow wins a tie.
    [InlineData("LongerAllowBeatsShorterDisallow", "User-agent: *\nDisallow: /news/\nAllow: /news/public/\n", "/news/public/1", true)]
    [InlineData("LongerDisallowBeatsShorterAllow", "User-agent: *\nAllow: /news/\nDisallow: /news/private/\n", "/news/private/1", false)]
    [InlineData("AllowWinsATie", "User-agent: *\nDisallow: /page\nAllow: /page\n", "/page", true)]
    [InlineData("EmptyDisallowAllowsAll", "User-agent: *\nDisallow:\n", "/news/1", true)]
    [InlineData("DisallowIsAPrefixMatch", "User-agent: *\nDisallow: /fish\n", "/fish.html", false)]
    [InlineData("PrefixMatchIsCaseSensitive", "User-agent: *\nDisallow: /fish\n", "/Fish.html", true)]
    [InlineData("QueryIsPartOfThePath", "User-agent: *\nDisallow: /search?q=\n", "/search?q=cats", false)]
    [InlineData("RootDisallowsEverything", "User-agent: *\nDisallow: /\n", "/a/b/c", false)]
    [InlineData("RobotsTxtItselfIsAlwaysAllowed", "User-agent: *\nDisallow: /\n", "/robots.txt", true)]
    // Wildcards and end anchors.
    [InlineData("StarMatchesAnyRun", "User-agent: *\nDisallow: /*.pdf\n", "/files/report.pdf", false)]
    [InlineData("StarMatchesEmptyRun", "User-agent: *\nDisallow: /news*/print\n", "/news/print", false)]
    [InlineData("DollarAnchorsTheEnd", "User-agent: *\nDisallow: /*.pdf$\n", "/files/report.pdf?download=1", true)]
    [InlineData("DollarMatchesAtTheEnd", "User-agent: *\nDisallow: /*.pdf$\n", "/files/report.pdf", false)]
    [InlineData("DollarAloneOnRoot", "User-agent: *\nDisallow: /$\nAllow: /\n", "/", false)]
    [InlineData("DollarOnRootLeavesPagesAllowed", "User-agent: *\nDisallow: /$\n", "/page", true)]
    [InlineData("SeveralStars", "User-agent: *\nDisallow: /*/amp/*\n", "/2019/amp/story", false)]
    [InlineData("StarThenDollar", "User-agent: *\nAllow: /*$\nDisallow: /\n", "/anything", true)]
    [InlineData("LongerWildcardAllowWins", "User-agent: *\nDisallow: /news/\nAllow: /news/*.html\n", "/news/a.html", true)]
    // Percent-encoding: equal paths match however they are spelled.
    [InlineData("EncodedUnreservedMatchesPlain", "User-agent: *\nDisallow: /%7Ejoe/\n", "/~joe/index.html", false)]
    [InlineData("PlainMatchesEncodedPath", "User-agent: *\nDisallow: /~joe/\n", "/%7ejoe/index.html", false)]
    [InlineData("HexCaseDoesNotMatter", "User-agent: *\nDisallow: /a%2fb\n", "/a%2Fb", false)]
    [InlineData("EncodedSlashIsNotASlash", "User-agent: *\nDisallow: /a/b\n", "/a%2Fb", true)]
    [InlineData("NonAsciiPatternMatchesEncodedPath", "User-agent: *\nDisallow: /café\n", "/caf%C3%A9/menu", false)]
    // Sloppy files.
    [InlineData("CommentsAndBlankLinesAreSkipped", "# hi\nUser-agent: * # everyone\n\nDisallow: /news/ # not the news\n", "/news/1", false)]
    [InlineData("KeysAreCaseInsensitive", "USER-AGENT: *\nDISALLOW: /news/\n", "/news/1", false)]
    [InlineData("WindowsLineEnds", "User-agent: *\r\nDisallow: /news/\r\n", "/news/1", false)]
    [InlineData("OldMacLineEnds", "User-agent: *\rDisallow: /news/\r", "/news/1", false)]
    [InlineData("ByteOrderMark", "\uFEFFUser-agent: *\nDisallow: /news/\n", "/news/1", false)]
    [InlineData("MissingLeadingSlash", "User-agent: *\nDisallow: news/\n", "/news/1", false)]
    [InlineData("CommonMisspelling", "User-agent: *\nDissallow: /news/\n", "/news/1", false)]
    [InlineData("LinesWithoutColonAreSkipped", "User-agent: *\nDisallow /\nDisallow: /x\n", "/news/1", true)]
    [InlineData("HtmlErrorPageServedAsRobots", "<html><body><h1>Not found</h1></body></html>", "/news/1", true)]
    public void IsAllowed(string name, string robots, string path, bool allowed)
    {
        RobotsTxt.Parse(robots).IsAllowed(Agent, path).Should().Be(allowed, name);
    }

    [Fact]
    public void IsAllowed_ReadsThePathAndQueryOfAUrl()
    {
        var robots = RobotsTxt.Parse("User-agent: *\nDisallow: /*?print=1\n");
        robots.IsAllowed(Agent, new Uri("https://x.example/story?print=1")).Should().BeFalse();
        robots.IsAllowed(Agent, new Uri("https://x.example/story#print=1")).Should().BeTrue("the fragment is never sent");
    }

    [Fact]
    public void AllowAll_AndDisallowAll()
    {
        RobotsTxt.AllowAll.IsAllowed(Agent, "/x").Should().BeTrue();
        RobotsTxt.DisallowAll.IsAllowed(Agent, "/x").Should().BeFalse();
        RobotsTxt.DisallowAll.IsAllowed(Agent, "/robots.txt").Should().BeTrue();
    }

    [Fact]
    public void Parse_ReadsOnlyTheFirst512KiB()
    {
        var padding = new string('#', RobotsTxt.MaxLength);
        RobotsTxt.Parse("User-agent: *\n" + padding + "\nDisallow: /\n").IsAllowed(Agent, "/x").Should().BeTrue("the rule lies beyond what is read");
        RobotsTxt.Parse("User-agent: *\nDisallow: /\n" + padding).IsAllowed(Agent, "/x").Should().BeFalse();
    }

    [Fact]
    public void Parse_NeverThrows_OnGarbage()
    {
        var random = new Random(9309);
        for (var i = 0; i < 300; i++)
        {
            var chars = Enumerable.Range(0, random.Next(0, 400)).Select(_ => "Uuser-agent:*Disallow:Allow:/$%\n\r#éx?="[random.Next(37)]).ToArray();
            var text = new string(chars);
            var act = () => RobotsTxt.Parse(text).IsAllowed(Agent, "/" + text[..Math.Min(20, text.Length)]);
            act.Should().NotThrow(text);
        }
    }

    [Theory]
    [InlineData("FeedHub/1.0 (+https://github.com/feedhub/feedhub)", "FeedHub")]
    [InlineData("  Googlebot-News ", "Googlebot-News")]
    [InlineData("my_bot/3", "my_bot")]
    [InlineData("Mozilla/5.0 (compatible; FeedHub)", "Mozilla")]
    public void ProductToken_IsTheLeadingName(string userAgent, string token) =>
        RobotsMatcher.ProductToken(userAgent).Should().Be(token);

    [Theory]
    [InlineData("NoCrawlDelay", "User-agent: *\nDisallow: /private\n", 0.0)]
    [InlineData("StarGroupsDelay", "User-agent: *\nCrawl-delay: 10\nDisallow: /private\n", 10.0)]
    [InlineData("OwnGroupWinsOverStar", "User-agent: *\nCrawl-delay: 30\n\nUser-agent: FeedHub\nCrawl-delay: 2\n", 2.0)]
    [InlineData("OtherBotsDelayDoesNotApply", "User-agent: OtherBot\nCrawl-delay: 30\n\nUser-agent: *\nDisallow:\n", 0.0)]
    [InlineData("FractionOfASecond", "User-agent: *\nCrawl-delay: 0.5\n", 0.5)]
    [InlineData("LongestOfMergedGroups", "User-agent: FeedHub\nCrawl-delay: 3\n\nUser-agent: FeedHub\nCrawl-delay: 7\n", 7.0)]
    [InlineData("NotANumberIsIgnored", "User-agent: *\nCrawl-delay: soon\n", 0.0)]
    [InlineData("NegativeIsIgnored", "User-agent: *\nCrawl-delay: -5\n", 0.0)]
    [InlineData("BeforeAnyGroupIsIgnored", "Crawl-delay: 5\nUser-agent: *\nDisallow: /x\n", 0.0)]
    [InlineData("DoesNotEndTheGroup", "User-agent: *\nCrawl-delay: 4\nDisallow: /news/\n", 4.0)]
    [InlineData("ADayAtMost", "User-agent: *\nCrawl-delay: 1e9\n", 86400.0)]
    public void CrawlDelay(string name, string robots, double seconds) =>
        RobotsTxt.Parse(robots).CrawlDelay(Agent).Should().Be(TimeSpan.FromSeconds(seconds), name);

    [Fact]
    public void CrawlDelay_DoesNotChangeTheRules()
    {
        var robots = RobotsTxt.Parse("User-agent: *\nCrawl-delay: 4\nDisallow: /news/\n");

        robots.IsAllowed(Agent, "/news/1").Should().BeFalse();
        robots.IsAllowed(Agent, "/about").Should().BeTrue();
    }
}
