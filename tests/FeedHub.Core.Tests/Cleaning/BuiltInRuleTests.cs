using FeedHub.Cleaning;

namespace FeedHub.Core.Tests.Cleaning;

/// <summary>One row per kind of boilerplate: the article paragraph stays, the boilerplate goes, under the rule named.</summary>
public sealed class BuiltInRuleTests
{
    private const string Article = "<p>The council approved the new budget on Tuesday after a long debate about school funding and road repairs.</p>";
    private const string ArticleText = "The council approved the new budget on Tuesday after a long debate about school funding and road repairs.";
    private static readonly ContentCleaner Cleaner = new(new CleaningOptions());
    private static readonly Uri ItemUrl = new("https://aggregator.example/news/42/");

    public static TheoryData<string, string, string> Boilerplate => new()
    {
        { "Clean_RemovesYoastFooter", "<p>The post <a href=\"https://site.example/2025/01/budget/\">Budget passes</a> appeared first on <a href=\"https://site.example\">Site</a>.</p>", "appeared-first-on" },
        { "Clean_RemovesYoastFooterInGerman", "<p>Der Beitrag Budget beschlossen erschien zuerst auf Tagesblatt.</p>", "appeared-first-on" },
        { "Clean_RemovesGoogleNewsCall", "<p>Please follow Blitz on <a href=\"https://news.google.com/publications/X\">Google News Channel</a></p>", "share" },
        { "Clean_RemovesFollowUs", "<p><em>Follow us on Twitter and Facebook for the latest updates</em></p>", "follow-us" },
        { "Clean_RemovesFollowUsInFrench", "<div>Suivez-nous sur Instagram</div>", "follow-us" },
        { "Clean_RemovesNewsletterCall", "<p>Sign up for our newsletter to get the best stories in your inbox.</p>", "subscribe" },
        { "Clean_RemovesShareBar", "<ul><li><a href=\"https://www.facebook.com/sharer/sharer.php?u=x\">Facebook</a></li><li><a href=\"https://twitter.com/intent/tweet?url=x\">Tweet</a></li></ul>", "share" },
        { "Clean_RemovesShareLabel", "<p>Share this:</p>", "share" },
        { "Clean_RemovesReadMoreLink", "<p><a href=\"https://site.example/2025/01/budget/\">[Read More]</a></p>", "read-more" },
        { "Clean_RemovesContinueReading", "<p>Continue reading →</p>", "read-more" },
        { "Clean_RemovesSourceLineAtTheEnd", "<p>Source: <a href=\"https://site.example/category/news/\">Site :: News</a></p>", "source" },
        { "Clean_RemovesOriginallyPublished", "<p>This article was originally published on The Conversation.</p>", "source" },
        { "Clean_RemovesCommentsClosed", "<p class=\"nocomments\">Comments are closed. Please check back later.</p>", "comments-closed" },
        { "Clean_RemovesRelatedList", "<h4>Related posts:</h4><ul><li><a href=\"https://site.example/a/\">Another story</a></li><li><a href=\"https://site.example/b/\">And one more</a></li></ul>", "related" },
        { "Clean_RemovesSeparator", "<p>&#8212;&#8211;</p>", "separator" },
        { "Clean_RemovesAdvertisementLabel", "<div>Advertisement</div>", "advertisement" },
        { "Clean_RemovesLineAppendedAfterBreak", "<p>Closing words of the piece, which are article text.<br>Source: Weekly Blitz</p>", "source" },
        { "Clean_RemovesReadMoreInHungarian", "<p><a href=\"https://site.example/2025/01/budget/\">Bővebben</a></p>", "read-more" },
        { "Clean_RemovesCommentsClosedInPolish", "<p>Komentarze są wyłączone.</p>", "comments-closed" },
        { "Clean_RemovesAdvertisementInHindi", "<div>विज्ञापन</div>", "advertisement" },
        { "Clean_RemovesFollowUsInHebrew", "<p>עקבו אחרינו בטוויטר</p>", "follow-us" },
        { "Clean_RemovesTagLinks", "<p>Tags: <a href=\"https://site.example/tag/budget/\">budget</a>, <a href=\"https://site.example/tag/schools/\">schools</a></p>", "tags" },
        { "Clean_RemovesLabelOverListOfLinks", "<h4>Mehr aus der Region</h4><ul><li><a href=\"https://site.example/a/\">Another story</a></li><li><a href=\"https://site.example/b/\">And one more</a></li></ul>", "related" },
        { "Clean_RemovesSupportCallAtTheEnd", "<p><a href=\"https://site.example/support/\">Support our newsroom today</a></p>", "support" },
        { "Clean_RemovesAffiliateDisclosure", "<p>Disclosure: this review contains affiliate links, and we may earn a commission if you buy.</p>", "affiliate" },
        { "Clean_RemovesImageCredit", "<p>Photo: Maria Lopez / AP</p>", "image-credit" },
        { "Clean_RemovesImageCreditByline", "<p>(Image by Tom Hale for Diari Nord)</p>", "image-credit" },
        { "Clean_RemovesAudioPlayerLine", "<p>Listen to this article (4 minutes)</p>", "listen" },
        { "Clean_RemovesCommentsClosedInCroatian", "<p>Komentiranje je onemogućeno.</p>", "comments-closed" },
        { "Clean_RemovesRelatedListInSerbian", "<h4>Прочитајте још</h4><ul><li><a href=\"https://site.example/a/\">Another story</a></li><li><a href=\"https://site.example/b/\">And one more</a></li></ul>", "related" },
        { "Clean_RemovesReadMoreInSwahili", "<p><a href=\"https://site.example/2025/01/budget/\">Soma zaidi</a></p>", "read-more" },
        { "Clean_RemovesNewsletterCallInBengali", "<p>আমাদের নিউজলেটার পেতে সাবস্ক্রাইব করুন</p>", "subscribe" },
        { "Clean_RemovesSupportCallInCatalan", "<p>Fes una donació a Diari Nord</p>", "support" },
        { "Clean_RemovesReadingTime", "<p>Lesezeit: 4 Min.</p>", "reading-time" },
        { "Clean_RemovesPaywallNotice", "<p>This story is for subscribers only. Log in to keep reading.</p>", "paywall" },
        { "Clean_RemovesYoastLineWithNoLink", "<p>Der Artikel Budget beschlossen wurde zuerst auf Tagesblatt veröffentlicht.</p>", "appeared-first-on" },
        { "Clean_RemovesAudioPlayerLineInSpanish", "<p>Escucha esta noticia</p>", "listen" },
        { "Clean_RemovesShortLineBeyondKnownBoilerplate", "<p>Comments are closed.</p><p>Kiitos lukemisesta</p>", "edge-line" },
    };

