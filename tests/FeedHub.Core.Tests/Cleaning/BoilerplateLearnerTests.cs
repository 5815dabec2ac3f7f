using FeedHub.Cleaning;

namespace FeedHub.Core.Tests.Cleaning;

public sealed class BoilerplateLearnerTests
{
    private const string House = "Opinions expressed by contributors are their own.";

    private static readonly string[] Topics = ["budget", "harbour", "election", "vaccine", "railway", "drought", "museum", "tariff", "festival", "satellite", "bridge", "orchestra"];

    // Items differ in words, not only in numbers: block keys fold digits.
    private static List<IReadOnlyList<string>> Items(int count, Func<int, bool> hasHouseLine) =>
        [.. Enumerable.Range(0, count).Select(i => (IReadOnlyList<string>)(hasHouseLine(i)
            ? [$"The {Topics[i]} story opens with its own words.", $"Its second paragraph is about the {Topics[i]} too.", House]
            : [$"The {Topics[i]} story opens with its own words.", $"Its second paragraph is about the {Topics[i]} too."]))];

    [Fact]
    public void Learn_FindsBlocksThatRecurAcrossMostItems()
    {
        var learned = BoilerplateLearner.Learn(Items(10, i => i % 5 != 0));

        learned.Should().BeEquivalentTo([ContentCleaner.BlockKey(House)]);
    }

    [Fact]
    public void Learn_FoldsDigitsSoCountersAndDatesRecur()
    {
        var items = Enumerable.Range(0, 6).Select(i => (IReadOnlyList<string>)[$"Unique text {Guid.NewGuid():N}", $"© 20{20 + i} Site. {i} comments"]).ToList();

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
        var act = () => BoilerplateLearner.Learn([], new BoilerplateLearningOptions { MinShare = 1.5 });

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
