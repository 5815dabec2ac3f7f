using System.IO.Compression;
using System.Text;
using System.Text.Json;
using FeedHub.Testing;

namespace FeedHub.Worker.Tests;

/// <summary>Editors' rules, learned boilerplate and re-cleaning, and page extraction, through the command line.</summary>
public sealed class RulesAndExtractTests
{
    internal const string Junk = "Widget Weekly is written in Leeds by four people and one very patient cat.";

    /// <summary>A feed whose every item ends with the same line no built-in rule knows.</summary>
    internal static byte[] FeedWithRecurringJunk(int items)
    {
        var texts = JsonDocument.Parse(File.ReadAllText(FixtureFiles.PathOf("article-extraction", "ground-truth.json"))).RootElement
            .EnumerateObject().Select(p => p.Value.GetProperty("articleBody").GetString()!).Take(items).ToList();
        var xml = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Widget Weekly</title><link>https://widgets.example/</link>");
        for (var i = 0; i < texts.Count; i++)
        {
            var paragraphs = string.Concat(texts[i].Split('\n', StringSplitOptions.RemoveEmptyEntries).Take(6).Select(p => $"<p>{System.Security.SecurityElement.Escape(p)}</p>"));
            xml.Append($"<item><title>Story {i}</title><link>https://widgets.example/story-{i}</link><guid>w-{i}</guid>")
               .Append($"<pubDate>Mon, 0{1 + i % 9} Sep 2025 10:00:00 GMT</pubDate>")
               .Append($"<description><![CDATA[{paragraphs}<p>{Junk}</p><p>Sponsored by ACME rocket skates.</p>]]></description></item>");
        }
        return Encoding.UTF8.GetBytes(xml.Append("</channel></rss>").ToString());
    }

    [Fact]
    public async Task EditorPatterns_AndLearnedBoilerplate_AreAppliedByReclean()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.MapBytes("widgets.xml", FeedWithRecurringJunk(8));
        await using var feedhub = await FeedHubInstance.CreateAsync("sqlite");
        var url = server.Url("widgets.xml").AbsoluteUri;
        (await feedhub.RunAsync("feeds", "add", url)).ExitCode.Should().Be(0);
        // Without the re-clean that follows learning, so that `feedhub reclean` has the learned line to remove.
        (await feedhub.RunAsync("poll", "--all", "--Cleaning:Learning:RecleanDays=0")).ExitCode.Should().Be(0);
        var before = await feedhub.ExportAsync();
        before.Should().OnlyContain(a => a.GetProperty("contentText").GetString()!.Contains(Junk, StringComparison.Ordinal));
        before.Should().HaveCount(8);
        before.Should().OnlyContain(a => a.GetProperty("contentText").GetString()!.Contains("Sponsored by ACME", StringComparison.Ordinal));

        (await feedhub.RunAsync("rules", "add-pattern", url, "^Sponsored by ACME")).ExitCode.Should().Be(0);
        (await feedhub.RunAsync("rules", "add-pattern", url, "(unclosed")).ExitCode.Should().Be(2);
        var show = JsonDocument.Parse((await feedhub.RunAsync("rules", "show", url)).Output).RootElement;
        show.GetProperty("removePatterns").EnumerateArray().Select(p => p.GetString()).Should().Equal("^Sponsored by ACME");
        show.GetProperty("learnedBlocks").GetArrayLength().Should().BeGreaterThan(0, "the poll that stored 8 items learned their recurring line");

        var reclean = await feedhub.RunAsync("reclean", "--feed", url);
        reclean.ExitCode.Should().Be(0, reclean.Error);
        var after = await feedhub.ExportAsync();
        after.Should().HaveCount(8);
        foreach (var article in after)
        {
            var text = article.GetProperty("contentText").GetString()!;
            text.Should().NotContain("Sponsored by ACME").And.NotContain(Junk);
            text.Length.Should().BeGreaterThan(200, "learned rules never empty an article");
        }
        after.Select(a => a.GetProperty("storyId").GetInt64()).Should().Equal(before.Select(a => a.GetProperty("storyId").GetInt64()), "re-cleaning keeps stories");