    [Theory]
    [MemberData(nameof(Boilerplate))]
    public void Clean_RemovesBoilerplateAndKeepsTheArticle(string name, string boilerplate, string rule)
    {
        var result = Cleaner.Clean(Article + boilerplate, ItemUrl);

        result.Text.Split('\n').Should().Contain(ArticleText, name);
        result.Text.Split('\n').Should().HaveCountLessThanOrEqualTo(2, name);
        result.Removals.Select(r => r.Rule).Should().Contain(rule, name);
    }

    [Fact]
    public void Clean_KeepsSourceLinesInsideTheArticle()
    {
        var html = Article + "<p>Source: Pew Research Center</p>" + Article.Replace("Tuesday", "Wednesday", StringComparison.Ordinal);

        Cleaner.Clean(html, ItemUrl).Text.Should().Contain("Source: Pew Research Center");
    }

    [Fact]
    public void Clean_KeepsImageCreditInsideTheArticle()
    {
        var html = Article + "<p>Photo: Maria Lopez / AP</p>" + Article.Replace("Tuesday", "Wednesday", StringComparison.Ordinal);

        Cleaner.Clean(html, ItemUrl).Text.Should().Contain("Photo: Maria Lopez / AP");
    }

    [Fact]
    public void Clean_RemovesNetworkListInsideTheArticle()
    {
        // The share cue alone holds only at the edges; a label over network names holds anywhere, and wins.
        var html = Article + "<p>Sdílejte: Facebook Twitter</p>" + Article.Replace("Tuesday", "Wednesday", StringComparison.Ordinal);

        var result = Cleaner.Clean(html, ItemUrl);

        result.Text.Should().NotContain("Sdílejte");
        result.Removals.Should().ContainSingle(r => r.Rule == "share");
    }

    [Fact]
    public void Clean_RemovesCallOfItsOwnInsideTheArticle()
    {
        var html = Article + "<p>Podržite Dnevnik Sjever</p>" + Article.Replace("Tuesday", "Wednesday", StringComparison.Ordinal);

        var result = Cleaner.Clean(html, ItemUrl);

        result.Text.Should().NotContain("Podržite");
        result.Removals.Should().ContainSingle(r => r.Rule == "support");
    }

    [Fact]
    public void Clean_KeepsStepsOfInstructionsThatOpenWithACallVerb()
    {
        var html = Article + "<p>To try it:</p><ol><li>Download the preview from the download centre</li><li>Restart the shell</li></ol>"
            + Article.Replace("Tuesday", "Wednesday", StringComparison.Ordinal);

        Cleaner.Clean(html, ItemUrl).Text.Should().Contain("Download the preview from the download centre");
    }

