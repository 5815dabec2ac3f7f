using System.Text.Json;
using FeedHub.Testing;

namespace FeedHub.Worker.Tests;

/// <summary>Learning in the daemon: the re-clean that follows it runs as a Hangfire job of its own.</summary>
[Collection(InProcessDaemonCollection.Name)]
public sealed class LearningDaemonTests
{
    [Fact]
    public async Task Daemon_ThatLearnsNewBoilerplate_CleansTheArticlesItLearnedFromAgainInAJob()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.MapBytes("widgets.xml", RulesAndExtractTests.FeedWithRecurringJunk(8));
        await using var feedhub = await FeedHubInstance.CreateAsync("sqlite");
        var url = server.Url("widgets.xml").AbsoluteUri;
        (await feedhub.RunAsync("feeds", "add", url)).ExitCode.Should().Be(0);

        IReadOnlyList<JsonElement> articles = [];
        await using (var daemon = await InProcessDaemon.StartAsync(feedhub))
        {
            var deadline = DateTime.UtcNow.AddSeconds(90);
            while (DateTime.UtcNow < deadline)
            {
                articles = await feedhub.ExportAsync();
                if (articles.Count == 8 && articles.All(a => !a.GetProperty("contentText").GetString()!.Contains(RulesAndExtractTests.Junk, StringComparison.Ordinal)))
                    break;
                await Task.Delay(250);
            }
        }

        articles.Should().HaveCount(8);
        articles.Should().OnlyContain(a => !a.GetProperty("contentText").GetString()!.Contains(RulesAndExtractTests.Junk, StringComparison.Ordinal),
            "the poll learned the line from these very items, and the job it queued cleaned them again");
        JsonDocument.Parse((await feedhub.RunAsync("rules", "show", url)).Output).RootElement.GetProperty("learnedBlocks").GetArrayLength().Should().BeGreaterThan(0);
    }
}
