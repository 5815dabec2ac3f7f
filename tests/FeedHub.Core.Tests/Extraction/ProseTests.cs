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
}
