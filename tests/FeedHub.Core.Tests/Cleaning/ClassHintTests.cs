using FeedHub.Cleaning;

namespace FeedHub.Core.Tests.Cleaning;

/// <summary>
/// Boxes judged by the names the markup gives them (class, id, <c>&lt;nav&gt;</c>), in any language: the rows use
/// Icelandic words no phrasebook entry holds, so only the names can decide. And what the names must not decide: the
/// article's own wrapper, a box around prose, a quotation, a code sample.
/// </summary>
public sealed class ClassHintTests
{
    private const string First = "<p>The council approved the new budget on Tuesday after a long debate about school funding and road repairs.</p>";
    private const string Second = "<p>Work on the ring road starts in March and should end before the winter, the city engineer told reporters.</p>";
    private const string FirstText = "The council approved the new budget on Tuesday after a long debate about school funding and road repairs.";
    private const string SecondText = "Work on the ring road starts in March and should end before the winter, the city engineer told reporters.";
    private static readonly ContentCleaner Cleaner = new(new CleaningOptions());
    private static readonly Uri ItemUrl = new("https://frettir.example/2026/11/fjarlog/");

    public static TheoryData<string, string, string> NamedBoxes => new()
    {
        {
            "a related-posts widget: its label and its titles",
            "<div id=\"jp-relatedposts\" class=\"jp-relatedposts\"><h3 class=\"jp-relatedposts-headline\">Tengt efni</h3>"
                + "<div class=\"jp-relatedposts-items\"><h4><a href=\"https://frettir.example/2026/11/nyr-vegur/\">Nýr vegur opnaður við höfnina í dag</a></h4>"
                + "<h4><a href=\"https://frettir.example/2026/11/skolar/\">Skólar fá meira fé á næsta ári en áður</a></h4></div></div>",
            "related"
        },
        { "an ad slot's label", "<div class=\"ad-slot ad-slot--inline\"><span>Auglýsing</span></div>", "advertisement" },
        { "a camel-cased BEM name on the inline element holding the line", "<p><span class=\"newsletterSignup__title\">Skráðu þig á póstlistann okkar</span></p>", "subscribe" },
        { "a tag list", "<div class=\"post-tags\"><a href=\"https://frettir.example/efni/borgin/\">borgin</a> · <a href=\"https://frettir.example/efni/vegir/\">vegir</a></div>", "tags" },
        { "text for screen readers only", "<p><span class=\"screen-reader-text\">Opnast í nýjum glugga</span></p>", "hidden" },
        { "a nav element", "<nav><a href=\"https://frettir.example/\">Forsíða</a> <a href=\"https://frettir.example/innlent/\">Innlent</a></nav>", "navigation" },
        { "a box named by its id alone (ids do not reach the output)", "<div id=\"comments\"><p>Engar athugasemdir enn</p></div>", "comments-closed" },
    };

    [Theory]
    [MemberData(nameof(NamedBoxes))]
    public void Clean_RemovesABoxItsNamesCallBoilerplate_InsideTheArticleToo(string name, string box, string rule)
    {
        var result = Cleaner.Clean(First + box + Second, ItemUrl);

        result.Text.Should().Be(FirstText + "\n" + SecondText, name);
        result.Removals.Select(r => r.Rule).Should().Contain(rule, name);
    }

    [Fact]
    public void Clean_RemovesANamedBoxWhoseLinesWent_WithItsLinkedIcons_ButNotAnImageOfItsOwn()
    {
        // Hatena Bookmark's button is a share link no rule knows; the box's names say what it is.
        var share = "<div class=\"social-buttons\"><p class=\"social-buttons-label\">Deildu fréttinni</p><div class=\"social-button-item\">"
            + "<a href=\"https://b.hatena.ne.jp/entry/s/frettir.example/2026/11/fjarlog/\"><img src=\"https://b.st-hatena.com/images/button-only.gif\" width=\"20\" height=\"20\" alt=\"\"></a></div></div>";
        var photo = "<div class=\"social-box\"><img src=\"https://frettir.example/myndir/fjarlog.jpg\" alt=\"Ráðhúsið\"><p>Deildu fréttinni</p></div>";

        var result = Cleaner.Clean(First + share + Second, ItemUrl);
        var withPhoto = Cleaner.Clean(First + photo + Second, ItemUrl);

        result.Html.Should().NotContain("hatena");
        result.Text.Should().Be(FirstText + "\n" + SecondText);
        withPhoto.Html.Should().Contain("fjarlog.jpg", "an image that is no link's may be the article's");
        withPhoto.Text.Should().NotContain("Deildu");
    }

    [Fact]
    public void Clean_KeepsTheArticleWhoseWrapperIsNamedForItsTags()
    {
        // WordPress names the article's element after its tags and categories: the names say nothing of its lines.
        var html = "<article class=\"post type-post tag-politics category-news\">" + First + "<h3>Hvað gerist næst</h3>" + Second + "</article>";

        Cleaner.Clean(html, ItemUrl).Text.Should().Be(FirstText + "\nHvað gerist næst\n" + SecondText);
    }

    [Fact]
    public void Clean_KeepsTheLinesOfABoxThatHoldsProse()
    {
        // The box is a small part of the item, but it holds a paragraph of prose: some page put its text in it.
        const string prose = "The ring road will be closed at night for three weeks while the old bridge is taken down. "
            + "Buses will run on the harbour road instead, and the city will post the new timetable online before the work begins.";
        var html = First + Second + First.Replace("Tuesday", "Monday", StringComparison.Ordinal) + Second.Replace("March", "April", StringComparison.Ordinal)
            + First.Replace("Tuesday", "Friday", StringComparison.Ordinal) + Second.Replace("March", "May", StringComparison.Ordinal)
            + "<div class=\"read-more-content\"><p>" + prose + "</p><p>Hvað gerist næst</p></div>";

        Cleaner.Clean(html, ItemUrl).Text.Should().EndWith(prose + "\nHvað gerist næst");
    }

    [Fact]
    public void Clean_KeepsQuotationsAndCodeInsideNamedBoxes()
    {
        var html = First + "<div class=\"social-box\"><blockquote class=\"twitter-tweet\"><p>Borgin er falleg í dag</p></blockquote></div>"
            + "<pre class=\"crayon-plain-tag\">Enable-Feature -Online</pre>" + Second;

        Cleaner.Clean(html, ItemUrl).Text.Should().Be(FirstText + "\nBorgin er falleg í dag\nEnable-Feature -Online\n" + SecondText);
    }

    [Theory]
    [InlineData("c-relatedPosts__list jp_related2", "c related posts list jp related")]
    [InlineData("div-gpt-ad-1234-0", "div gpt ad")]
    [InlineData("HTMLWidget", "htmlwidget")]
    public void Words_SplitNamesAtPunctuationDigitsAndCaseChanges(string names, string words)
    {
        string.Join(' ', ClassHints.Words(names)).Should().Be(words);
    }

    [Theory]
    [InlineData("sharedaddy sd-sharing-enabled", "share")]
    [InlineData("div-gpt-ad-1234-0", "advertisement")]
    [InlineData("entry-meta", "byline")]
    [InlineData("more-link", "read-more")]
    [InlineData("entry-content", null)]
    [InlineData("hidden-xs col-md-8", null)] // hidden on small screens only
    [InlineData("wp-block-group is-layout-flow", null)]
    [InlineData("mastodon-embed", "content")] // an embedded post is the article's, whatever else its names say
    public void HintOfNames_ReadsTheKindOfBox(string names, string? kind)
    {
        ClassHints.HintOfNames(names).Should().Be(kind);
    }
}
