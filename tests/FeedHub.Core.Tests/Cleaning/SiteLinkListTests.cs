using FeedHub.Cleaning;

namespace FeedHub.Core.Tests.Cleaning;

/// <summary>
/// Lists of links to the item's own site's other articles, at the item's head or tail, in any language and any markup
/// (no class names here: the labels are Icelandic and the markup plain). Links to other sites, and such lists inside
/// the article, stay.
/// </summary>
public sealed class SiteLinkListTests
{
    private const string Article = "<p>The council approved the new budget on Tuesday after a long debate about school funding and road repairs.</p>"
        + "<p>Work on the ring road starts in March and should end before the winter, the city engineer told reporters.</p>";
    private const string ArticleText = "The council approved the new budget on Tuesday after a long debate about school funding and road repairs.\n"
        + "Work on the ring road starts in March and should end before the winter, the city engineer told reporters.";
    private static readonly ContentCleaner Cleaner = new(new CleaningOptions());
    private static readonly Uri ItemUrl = new("https://frettir.example/2026/11/fjarlog/");

    private static string Line(string slug, string title) => $"<p><a href=\"https://frettir.example/2026/11/{slug}/\">{title}</a></p>";

    private static readonly string TwoLines = Line("nyr-vegur", "Nýr vegur opnaður við höfnina í dag og umferð beint þangað")
        + Line("skolar", "Skólar fá meira fé á næsta ári en nokkru sinni áður");

    [Fact]
    public void Clean_RemovesTwoLinesToTheSitesArticlesUnderALabel_AtTheTail()
    {
        var result = Cleaner.Clean(Article + "<h4>Tengt efni</h4>" + TwoLines, ItemUrl);

        result.Text.Should().Be(ArticleText);
        result.Removals.Where(r => r.Rule == "related").Should().HaveCount(3);
    }

    [Fact]
    public void Clean_RemovesThreeLinesToTheSitesArticles_AtTheHead()
    {
        var result = Cleaner.Clean(TwoLines + Line("hofnin", "Höfnin stækkuð um helming á næstu fimm árum") + Article, ItemUrl);

        result.Text.Should().Be(ArticleText);
    }

    [Fact]
    public void Clean_SplitsLinksSideBySideIntoLines_AndRemovesThemUnderALabel()
    {
        // A Bootstrap list group: the links are blocks by their style only, with nothing between them in the markup.
        var group = "<div class=\"list-group\"><div class=\"list-group-item active\">Tengt efni</div>"
            + "<a href=\"https://frettir.example/2026/11/a/\" class=\"list-group-item\">Nýr vegur opnaður við höfnina</a>"
            + "<a href=\"https://frettir.example/2026/11/b/\" class=\"list-group-item\">Skólar fá meira fé á næsta ári</a></div>";

        var removed = Cleaner.Clean(Article + group, ItemUrl);
        var inside = Cleaner.Clean(Article + group + Article.Replace("Tuesday", "Monday", StringComparison.Ordinal), ItemUrl);

        removed.Text.Should().Be(ArticleText);
        inside.Text.Should().Contain("Nýr vegur opnaður við höfnina\nSkólar fá meira fé á næsta ári", "each link is a line, not a run of titles");
    }

    [Fact]
    public void Clean_ReadsCardsWhoseLinkIsAnEmptyOverlayBesideTheTitle()
    {
        // The Guardian's onward cards: the link is empty and stretched over the card by its style; the title is beside it.
        static string Card(string slug, string title) =>
            $"<li><div class=\"card\"><a href=\"https://frettir.example/2026/11/{slug}/\" aria-label=\"{title}\"></a><div><h3><span>{title}</span></h3></div></div></li>";
        var cards = "<section><div><h2>Tengt efni</h2></div><ul>" + Card("nyr-vegur", "Nýr vegur opnaður við höfnina í dag og umferð beint þangað")
            + Card("skolar", "Skólar fá meira fé á næsta ári en nokkru sinni áður") + "</ul></section>";

        Cleaner.Clean(Article + cards, ItemUrl).Text.Should().Be(ArticleText);
    }

    [Fact]
    public void Clean_ARelatedHeadingInAWrapperStandsOverTheListAfterTheWrapper()
    {
        var html = Article + "<div class=\"block-title\"><h3>Related posts</h3></div><ul>"
            + "<li><a href=\"https://other.example/2026/a-first-story\">A first other story about the harbour and its new ferry line</a></li>"
            + "<li><a href=\"https://other.example/2026/a-second-story\">A second other story about the railway and the mountain pass</a></li></ul>"
            + Article.Replace("Tuesday", "Monday", StringComparison.Ordinal);

        var text = Cleaner.Clean(html, ItemUrl).Text;

        text.Should().NotContain("Related posts").And.NotContain("other story");
    }

    [Fact]
    public void Clean_KeepsAListOfTheSitesArticlesInsideTheArticle()
    {
        // HubSpot puts "Helpful Resources" with links to its own posts under each point of a post: the author's.
        var html = Article + "<h4>Tengt efni</h4>" + TwoLines + Article.Replace("Tuesday", "Monday", StringComparison.Ordinal);

        Cleaner.Clean(html, ItemUrl).Text.Should().Contain("Tengt efni\nNýr vegur");
    }

    [Fact]
    public void Clean_KeepsAListOfLinksToOtherSites_AtTheTail()
    {
        // (Titles of more than eight words: a shorter lone link at the edge is a read-more or link line by other rules.)
        var sources = "<h4>Heimildir</h4><p><a href=\"https://hagstofa.example/2026/fjarlog-2027/\">Fjárlög ársins 2027 í heild sinni á vef Hagstofu Íslands</a></p>"
            + "<p><a href=\"https://althingi.example/thingskjal/1234-fjarlog/\">Þingskjal um fjárlög og breytingar meirihlutans á þeim í nefnd</a></p>";

        Cleaner.Clean(Article + sources, ItemUrl).Text.Should().EndWith("Þingskjal um fjárlög og breytingar meirihlutans á þeim í nefnd");
    }
}