        (await feedhub.RunAsync("rules", "reset", url)).ExitCode.Should().Be(0);
        JsonDocument.Parse((await feedhub.RunAsync("rules", "show", url)).Output).RootElement.GetProperty("learnedBlocks").GetArrayLength().Should().Be(0);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Poll_ThatLearnsNewBoilerplate_CleansTheArticlesItLearnedFromAgain(string store)
    {
        await using var server = await LoopbackServer.StartAsync();
        server.MapBytes("widgets.xml", FeedWithRecurringJunk(8));
        await using var feedhub = await FeedHubInstance.CreateAsync(store);
        var url = server.Url("widgets.xml").AbsoluteUri;
        (await feedhub.RunAsync("feeds", "add", url)).ExitCode.Should().Be(0);

        (await feedhub.RunAsync("poll", "--all")).ExitCode.Should().Be(0);

        JsonDocument.Parse((await feedhub.RunAsync("rules", "show", url)).Output).RootElement.GetProperty("learnedBlocks").GetArrayLength().Should().BeGreaterThan(0);
        var articles = await feedhub.ExportAsync();
        articles.Should().HaveCount(8);
        foreach (var article in articles)
        {
            var text = article.GetProperty("contentText").GetString()!;
            text.Should().NotContain(Junk, "the poll learned the line from these very items and cleaned them again");
            text.Length.Should().BeGreaterThan(200);
        }
    }

    internal const string Call = "Widget Weekly lands in forty thousand inboxes on Fridays";

