using FeedHub.Fingerprinting;
using FeedHub.Storage;

namespace FeedHub.Dedup;

public sealed class StoryMatcherTests
{
    private const string Template = "© 2026 Valley Ledger. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.";
    private const string Dateline = "Valley Ledger staff report, filed from our newsroom.";
    private const string Tagline = "Curated for you by NewsPile, your daily digest of the web.";

    private readonly StoryMatcher _matcher = new(new DedupOptions());

    [Fact]
    public void Match_JoinsARepostWithADroppedParagraphAndOtherBoilerplate()
    {
        var article = ArticleTexts.Long(0);
        var stored = Stored(1, 10, ArticleTexts.Text(article));
        var repost = Incoming(ArticleTexts.Text([.. article.Where((_, i) => i != 1), Tagline]));

        var decision = _matcher.Match(repost, Near(stored));

        decision.Should().Be(decision with { StoryId = 10, Reason = DuplicateReasons.Near });
        decision.Similarity.Should().BeGreaterThanOrEqualTo(0.5);
    }

    [Theory]
    [InlineData("excerpt arrives after its article", false)]
    [InlineData("article arrives after its excerpt", true)]
    public void Match_JoinsAnExcerptAndItsFullTextEitherWay(string order, bool excerptStored)
    {
        var article = ArticleTexts.Long(1);
        var full = ArticleTexts.Text(article);
        var excerpt = ArticleTexts.FirstWords(article, 55) + " … [Read More]\n" + Tagline;
        var (storedText, incomingText) = excerptStored ? (excerpt, full) : (full, excerpt);

        var decision = _matcher.Match(Incoming(incomingText), Near(Stored(1, 10, storedText)));

        decision.StoryId.Should().Be(10, order);
        decision.Reason.Should().Be(DuplicateReasons.Near, order);
    }

    [Fact]
    public void Match_KeepsTwoArticlesOfOnePublisherApartDespiteTemplateAndStockFirstSentence()
    {
        var (a, b) = (ArticleTexts.Long(2), ArticleTexts.Long(3));
        var stored = Stored(1, 10, ArticleTexts.Text([Dateline, .. a, Template]));
        var incoming = Incoming(ArticleTexts.Text([Dateline, .. b, Template]));

        _matcher.Match(incoming, Near(stored)).Should().Be(MatchDecision.NewStory);
    }

    [Fact]
    public void Match_NeverJoinsShortItemsOnBoilerplate()
    {
        // One publisher's feed: 13 words of its own, 29 of the publisher's template.
        var stored = Stored(1, 10, ArticleTexts.Text([Dateline, "Photo of the day: the harbour at dawn, seen from the old lighthouse.", Template]));
        var incoming = Incoming(ArticleTexts.Text([Dateline, "Photo of the day: snow on the market square, seen from the town hall.", Template])) with { FeedId = 1 };

        _matcher.Match(incoming, Near(stored)).Should().Be(MatchDecision.NewStory);
    }

    [Fact]
    public void Match_DoesNotJoinAnExcerptToAnArticleThatOnlySharesItsOpeningSentence()
    {
        var (a, b) = (ArticleTexts.Long(4), ArticleTexts.Long(5));
        var opening = a[0].Split(". ")[0] + ".";
        var followUp = Stored(1, 10, ArticleTexts.Text([opening, .. b]));
        var excerpt = Incoming(ArticleTexts.FirstWords(a, 80) + " …");

        _matcher.Match(excerpt, Near(followUp)).Should().Be(MatchDecision.NewStory);
    }

    [Fact]
    public void Match_DoesNotJoinADigestToTheStoryOfTheExcerptItOpensWith()
    {
        var (a, b, c) = (ArticleTexts.Long(6), ArticleTexts.Long(7), ArticleTexts.Long(8));
        var fullA = Stored(1, 10, ArticleTexts.Text(a));
        var excerptA = Stored(2, 10, ArticleTexts.FirstWords(a, 45) + " …\n" + Tagline);
        var digest = Incoming(string.Join('\n', new[] { a, b, c }.Select(x => ArticleTexts.FirstWords(x, 45) + " … Read more")) + "\n" + Tagline);

        _matcher.Match(digest, Near(fullA, excerptA)).Should().Be(MatchDecision.NewStory);
    }

    [Fact]
    public void Match_FollowsAttributionUnlessTheTextsContradictIt()
    {
        var (a, b, c) = (ArticleTexts.Long(9), ArticleTexts.Long(10), ArticleTexts.Long(11));
        var original = Stored(1, 10, ArticleTexts.Text(a));
        var copy = Incoming(ArticleTexts.Text([.. a.Take(a.Length - 1), Tagline]));
        var digest = Incoming(string.Join('\n', new[] { a, b, c }.Select(x => ArticleTexts.FirstWords(x, 45) + " … Read more")));
        var teaser = Incoming("New deal announced. Read the full story.");

        _matcher.Match(copy, new DedupCandidates { AttributedOriginal = [original] }).Reason.Should().Be(DuplicateReasons.Attribution);
        _matcher.Match(teaser, new DedupCandidates { AttributedOriginal = [original] }).Reason.Should().Be(DuplicateReasons.Attribution);
        _matcher.Match(digest, new DedupCandidates { AttributedOriginal = [original] }).Should().Be(MatchDecision.NewStory);
        _matcher.Match(digest, new DedupCandidates { AttributingToIt = [original] }).Should().Be(MatchDecision.NewStory);
    }

