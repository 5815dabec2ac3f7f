using FeedHub.Cleaning;

namespace FeedHub.Core.Tests.Cleaning;

public sealed class BoilerplateLearnerTests
{
    private const string House = "Opinions expressed by contributors are their own.";

    private static readonly string[] Topics = ["budget", "harbour", "election", "vaccine", "railway", "drought", "museum", "tariff", "festival", "satellite", "bridge", "orchestra"];

    // Articles differ in words, not only in numbers (block keys fold digits), and are not written to one formula.
    private static readonly string[] Openings =
    [
        "Ministers agreed the budget late on Tuesday.", "Fog closed the harbour for a third day.", "Turnout rose in every district.",
        "The new vaccine reached clinics this week.", "A landslide blocked the railway near the pass.", "Farmers are rationing water.",
        "The museum reopens after two years of repairs.", "Importers face a higher tariff from March.", "Tickets sold out within an hour.",
        "The satellite sent its first images home.", "Engineers found cracks in the old bridge.", "The orchestra named a new conductor.",
    ];

    private static readonly string[] SecondParagraphs =
    [
        "Opposition parties called the plan reckless.", "Ferries waited offshore with their cargo.", "Counting went on through the night.",
        "Doctors expect demand to peak in winter.", "Buses will replace trains until it clears.", "Reservoirs are at a record low.",
        "Its collection of maps is on show again.", "Retailers warn that prices will follow.", "Organisers promise more dates next year.",
        "Scientists will study the data for months.", "Traffic is limited to one lane.", "She conducted her first concert at nineteen.",
    ];

    private static List<IReadOnlyList<string>> Items(int count, Func<int, bool> hasHouseLine) =>
        [.. Enumerable.Range(0, count).Select(i => (IReadOnlyList<string>)(hasHouseLine(i)
            ? [Openings[i], SecondParagraphs[i], House]
            : [Openings[i], SecondParagraphs[i]]))];

    [Fact]
    public void Learn_FindsBlocksThatRecurAcrossMostItems()
    {
        var learned = BoilerplateLearner.Learn(Items(10, i => i % 5 != 0));

        learned.Should().BeEquivalentTo([ContentCleaner.BlockKey(House)]);
    }

    [Fact]
    public void Learn_FoldsDigitsSoCountersAndDatesRecur()
    {
        var items = Enumerable.Range(0, 6).Select(i => (IReadOnlyList<string>)[Openings[i], $"© 20{20 + i} Site. {i} comments"]).ToList();

        BoilerplateLearner.Learn(items).Should().ContainSingle().Which.Should().Be(ContentCleaner.BlockKey("© 2020 Site. 1 comments"));
    }

    [Theory]
    [InlineData("Learn_NothingFromTooFewItems", 4, 1)]
    [InlineData("Learn_NothingBelowTheShare", 10, 3)]
    public void Learn_NeedsEnoughEvidence(string name, int items, int every)
    {
        BoilerplateLearner.Learn(Items(items, i => i % every == 0 && (every == 1 || i < 4))).Should().BeEmpty(name);
    }

    [Fact]
    public void Learn_CountsIdenticalItemsOnce()
    {
        IReadOnlyList<string> same = ["A re-posted article paragraph.", "Another paragraph of it."];
        var items = Enumerable.Repeat(same, 8).Concat(Items(4, _ => false)).ToList();

        BoilerplateLearner.Learn(items).Should().BeEmpty();
    }

    [Fact]
    public void Learn_NeverLearnsLongBlocks()
    {
        var longBlock = string.Join(' ', Enumerable.Repeat("Long recurring disclaimer text.", 20));
        var items = Enumerable.Range(0, 8).Select(i => (IReadOnlyList<string>)[$"Item {i} text.", longBlock]).ToList();

        BoilerplateLearner.Learn(items, new BoilerplateLearningOptions { MaxBlockLength = 400 }).Should().BeEmpty();
    }

    [Fact]
    public void Learn_RejectsBadOptions()
    {
        var act = () => BoilerplateLearner.Learn(new List<LearningSample>(), new BoilerplateLearningOptions { MinShare = 1.5 });

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*MinShare*1.5*");
    }

    [Fact]
    public void Clean_AppliesLearnedBlocksToNewItems()
    {
        var cleaner = new ContentCleaner(new CleaningOptions());
        var rules = new CleaningRules { LearnedBlocks = BoilerplateLearner.Learn(Items(10, _ => true)) };

        var result = cleaner.Clean($"<p>A new story with enough words of its own to matter here.</p><p>{House}</p>", null, rules);

        result.Text.Should().Be("A new story with enough words of its own to matter here.");
        result.Removals.Should().ContainSingle(r => r.Rule == "learned");
        result.Blocks.Should().Contain(House, "blocks are reported before learned rules apply, so what was learned stays learnable");
    }