    [Fact]
    public void Clean_KeepsTheImageWhenItsCreditLineGoes()
    {
        var result = Cleaner.Clean("<p><img src=\"https://site.example/budget.jpg\" alt=\"The council\"><br><span>Photo: Maria Lopez / AP</span></p>" + Article, ItemUrl);

        result.Html.Should().Contain("budget.jpg");
        result.Text.Should().Be(ArticleText);
        result.Removals.Should().ContainSingle(r => r.Rule == "image-credit");
    }

    [Fact]
    public void Clean_KeepsEditorsNoteOnTheArticlesHistory()
    {
        const string note = "Editor's Note: This post was originally published in September 2015 and has been updated for accuracy.";

        Cleaner.Clean(Article + "<p>" + note + "</p>", ItemUrl).Text.Should().Be(ArticleText + "\n" + note);
    }

    [Fact]
    public void Clean_KeepsSubheadingThatOpensWithACallVerb()
    {
        var html = Article + "<p><strong>Follow the money</strong></p>" + Article.Replace("Tuesday", "Wednesday", StringComparison.Ordinal);

        Cleaner.Clean(html, ItemUrl).Text.Should().Contain("Follow the money");
    }

    [Fact]
    public void Clean_RemovesTheLinksUnderARelatedLabel_WhateverHoldsThem()
    {
        var html = Article + "<nav class=\"related\"><p><strong>See also:</strong></p><div><p>→ <a href=\"https://site.example/a/\">Another story about the harbour</a></p>"
            + "<p><a href=\"https://site.example/b/\">And one more about the railway</a></p></div></nav>" + Article.Replace("Tuesday", "Wednesday", StringComparison.Ordinal);

        var result = Cleaner.Clean(html, ItemUrl);

        result.Text.Should().NotContain("See also").And.NotContain("harbour").And.NotContain("railway");
        result.Removals.Where(r => r.Rule == "related").Should().HaveCount(3);
        result.Text.Split('\n').Should().HaveCount(2);
    }

    [Fact]
    public void Clean_KeepsShortLastLineWithNoBoilerplateBeyondIt()
    {
        var html = Article + "<p>Thanks for reading</p>";

        Cleaner.Clean(html, ItemUrl).Text.Should().Be(ArticleText + "\nThanks for reading");
    }

    [Fact]
    public void Clean_NeverJudgesProseByItsFirstWords()
    {
        const string prose = "Subscribe numbers for the city's bus pass rose sharply this year, the council said. Officials expect the trend to continue as fares stay frozen and new routes open in the northern districts next spring.";

        Cleaner.Clean(Article + "<p>" + prose + "</p>", ItemUrl).Text.Should().Be(ArticleText + "\n" + prose);
    }

    [Fact]
    public void Clean_StripsExcerptMarkerAndInlineContinueReading()
    {
        var html = "<p>The council approved the budget [&#8230;]</p><p>More text of the story follows here. <a href=\"https://site.example/x/\">Continue reading&hellip;</a></p>";

        var result = Cleaner.Clean(html, ItemUrl);

        result.Text.Should().Be("The council approved the budget…\nMore text of the story follows here.");
        result.Removals.Select(r => r.Rule).Should().Contain(["excerpt-marker", "read-more"]);
    }

    [Fact]
    public void Clean_KeepsOriginalUrlAndSiteFromYoastLine()
    {
        var html = Article + "<p>The post <a href=\"https://site.example/2025/01/budget/\">Budget passes</a> appeared first on <a href=\"https://site.example\">Site</a>.</p>";

        var result = Cleaner.Clean(html, ItemUrl);

        result.OriginalUrl.Should().Be("https://site.example/2025/01/budget/");
        result.OriginalSite.Should().Be("Site");
    }

    [Fact]
    public void Clean_RemovesTrackingPixelsAndTrackingParameters()
    {
        var html = "<p>Read the <a href=\"https://example.org/report?id=7&utm_source=rss&fbclid=abc&gclid=x\">report</a> today, all of it.</p>"
            + "<img src=\"https://pixel.wp.com/g.gif?x=1\"><img src=\"https://cdn.example/a.gif\" width=\"1\" height=\"1\">";

        var result = Cleaner.Clean(html, ItemUrl);

        result.Html.Should().Contain("https://example.org/report?id=7\"").And.NotContainAny("utm_", "fbclid", "gclid", "<img");
        result.Removals.Count(r => r.Rule == "tracking-pixel").Should().Be(2);
    }

    [Fact]
    public void Clean_SeparatesBlocksInText()
    {
        Cleaner.Clean("<p>Para one.</p><p>Para two.</p><ul><li>Item</li></ul>", null).Text.Should().Be("Para one.\nPara two.\nItem");
    }

    [Fact]
    public void Clean_RemovesEmptyParagraphs()
    {
        Cleaner.Clean(Article + "<p>&nbsp;</p><p></p><div><br></div>" + Article, ItemUrl).Html.Should().NotContainAny("<p> </p>", "<p></p>", "<div>", "&nbsp;");
    }
}
