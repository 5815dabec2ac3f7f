using FeedHub.Cleaning;

namespace FeedHub.Core.Tests.Cleaning;

/// <summary>
/// A line after the article that names the item's title is a re-poster's, in any language ("The post TITLE appeared
/// first on …"): the rows use Icelandic and Welsh wordings no phrasebook entry holds, so only the title can decide.
/// </summary>
public sealed class TitleLineTests
{
    private const string Title = "Council approves the new budget";
    private const string Article = "<p>The council approved the new budget on Tuesday after a long debate about school funding and road repairs.</p>"
        + "<p>Work on the ring road starts in March and should end before the winter, the city engineer told reporters.</p>";
    private const string ArticleText = "The council approved the new budget on Tuesday after a long debate about school funding and road repairs.\n"
        + "Work on the ring road starts in March and should end before the winter, the city engineer told reporters.";
    private static readonly ContentCleaner Cleaner = new(new CleaningOptions());
    private static readonly Uri ItemUrl = new("https://aggregator.example/news/42/");

    public static TheoryData<string, string> Lines => new()
    {
        { "the title as a link", "<p>Færslan <a href=\"https://frettir.example/2026/11/fjarlog/\">Council approves the new budget</a> birtist fyrst á Fréttum.</p>" },
        { "the title in quotes", "<p>Cyhoeddwyd “Council approves the new budget” gyntaf ar Newyddion.</p>" },
        { "the title after a colon", "<p>Birtist fyrst á Fréttum: Council approves the new budget</p>" },
        { "the title before a dash", "<p>Council approves the new budget — birtist fyrst á Fréttum</p>" },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void Clean_RemovesALineAfterTheArticleThatNamesItsTitle(string name, string line)
    {
        var result = Cleaner.Clean(Article + line, ItemUrl, title: Title);

        result.Text.Should().Be(ArticleText, name);
        result.Removals.Select(r => r.Rule).Should().Contain("title-line", name);
    }

    [Fact]
    public void Clean_TakesTheOriginalFromATitleLineThatLinksElsewhere()
    {
        var result = Cleaner.Clean(Article + "<p>Færslan <a href=\"https://frettir.example/2026/11/fjarlog/\">Council approves the new budget</a> birtist fyrst á Fréttum.</p>", ItemUrl, title: Title);

        result.OriginalUrl.Should().Be("https://frettir.example/2026/11/fjarlog/");
    }

    public static TheoryData<string, string, string> Kept => new()
    {
        // The author's own sentence that uses the title's words (Thomas Maurer's feed ends a post that way).
        { "a sentence using the title's words", Article + "<p>Read how the council approves the new budget next year.</p>", Title },
        { "the title inside the article", "<p>Birtist fyrst á Fréttum: Council approves the new budget</p>" + Article, Title },
        { "a title too short to tell apart", Article + "<p>Birtist fyrst á Fréttum: Budget day</p>", "Budget day" },
        { "no title", Article + "<p>Birtist fyrst á Fréttum: Council approves the new budget</p>", "" },
    };

    [Theory]
    [MemberData(nameof(Kept))]
    public void Clean_KeepsLinesThatDoNotNameTheTitleAfterTheArticle(string name, string html, string title)
    {
        Cleaner.Clean(html, ItemUrl, title: title).Removals.Select(r => r.Rule).Should().NotContain("title-line", name);
    }
}