    [Fact]
    public void Learn_CountsALineWhereTheBuiltInRulesRemovedIt_WhenSomeItemKeptIt()
    {
        const string Credit = "Photos: Tagblatt archive";
        const string AlwaysRemoved = "Share this article";
        // The credit is removed at the article's edge (6 items) and kept between paragraphs (2): 8 of 8 items hold it.
        var items = Enumerable.Range(0, 8).Select(i => new LearningSample(
            i < 2 ? [Openings[i], Credit, SecondParagraphs[i]] : [Openings[i], SecondParagraphs[i]],
            i < 2 ? [AlwaysRemoved] : [Credit, AlwaysRemoved])).ToList();

        var learned = BoilerplateLearner.Learn(items);

        learned.Should().BeEquivalentTo([ContentCleaner.BlockKey(Credit)], "a line the built-in rules always remove needs no learned rule");
        BoilerplateLearner.Learn([.. items.Select(i => new LearningSample(i.Blocks))]).Should().BeEmpty("kept in 2 of 8 items only, it is not enough alone");
    }

    [Fact]
    public void Learn_LinesWhoseEndVaries()
    {
        string[] networks = ["Telegram", "LinkedIn", "Mastodon", "Bluesky"];
        var items = Enumerable.Range(0, 8).Select(i => new LearningSample([
            Openings[i],
            $"Sigue a Tagblatt en {networks[i % networks.Length]}",
            $"La afiŝo {Openings[i].TrimEnd('.')} aperis unue en Tagblatt.",
            $"Tema: {Topics[i]}, {Topics[i + 1]}",
            $"Schlagwörter: {Topics[i + 2]}, {Topics[i + 3]}",
            $"Etiquetas {Topics[i + 2]}",
        ], [], Title: Openings[i].TrimEnd('.'))).ToList();

        var learned = BoilerplateLearner.Learn(items);

        learned.Should().BeEquivalentTo([
            LearnedLines.StartingWith("sigue a tagblatt en"),
            LearnedLines.EndingWith("aperis unue en tagblatt"),
            LearnedLines.StartingWith("schlagworter"),
        ], "a one-word start is learned only as a label (a word of five letters or more, then a colon): not \"Tema:\", not \"Etiquetas\" alone");
    }

    [Fact]
    public void Learn_NoVaryingLineFromArticleSentencesThatOpenAlike()
    {
        string[] plans = ["close two plants in the north", "hire four hundred engineers in Lyon", "sell its stake in the shipping arm",
            "raise prices for the second time", "move its headquarters out of the capital", "cut the dividend for the first time",
            "open a research centre near the university", "buy back shares worth three billion"];
        var items = Enumerable.Range(0, 8).Select(i => new LearningSample(
            [Openings[i], $"The company said it would {plans[i]} before the end of next year.", SecondParagraphs[i]], [], Title: Openings[i])).ToList();

        BoilerplateLearner.Learn(items).Should().BeEmpty("what varies is neither a few words nor the item's title");
    }

    [Fact]
    public void Learn_NoVaryingLineWhereTheLineNeverVaries()
    {
        var items = Enumerable.Range(0, 8).Select(i => (IReadOnlyList<string>)[Openings[i], "Sigue a Tagblatt en Telegram"]).ToList();

        BoilerplateLearner.Learn(items).Should().BeEquivalentTo([ContentCleaner.BlockKey("Sigue a Tagblatt en Telegram")]);
    }

    [Fact]
    public void Clean_RemovesLinesWithALearnedStartOrEnd_AndNothingLonger()
    {
        var cleaner = new ContentCleaner(new CleaningOptions());
        var rules = new CleaningRules { LearnedBlocks = new HashSet<string> { LearnedLines.StartingWith("sigue a tagblatt en"), LearnedLines.EndingWith("aperis unue en tagblatt") } };
        const string Article = "A new story with enough words of its own to matter here, and a second clause for length.";
        var longLine = "Sigue a Tagblatt en " + string.Join(' ', Enumerable.Repeat("palabra", LearnedLines.MaxSlotWords + 1));

        var result = cleaner.Clean($"<p>{Article}</p><p>Sigue a Tagblatt en Threads</p><p>{longLine}</p><p>La afiŝo Alia titolo aperis unue en Tagblatt.</p>", null, rules);

        result.Text.Should().Be(Article + "\n" + longLine);
        result.Removals.Where(r => r.Rule == "learned").Select(r => r.Text).Should().Equal("Sigue a Tagblatt en Threads", "La afiŝo Alia titolo aperis unue en Tagblatt.");
    }

