using FeedHub.Extraction;

namespace FeedHub.Core.Tests.Extraction;

/// <summary>Small judgements on block text that the extractor uses to leave page furniture out.</summary>
public sealed class ProseTests
{
    [Theory]
    [InlineData("SlideshowNotice", "This slideshow requires JavaScript.", true)]
    [InlineData("EnableJavaScript", "Please enable JavaScript to view the comments powered by Disqus.", true)]
    [InlineData("BrowserSupport", "Your browser does not support the video tag.", true)]
    [InlineData("Shortcode", "[button link=”http://x.example/submit/” type=”big”] Send us YOUR kit review[/button]", true)]
    [InlineData("GettyCredit", "Natalie Naccache | Bloomberg | Getty Images", true)]
    [InlineData("PhotoColon", "Photo: Jane Doe for The Daily", true)]
    [InlineData("CreditsColon", "Credits: Reuters", true)]
    [InlineData("SentenceAboutJavaScript", "The new framework requires developers to learn JavaScript, its authors said at the conference on Tuesday, and the tooling has improved a lot since the first release two years ago.", false)]
    [InlineData("ReutersLead", "(Reuters) — The New York State Attorney General is investigating WeWork.", false)]
    [InlineData("BracketedAside", "[Editor's note: this story was updated.] The council voted on Tuesday.", false)]
    [InlineData("PhotographerInProse", "The photographer said the images were taken at dawn.", false)]
    public void IsPageArtefact(string name, string text, bool artefact) => Prose.IsPageArtefact(text).Should().Be(artefact, name);

    [Theory]
    [InlineData("MoreStories", "More Great WIRED Stories", true)]
    [InlineData("MoreFrom", "More from The Verge", true)]
    [InlineData("Related", "Related coverage", true)]
    [InlineData("YouMayAlsoLike", "You may also like", true)]
    [InlineData("ReadNext", "Read next", true)]
    [InlineData("MostRead", "Most read", true)]
    [InlineData("Subhead", "What the council decided", false)]
    [InlineData("MoreInTheMiddle", "Why more people are cycling", false)]
    [InlineData("RelatedInside", "How the two cases are related", false)]
    public void IntroducesOtherArticles(string name, string text, bool introduces) => Prose.IntroducesOtherArticles(text).Should().Be(introduces, name);

    [Theory]
    [InlineData("EnglishDate", "November 18, 2019", true)]
    [InlineData("PortugueseWeekdayDateAndTime", "sexta-feira, 22 de outubro de 2010 às 20:13", true)]
    [InlineData("KoreanNumericStamp", "기사입력 :[ 2018-08-25 15:24 ]", true)]
    [InlineData("DayMonthYear", "Published 3 Sep 2021", true)]
    [InlineData("TweetSignature", "— Jane Doe (@janedoe) November 18, 2019", false)]
    [InlineData("EventDates", "29 November 2018 | 20 January 2019", false)]
    [InlineData("ListHeading", "Top 10 games of 2019", false)]
    [InlineData("Sentence", "On November 18, 2019, the council voted to close the bridge for repairs until spring.", false)]
    [InlineData("YearAlone", "Class of 2019", false)]
    public void IsDateStamp(string name, string text, bool stamp) => Prose.IsDateStamp(text, published: null).Should().Be(stamp, name);

    [Fact]
    public void IsDateStamp_TakesThePagesOwnDateAsADatesShape()
    {
        var published = new DateTimeOffset(2019, 11, 18, 20, 28, 0, TimeSpan.Zero);

        Prose.IsDateStamp("18 ноября 2019", published).Should().BeTrue("the page's year and day, in words the pattern does not know");
        Prose.IsDateStamp("18 ноября 2019", published: null).Should().BeFalse("without the page's date nothing says it is a date");
        Prose.IsDateStamp("12 ноября 2019", published).Should().BeFalse("another day");
    }

    [Theory]
    [InlineData("ShortUrl", "http://amzn.to/2iJFhRj", true)]
    [InlineData("TwitterUrl", " https://t.co/HO1ZRs9T1P ", true)]
    [InlineData("WwwHost", "www.autoracing.com.br", true)]
    [InlineData("Handle", "@olga_n_photo", true)]
    [InlineData("LinkWords", "Read the full report", false)]
    [InlineData("UrlInASentence", "see http://example.com for more", false)]
    [InlineData("AtSign", "@ home", false)]
    public void IsAddress(string name, string text, bool address) => Prose.IsAddress(text).Should().Be(address, name);

    [Theory]
    [InlineData("FollowSection", "Follow The New York Times Opinion section on Facebook, Twitter (@NYTopinion) and Instagram.", true)]
    [InlineData("HearWhatYouThink", "We’d like to hear what you think about this or any of our articles.", true)]
    [InlineData("FollowInProse", "Investors follow the central bank closely, and the markets moved on Facebook's results.", false)]
    public void IsReaderPrompt(string name, string text, bool prompt) => Prose.IsReaderPrompt(text).Should().Be(prompt, name);

    [Theory]
    [InlineData("EllipsisLabel", "You may also like...", false)]
    [InlineData("ColonLabel", "Related:", false)]
    [InlineData("Sentence", "The vote, held on Tuesday, passed.", true)]
    public void ReadsAsSentence(string name, string text, bool sentence) => Prose.ReadsAsSentence(text).Should().Be(sentence, name);
}
