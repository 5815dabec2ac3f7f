using System.Text.RegularExpressions;
using FeedHub.Cleaning;
using FeedHub.Testing;

namespace FeedHub.Core.Tests.Cleaning;

public sealed partial class GoldenTests
{
    private static readonly ContentCleaner Cleaner = new(new CleaningOptions());

    public static TheoryData<string> BoilerplateFeeds => new()
    {
        "weekly-blitz/origin-feed.xml",
        "weekly-blitz/aggregator-feed.xml",
        // WordPress (generator wordpress.org / wordpress.com), Yoast "appeared first on", "Read More", "Continue reading".
        "real-feeds/codehollow/Rss20CodeHollowCom.xml",
        "real-feeds/codehollow/Rss20ContentWindCom.xml",
        "real-feeds/codehollow/Rss20DerBrutkasten.xml",
        "real-feeds/codehollow/Rss20IndianExpress.xml",
        "real-feeds/codehollow/Rss20JungeGruender.xml",
        "real-feeds/codehollow/Rss20RomaNews.xml",
        "real-feeds/codehollow/Rss20ThomasMaurer.xml",
        "real-feeds/codehollow/Rss20TrendingTopics.xml",
        "real-feeds/codehollow/Rss20HubSpot.xml",
        "real-feeds/codehollow/AtomVergeAllPosts.xml",
    };

    [Theory]
    [MemberData(nameof(BoilerplateFeeds))]
    public void Clean_MatchesGoldenFiles(string fixture)
    {
        var feed = GoldenFeeds.Read(fixture.Split('/'));
        var cleaned = feed.Items.Select(i => Cleaner.Clean(GoldenFeeds.HtmlOf(i), GoldenFeeds.BaseOf(i), title: i.Title)).ToList();
        var name = Path.GetFileNameWithoutExtension(fixture);
        if (fixture.StartsWith("weekly-blitz", StringComparison.Ordinal))
            name = "WeeklyBlitz-" + name;

        GoldenFeeds.Verify(name + ".before.txt", GoldenFeeds.Before(feed));
        GoldenFeeds.Verify(name + ".after.txt", GoldenFeeds.After(feed, cleaned));
    }

    [Theory]
    [MemberData(nameof(BoilerplateFeeds))]
    public void Clean_LeavesNoKnownBoilerplate(string fixture)
    {
        var feed = GoldenFeeds.Read(fixture.Split('/'));
        feed.Items.Should().NotBeEmpty();
        foreach (var item in feed.Items)
        {
            var text = Cleaner.Clean(GoldenFeeds.HtmlOf(item), GoldenFeeds.BaseOf(item), title: item.Title).Text;
            var lines = text.Split('\n');
            foreach (var line in lines)
                KnownBoilerplate().IsMatch(line).Should().BeFalse($"\"{line}\" in {item.Title} is boilerplate");
            // Mid-article "Source:" lines cite data and stay; at the very end they are a re-poster's.
            lines[^1].Should().NotStartWith("Source:", $"the last line of {item.Title} is not a source line");
        }
    }

    /// <summary>
    /// Every line of the item's text is either in the clean text or inside something a rule removed, and built-in
    /// rules only ever remove short blocks: no sentence of the article goes.
    /// </summary>
    [Theory]
    [MemberData(nameof(BoilerplateFeeds))]
    public void Clean_KeepsEveryArticleLine(string fixture)
    {
        var feed = GoldenFeeds.Read(fixture.Split('/'));
        foreach (var item in feed.Items)
        {
            var html = GoldenFeeds.HtmlOf(item);
            var result = Cleaner.Clean(html, GoldenFeeds.BaseOf(item), title: item.Title);
            var removed = result.Removals.Select(r => r.Text).ToList();
            foreach (var line in HtmlText.FromFragment(html ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var kept = result.Text.Contains(TrimMarker(line), StringComparison.Ordinal)
                    || removed.Any(r => r.Contains(line, StringComparison.Ordinal) || line.Contains(r, StringComparison.Ordinal));
                kept.Should().BeTrue($"\"{line}\" of {item.Title} is kept or was removed by a rule");
            }
            foreach (var removal in result.Removals.Where(r => !r.Rule.StartsWith("sanitize:", StringComparison.Ordinal)))
                removal.Text.Length.Should().BeLessThanOrEqualTo(BoilerplatePatterns.MaxBlockLength, $"{removal.Rule} removes only short blocks");
        }
    }

    [Theory]
    [InlineData("origin-feed.xml")]
    [InlineData("aggregator-feed.xml")]
    public void Clean_WeeklyBlitzComesOutAsTheExpectedBody(string file)
    {
        var feed = GoldenFeeds.Read("weekly-blitz", file);
        var item = feed.Items.Single(i => i.Title!.StartsWith("China", StringComparison.OrdinalIgnoreCase));

        var result = Cleaner.Clean(GoldenFeeds.HtmlOf(item), GoldenFeeds.BaseOf(item), title: item.Title);

        result.Text.Should().Be(FixtureFiles.Text("weekly-blitz", "expected-body.txt").Trim().ReplaceLineEndings("\n"));
        result.OriginalUrl.Should().Be("https://weeklyblitz.net/2025/03/25/china-rejects-speculation-on-involvement-in-ukraine-peacekeeping-mission/");
    }

    private static string TrimMarker(string line) => BoilerplatePatterns.TrailingExcerptMarker().Replace(line, "").TrimEnd();

    [GeneratedRegex(@"appeared first on|^\W*(read more|continue reading|weiterlesen|lire la suite)\W*$|comments are closed|google news|\[(…|\.\.\.)\]\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex KnownBoilerplate();
}