    [Fact]
    public void Clean_ALearnedLabelTakesTheListOfLinksUnderIt_NotOtherText()
    {
        var cleaner = new ContentCleaner(new CleaningOptions());
        var rules = new CleaningRules { LearnedBlocks = new HashSet<string> { ContentCleaner.BlockKey("Rilataj artikoloj") } };
        const string Article = "A new story with enough words of its own to matter here, and a second clause for length.";
        const string More = "The story goes on after the list with a paragraph that is long enough to be article text.";
        var list = "<ul><li><a href=\"https://x.example/a\">First other story</a></li><li><a href=\"https://x.example/b\">Second other story</a></li></ul>";

        var result = cleaner.Clean($"<p>{Article}</p><p><strong>Rilataj artikoloj</strong></p>{list}<p>{More}</p>", null, rules);
        var lone = cleaner.Clean($"<p>{Article}</p><p>Rilataj artikoloj</p><ul><li><a href=\"https://x.example/a\">A link the article gives</a></li></ul><p>{More}</p>", null, rules);

        result.Text.Should().Be(Article + "\n" + More);
        result.Removals.Where(r => r.Rule == "learned").Select(r => r.Text).Should().Equal("Rilataj artikoloj", "First other story", "Second other story");
        lone.Text.Should().Be(Article + "\nA link the article gives\n" + More, "only a list of links (two or more) goes with the label");
        var sideBySide = cleaner.Clean($"<p>{Article}</p><div class=\"list-group\"><div class=\"list-group-item\">Rilataj artikoloj</div>"
            + "<a href=\"https://x.example/a\">First other story</a><a href=\"https://x.example/b\">Second other story</a></div>" + $"<p>{More}</p>", null, rules);
        sideBySide.Text.Should().Be(Article + "\n" + More, "two links side by side in one line are a list too (a Bootstrap list group)");
    }

    [Fact]
    public void Clean_ALearnedLabelTakesItsLinks_EvenWhenABuiltInRuleTookTheLabelFirst()
    {
        var cleaner = new ContentCleaner(new CleaningOptions());
        var rules = new CleaningRules { LearnedBlocks = new HashSet<string> { ContentCleaner.BlockKey("Rilataj artikoloj") } };
        const string Article = "A new story with enough words of its own to matter here, and a second clause for length.";
        const string More = "The story goes on after the list with a paragraph that is long enough to be article text.";
        // In bold at the head the label is "set apart" by a built-in rule; the titles (long, on another site) are no
        // line any built-in rule takes, but the feed learned the label, and the label takes them.
        var lines = "<p><a href=\"https://other.example/2026/a-first-story\">A first other story about the harbour and its new ferry line</a></p>"
            + "<p><a href=\"https://other.example/2026/a-second-story\">A second other story about the railway and the mountain pass</a></p>";
        var html = $"<p><strong>Rilataj artikoloj</strong></p>{lines}<p>{Article}</p><p>{More}</p>";

        var result = cleaner.Clean(html, null, rules);
        var unlearned = cleaner.Clean(html, null);
        var linksAlone = cleaner.Clean($"<p><strong>Rilataj artikoloj</strong></p>{lines}", null, rules);

        result.Text.Should().Be(Article + "\n" + More);
        unlearned.Text.Should().Contain("A first other story", "without the learned label, nothing says the links are not the article's");
        linksAlone.Text.Should().Contain("A first other story", "a post of links alone keeps them");
    }

    [Fact]
    public void Clean_LinksWithADateBesideThemAreLinesOfLinks()
    {
        var cleaner = new ContentCleaner(new CleaningOptions());
        var rules = new CleaningRules { LearnedBlocks = new HashSet<string> { ContentCleaner.BlockKey("Rilataj artikoloj") } };
        const string Article = "A new story with enough words of its own to matter here, and a second clause for length.";
        const string More = "The story goes on after the list with a paragraph that is long enough to be article text.";
        var table = "<table><tr><th><a href=\"https://x.example/436\">First other story</a>&nbsp;&nbsp;<span>(2025.03.21)</span></th></tr>"
            + "<tr><th><a href=\"https://x.example/471\">Second other story</a>&nbsp;&nbsp;<span>(2025.03.26)</span></th></tr></table>";

        var result = cleaner.Clean($"<p>{Article}</p><h4>Rilataj artikoloj</h4>{table}<p>{More}</p>", null, rules);

        result.Text.Should().Be(Article + "\n" + More);
    }

