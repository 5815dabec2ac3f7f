using FeedHub.Cleaning;

namespace FeedHub.Core.Tests.Cleaning;

/// <summary>
/// Lines judged by their form, not their words: the rows use words no phrasebook entry holds (Icelandic, Welsh,
/// Latvian and Lithuanian words it lacks, invented brand names), so only the form can decide.
/// </summary>
public sealed class StandOutLineTests
{
    private const string Prose = "<p>The council approved the new budget on Tuesday after a long debate about school funding and road repairs.</p>";
    private const string ProseText = "The council approved the new budget on Tuesday after a long debate about school funding and road repairs.";
    private static readonly ContentCleaner Cleaner = new(new CleaningOptions());
    private static readonly Uri ItemUrl = new("https://aggregator.example/news/42/");

    public static TheoryData<string, string, string> AtTheTail => new()
    {
        { "Clean_RemovesItalicLineAtTheTail", "<p><em>Styðjið Fréttablaðið</em></p>", "set-apart" },
        { "Clean_RemovesSmallPrintAtTheTail", "<p><small>Gerast áskrifandi að fréttum</small></p>", "set-apart" },
        { "Clean_RemovesAsideAtTheTail", "<aside><p>Gwrandewch ar yr erthygl</p></aside>", "set-apart" },
        { "Clean_RemovesLineUnderARuleAtTheTail", "<hr><p>Lokað fyrir athugasemdir</p>", "set-apart" },
        { "Clean_RemovesEmojiLineAtTheTail", "<p>☕ Kafijas fonds</p>", "marked-line" },
        { "Clean_RemovesArrowLineAtTheTail", "<p>Zinios → daugiau</p>", "marked-line" },
        { "Clean_RemovesHandleLineAtTheTail", "<p>Zinios: @zinios_lt</p>", "marked-line" },
        { "Clean_RemovesHashtagLineAtTheTail", "<p>#biudzetas #mokyklos</p>", "marked-line" },
    };

    [Theory]
    [MemberData(nameof(AtTheTail))]
    public void Clean_RemovesStandOutLineAtTheEdge(string name, string line, string rule)
    {
        var result = Cleaner.Clean(Prose + line, ItemUrl);

        result.Text.Should().Be(ProseText, name);
        result.Removals.Select(r => r.Rule).Should().Contain(rule, name);
    }

    [Fact]
    public void Clean_RemovesPlainShortLineBetweenTheEdgeAndAStandOutLine()
    {
        var result = Cleaner.Clean("<p>Mynd Fréttablaðið</p><p><em>Hlustaðu á greinina</em></p>" + Prose, ItemUrl);

        result.Text.Should().Be(ProseText);
    }

    public static TheoryData<string, string> KeptInside => new()
    {
        { "Clean_KeepsQuotedAccountsInsideTheArticle", "<p>Аккаунт: @masha_altynbaeva</p>" },
        { "Clean_KeepsItalicLineInsideTheArticle", "<p><em>Styðjið Fréttablaðið</em></p>" },
        { "Clean_KeepsEmojiLineInsideTheArticle", "<p>We hope to see you soon! 🙂</p>" },
    };

    [Theory]
    [MemberData(nameof(KeptInside))]
    public void Clean_KeepsStandOutLineInsideTheArticle(string name, string line)
    {
        var text = Cleaner.Clean(Prose + line + Prose.Replace("Tuesday", "Wednesday", StringComparison.Ordinal), ItemUrl).Text;

        text.Split('\n').Should().HaveCount(3, name);
    }

    public static TheoryData<string, string> KeptAtTheEdge => new()
    {
        { "Clean_KeepsQuestionToReaders", "<p><em>What traits do you look for in a leader?</em></p>" },
        { "Clean_KeepsItalicStandfirst", "<p><em>Aimie Carstensen war acht Jahre im Corporate Bereich unterwegs und gründete das Blogazine.</em></p>" },
        { "Clean_KeepsPullQuote", "<p><em>“We got a large opportunity this week from live chat.”</em></p>" },
    };

    [Theory]
    [MemberData(nameof(KeptAtTheEdge))]
    public void Clean_KeepsSentencesSetApartAtTheEdge(string name, string line)
    {
        Cleaner.Clean(line + Prose, ItemUrl).Text.Split('\n').Should().HaveCount(2, name);
    }

    [Fact]
    public void Clean_KeepsStandOutLinesWhenThereIsNoProse()
    {
        Cleaner.Clean("<p>Short one.</p><p><em>Styðjið Fréttablaðið</em></p>", ItemUrl).Text.Should().Be("Short one.\nStyðjið Fréttablaðið");
    }
}