    [Fact]
    public void Match_PrefersTheCanonicalUrlThenTheExactText()
    {
        var text = ArticleTexts.Text(ArticleTexts.Long(12));
        var sameUrl = Stored(1, 10, "other text entirely");
        var sameText = Stored(2, 20, text);

        var both = _matcher.Match(Incoming(text), new DedupCandidates { SameCanonicalUrl = [sameUrl], SameText = [sameText] });
        both.Should().Be(new MatchDecision(10, DuplicateReasons.CanonicalUrl, 1.0) { Bridges = both.Bridges });
        both.Bridges.Should().Equal(new StoryLink(20, DuplicateReasons.Exact, 1.0));
        _matcher.Match(Incoming(text), new DedupCandidates { SameText = [sameText] } with { Near = Near(sameText).Near })
            .Should().Be(new MatchDecision(20, DuplicateReasons.Exact, 1.0));
    }

    [Fact]
    public void Match_OriginalAfterAnExcerptAndAnUnlikeCopy_BridgesTheirStories()
    {
        var article = ArticleTexts.Long(13);
        var excerpt = Stored(1, 10, ArticleTexts.FirstWords(article, 55) + " … [Read More]\n" + Tagline);
        var copy = Stored(2, 20, ArticleTexts.Text([.. article.Skip(2), Tagline]));
        _matcher.Match(Incoming(copy.ContentText), Near(excerpt)).Should().Be(MatchDecision.NewStory, "the copy lacks the excerpt's opening");

        var decision = _matcher.Match(Incoming(ArticleTexts.Text(article)), Near(excerpt, copy));

        decision.StoryId.Should().Be(20, "the copy is the closer match");
        decision.Reason.Should().Be(DuplicateReasons.Near);
        decision.Bridges.Should().ContainSingle().Which.Should().Match<StoryLink>(l => l.StoryId == 10 && l.Reason == DuplicateReasons.Near);
    }

    [Fact]
    public void ConfirmsBridge_OnlyWhenTheStorysFullestMemberIsACopy()
    {
        var (article, followUp) = (ArticleTexts.Long(14), ArticleTexts.Long(15));
        var excerpt = Stored(1, 10, ArticleTexts.FirstWords(article, 55) + " … [Read More]\n" + Tagline);
        // A follow-up of the same publisher that opens with the article's first paragraph: it contains the excerpt.
        var sibling = Stored(2, 10, ArticleTexts.Text([article[0], .. followUp]));
        var copy = Stored(3, 20, ArticleTexts.Text([.. article.Skip(1), Tagline]));
        var original = Incoming(ArticleTexts.Text(article));
        var signature = MinHasher.Sign(original.ContentText);

        _matcher.ConfirmsBridge(original, signature, [excerpt]).Should().BeTrue("an excerpt's story alone is the article's");
        _matcher.ConfirmsBridge(original, signature, [copy]).Should().BeTrue();
        _matcher.ConfirmsBridge(original, signature, [excerpt, sibling]).Should().BeFalse("the story's full text is another article");
    }

    [Fact]
    public void Match_DigestOpeningWithAnExcerpt_DoesNotBridgeToTheStoriesOfTheExcerptsInside()
    {
        var (a, b, c) = (ArticleTexts.Long(6), ArticleTexts.Long(7), ArticleTexts.Long(8));
        // Each story is known by an excerpt only so far: the digest contains every one of them.
        var excerptA = Stored(1, 10, ArticleTexts.FirstWords(a, 45) + " …\n" + Tagline);
        var excerptB = Stored(2, 20, ArticleTexts.FirstWords(b, 45) + " …\n" + Tagline);
        var excerptC = Stored(3, 30, ArticleTexts.FirstWords(c, 45) + " …\n" + Tagline);
        var digest = Incoming(string.Join('\n', new[] { a, b, c }.Select(x => ArticleTexts.FirstWords(x, 90) + " … Read more")) + "\n" + Tagline);

        var decision = _matcher.Match(digest, Near(excerptA, excerptB, excerptC));

        decision.Bridges.Should().BeEmpty("an excerpt inside a digest, not at its opening, does not make it that story's article");
    }

    [Theory]
    [InlineData("MinWordsForTextMatch", 0, 0.5, 0.6, 0.5)]
    [InlineData("NearJaccard", 25, 1.5, 0.6, 0.5)]
    [InlineData("ExcerptContainment", 25, 0.5, 0, 0.5)]
    [InlineData("AttributionMinContainment", 25, 0.5, 0.6, -1)]
    public void Options_RejectBadValuesNamingTheKey(string key, int minWords, double jaccard, double containment, double attribution)
    {
        var options = new DedupOptions { MinWordsForTextMatch = minWords, NearJaccard = jaccard, ExcerptContainment = containment, AttributionMinContainment = attribution };
        options.Invoking(o => o.Validate()).Should().Throw<ArgumentOutOfRangeException>().WithMessage($"*Dedup:{key}*");
    }

    private static ArticleRecord Incoming(string text) => new()
    {
        FeedId = 2, IdentityKey = "guid:incoming", FetchedAt = DateTimeOffset.UnixEpoch, ContentText = text, ContentHash = ContentHasher.TextHash(text),
    };

    private static ArticleRecord Stored(long id, long storyId, string text) => new()
    {
        Id = id, StoryId = storyId, FeedId = 1, IdentityKey = "guid:" + id, FetchedAt = DateTimeOffset.UnixEpoch, ContentText = text,
        ContentHash = ContentHasher.TextHash(text),
    };

    /// <summary>The stored articles as the band index would return them (every one a candidate).</summary>
    private static DedupCandidates Near(params ArticleRecord[] stored) =>
        new() { Near = stored.Select(a => new NearCandidate(a, MinHasher.Sign(a.ContentText), 1)).ToList() };
}