    [Fact]
    public void Clean_ReportsLinesANamedBoxCondemned_AsBlocksToLearn()
    {
        // A plugin's box names the line in some items; the same line may come bare in others, where only learning takes it.
        var cleaner = new ContentCleaner(new CleaningOptions());

        var result = cleaner.Clean("<p>The article says what it says, at some length, so that it is an article.</p><div class=\"ad-slot\"><p>Frá samstarfsaðila okkar</p></div>", null);

        result.Text.Should().NotContain("samstarfsaðila");
        result.Blocks.Should().Contain("Frá samstarfsaðila okkar");
        result.RemovedBlocks.Should().NotContain("Frá samstarfsaðila okkar");
    }

    [Fact]
    public void Clean_ALearnedLabelTakesCardsWhoseTitlesALinkHolds()
    {
        var cleaner = new ContentCleaner(new CleaningOptions());
        var rules = new CleaningRules { LearnedBlocks = new HashSet<string> { ContentCleaner.BlockKey("Masolo oyo ekokani") } };
        const string Article = "A new story with enough words of its own to matter here, and a second clause for length.";
        const string More = "The story goes on after the cards with a paragraph that is long enough to be article text.";
        static string Card(string title) =>
            $"<article class=\"post-card\"><a href=\"https://x.example/{title.Length}\"><img src=\"https://x.example/{title.Length}.jpg\" alt=\"\"></a>"
            + $"<a href=\"https://x.example/{title.Length}\"><header><h3>{title}</h3></header></a></article>";

        var result = cleaner.Clean($"<p>{Article}</p><h2>Masolo oyo ekokani</h2>{Card("First other story")}{Card("Second other story")}<p>{More}</p>", null, rules);

        result.Text.Should().Be(Article + "\n" + More);
    }

    [Theory]
    [InlineData("follow us on telegram", true)]
    [InlineData("follow us on the ledger s telegram channel", true)]
    [InlineData("follow us on", false)] // no varying end
    [InlineData("follow us onward", false)] // a word cut is not a start
    [InlineData("please follow us on telegram", false)]
    [InlineData("the budget appeared first on the ledger", true)]
    [InlineData("appeared first on the ledger", false)]
    [InlineData("it appeared first on the ledgerdemain", false)]
    public void LearnedLines_MatchWholeWordsAndAVaryingEnd(string key, bool matches)
    {
        var lines = LearnedLines.Of(new HashSet<string> { LearnedLines.StartingWith("follow us on"), LearnedLines.EndingWith("appeared first on the ledger"), "a whole line" });

        lines.Matches(key).Should().Be(matches);
        lines.Matches("a whole line").Should().BeTrue();
        lines.Matches("follow us on " + string.Join(' ', Enumerable.Repeat("w", LearnedLines.MaxSlotWords + 1))).Should().BeFalse();
    }

    [Fact]
    public void Clean_ReportsTheLinesItRemoved_ForTheLearner()
    {
        var cleaner = new ContentCleaner(new CleaningOptions());
        var html = "<p>The article says what it says, at some length, so that it is an article.</p>" +
                   "<form action=\"/subscribe\"><h2>Recevez la lettre du Tagblatt</h2><input type=\"email\"><button>OK</button></form>" +
                   "<p>Share this article</p>";

        var result = cleaner.Clean(html, null);

        result.Blocks.Should().Equal("The article says what it says, at some length, so that it is an article.");
        result.RemovedBlocks.Should().Contain(["Recevez la lettre du Tagblatt", "Share this article"]);
    }

    /// <summary>Property: whatever was learned, a learned rule never takes an article below the floor, never to nothing.</summary>
    [Fact]
    public void Clean_LearnedRulesNeverEmptyAnArticle()
    {
        var options = new CleaningOptions();
        var cleaner = new ContentCleaner(options);
        var random = new Random(7);
        var sentences = Enumerable.Range(0, 40).Select(i => $"Sentence {(char)('a' + i % 26)}{i} says something of length {new string('x', random.Next(5, 120))}.").ToList();
        for (var round = 0; round < 200; round++)
        {
            var blocks = sentences.OrderBy(_ => random.Next()).Take(random.Next(1, 8)).ToList();
            // Learn every block of the article, or a random part of them.
            var learned = blocks.Where(_ => round % 2 == 0 || random.Next(2) == 0).Select(ContentCleaner.BlockKey).ToHashSet();
            var html = string.Concat(blocks.Select(b => random.Next(3) == 0 ? $"<li>{b}</li>" : $"<p>{b}</p>"));

            var result = cleaner.Clean(html, null, new CleaningRules { LearnedBlocks = learned });

            var before = blocks.Sum(b => b.Length);
            result.Text.Should().NotBeEmpty();
            result.Text.Replace("\n", "", StringComparison.Ordinal).Length.Should().BeGreaterThanOrEqualTo((int)(before * options.LearnedRuleTextFloor));
        }
    }
}