    /// <summary>
    /// A feed whose items hold two house lines in the middle: a call that most items carry inside a sign-up form (which the
    /// sanitizer drops) and two carry as a paragraph, and a line whose end changes with each item.
    /// </summary>
    internal static byte[] FeedWithHouseLinesInPlaces(int items)
    {
        string[] captions = ["a lathe in Leeds", "the blue sprocket", "three tiny gears", "our patient cat", "a brass hinge", "the spring catalogue"];
        var texts = JsonDocument.Parse(File.ReadAllText(FixtureFiles.PathOf("article-extraction", "ground-truth.json"))).RootElement
            .EnumerateObject().Select(p => p.Value.GetProperty("articleBody").GetString()!).Skip(10).Take(items).ToList();
        var xml = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Widget Weekly</title><link>https://widgets.example/</link>");
        for (var i = 0; i < texts.Count; i++)
        {
            var paragraphs = texts[i].Split('\n', StringSplitOptions.RemoveEmptyEntries).Take(6).Select(p => $"<p>{System.Security.SecurityElement.Escape(p)}</p>").ToList();
            var call = i < 2 ? $"<p>{Call}</p>" : $"<form action=\"https://widgets.example/subscribe\"><label>{Call}</label><input type=\"email\" name=\"email\"></form>";
            paragraphs.Insert(Math.Min(2, paragraphs.Count), call + $"<p>Widget Weekly picture of the week: {captions[i % captions.Length]}</p>");
            xml.Append($"<item><title>Story {i}</title><link>https://widgets.example/story-{i}</link><guid>w-{i}</guid>")
               .Append($"<pubDate>Mon, 0{1 + i % 9} Sep 2025 10:00:00 GMT</pubDate>")
               .Append($"<description><![CDATA[{string.Concat(paragraphs)}]]></description></item>");
        }
        return Encoding.UTF8.GetBytes(xml.Append("</channel></rss>").ToString());
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Learning_CountsLinesWhereverTheyWereRemoved_AndLearnsLinesWithAVaryingEnd(string store)
    {
        await using var server = await LoopbackServer.StartAsync();
        server.MapBytes("widgets.xml", FeedWithHouseLinesInPlaces(8));
        await using var feedhub = await FeedHubInstance.CreateAsync(store);
        var url = server.Url("widgets.xml").AbsoluteUri;
        (await feedhub.RunAsync("feeds", "add", url)).ExitCode.Should().Be(0);

        (await feedhub.RunAsync("poll", "--all")).ExitCode.Should().Be(0);

        var learned = JsonDocument.Parse((await feedhub.RunAsync("rules", "show", url)).Output).RootElement.GetProperty("learnedBlocks")
            .EnumerateArray().Select(b => b.GetString()).ToList();
        learned.Should().Contain("widget weekly lands in forty thousand inboxes on fridays", "it is in every item, though the sanitizer dropped it from six");
        learned.Should().Contain(l => l!.StartsWith("widget weekly picture of the week", StringComparison.Ordinal) && l.EndsWith(" *", StringComparison.Ordinal));
        var articles = await feedhub.ExportAsync();
        articles.Should().HaveCount(8);
        foreach (var article in articles)
        {
            var text = article.GetProperty("contentText").GetString()!;
            text.Should().NotContain(Call).And.NotContain("picture of the week");
            text.Length.Should().BeGreaterThan(200);
        }
    }

    [Fact]
    public async Task PollAndClean_RemoveALineAfterTheArticleThatNamesTheItemsTitle()
    {
        // Icelandic, which no phrasebook entry holds: only the item's title, which the poll hands to the cleaner, can tell.
        const string title = "Council approves the new budget";
        const string line = "Birtist fyrst á Fréttum: Council approves the new budget";
        const string body = "<p>The council approved the new budget on Tuesday after a long debate about school funding and road repairs.</p>"
            + "<p>Work on the ring road starts in March and should end before the winter, the city engineer told reporters.</p><p>" + line + "</p>";
        var xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Fréttir</title><link>https://frettir.example/</link>"
            + $"<item><title>{title}</title><link>https://frettir.example/fjarlog</link><guid>f-1</guid><description><![CDATA[{body}]]></description></item></channel></rss>";
        await using var server = await LoopbackServer.StartAsync();
        server.MapBytes("frettir.xml", Encoding.UTF8.GetBytes(xml));
        await using var feedhub = await FeedHubInstance.CreateAsync("sqlite");
        (await feedhub.RunAsync("feeds", "add", server.Url("frettir.xml").AbsoluteUri)).ExitCode.Should().Be(0);
        (await feedhub.RunAsync("poll", "--all")).ExitCode.Should().Be(0);
        var file = Path.Combine(Path.GetTempPath(), $"feedhub-item-{Guid.NewGuid():N}.html");
        await File.WriteAllTextAsync(file, body);

        var stored = (await feedhub.ExportAsync()).Should().ContainSingle().Subject.GetProperty("contentText").GetString();
        var clean = await feedhub.RunAsync("clean", file, "--title", title, "--explain");
        var withoutTitle = await feedhub.RunAsync("clean", file);

        stored.Should().StartWith("The council approved").And.NotContain("Birtist");
        clean.Output.Should().NotContain("Birtist");
        clean.Error.Should().Contain("removed by title-line: " + line);
        withoutTitle.Output.Should().Contain("Birtist", "without the title, nothing says the line is not the article's");
        File.Delete(file);
    }

    [Fact]
    public async Task Extract_PrintsTheArticleTextOfASavedPage()
    {
        var truth = JsonDocument.Parse(File.ReadAllText(FixtureFiles.PathOf("article-extraction", "ground-truth.json"))).RootElement.EnumerateObject().First();
        var page = Path.Combine(Path.GetTempPath(), $"feedhub-page-{Guid.NewGuid():N}.html");
        await using (var gz = new GZipStream(File.OpenRead(FixtureFiles.PathOf("article-extraction", "html", truth.Name + ".html.gz")), CompressionMode.Decompress))
        await using (var file = File.Create(page))
            await gz.CopyToAsync(file);
        await using var feedhub = await FeedHubInstance.CreateAsync("sqlite");

        var result = await feedhub.RunAsync("extract", page, "--url", truth.Value.GetProperty("url").GetString()!);
        var notHtml = await feedhub.RunAsync("extract", FixtureFiles.PathOf("article-extraction", "ground-truth.json"), "--url", "https://example.com/");

        result.ExitCode.Should().Be(0, result.Error);
        var firstSentence = truth.Value.GetProperty("articleBody").GetString()!.Split('\n')[0];
        result.Output.Should().Contain(firstSentence[..Math.Min(60, firstSentence.Length)]);
        notHtml.ExitCode.Should().Be(1);
        notHtml.Error.Should().Contain("No article");
        File.Delete(page);
    }

    [Fact]
    public async Task APermanentRedirect_MovesTheFeed_OnlyAfterItHeld()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.Map("old.xml", context =>
        {
            context.Response.StatusCode = 301;
            context.Response.Headers.Location = "/new.xml";
            return Task.CompletedTask;
        });
        server.MapFile("new.xml", FixtureFiles.PathOf("weekly-blitz", "origin-feed.xml"), etag: "\"n1\"");
        await using var feedhub = await FeedHubInstance.CreateAsync("sqlite");
        var oldUrl = server.Url("old.xml").AbsoluteUri;
        (await feedhub.RunAsync("feeds", "add", oldUrl)).ExitCode.Should().Be(0);

        async Task<string> UrlAfterPollAsync()
        {
            (await feedhub.RunAsync("poll", "--all")).ExitCode.Should().Be(0);
            return JsonDocument.Parse((await feedhub.RunAsync("feeds", "list", "--format", "json")).Output).RootElement[0].GetProperty("url").GetString()!;
        }

        (await UrlAfterPollAsync()).Should().Be(oldUrl);
        (await UrlAfterPollAsync()).Should().Be(oldUrl);
        (await UrlAfterPollAsync()).Should().Be(server.Url("new.xml").AbsoluteUri, "three polls in a row confirmed the move");
        var again = await feedhub.RunAsync("feeds", "add", oldUrl);
        again.Output.Should().StartWith("exists", "the old URL is kept for the feed's identity");
        (await feedhub.ExportAsync()).Should().HaveCount(3);
    }
}
