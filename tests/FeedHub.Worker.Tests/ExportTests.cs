using System.Text;
using System.Text.Json;
using FeedHub.Testing;
using FeedHub.Worker.Cli;

namespace FeedHub.Worker.Tests;

/// <summary>
/// `feedhub export` writes bytes straight to stdout's stream when it is given the UTF-8 StreamWriter that `feedhub`
/// sets up, and decodes them into any other TextWriter: both must give the same document. The jsonl lines come from
/// the store's UTF-8 row read (bytes straight from PostgreSQL, strings encoded on SQLite): on both stores each line
/// is the API's article, byte for byte.
/// </summary>
[Collection(InProcessDaemonCollection.Name)]
public sealed class ExportTests : IAsyncLifetime
{
    private LoopbackServer _server = null!;
    private readonly List<FeedHubInstance> _instances = [];

    public async Task InitializeAsync()
    {
        _server = await LoopbackServer.StartAsync();
        _server.MapFile("origin.xml", FixtureFiles.PathOf("weekly-blitz", "origin-feed.xml"));
        _server.MapFile("aggregator.xml", FixtureFiles.PathOf("weekly-blitz", "aggregator-feed.xml"));
    }

    public async Task DisposeAsync()
    {
        foreach (var instance in _instances)
            await instance.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Jsonl_ToStdoutsStream_IsTheSameAsThroughATextWriter_AndEachLineIsTheApisArticle(string store)
    {
        var feedhub = await PolledAsync(store);
        var bytes = await ExportToStreamAsync(feedhub, "--format", "jsonl");
        var text = await feedhub.RunAsync("export", "--format", "jsonl");
        var representatives = await ExportToStreamAsync(feedhub, "--format", "jsonl", "--representatives-only");

        bytes.Should().Be(text.Output);
        var lines = bytes.Split('\n');
        lines[^1].Should().BeEmpty("every line ends with a newline");
        lines[..^1].Should().HaveCount(4);
        representatives.Split('\n')[..^1].Should().HaveCount(3).And.OnlyContain(l => lines.Contains(l), "one story has two sources");
        await using var daemon = await InProcessDaemon.StartAsync(feedhub);
        foreach (var line in lines[..^1])
        {
            var id = JsonDocument.Parse(line).RootElement.GetProperty("id").GetInt64();
            InProcessDaemon.Body(await daemon.GetAsync($"/api/articles/{id}")).Should().Be(line, "the export line is the API's article shape");
        }
    }

    [Theory]
    [InlineData("atom")]
    [InlineData("json")]
    public async Task Feeds_ToStdoutsStream_ParseBack(string format)
    {
        const int expected = 4;
        var feedhub = await PolledAsync("sqlite");
        var document = await ExportToStreamAsync(feedhub, "--format", format);
        var representatives = await ExportToStreamAsync(feedhub, "--format", format, "--representatives-only");

        if (format == "atom")
        {
            var parsed = CodeHollow.FeedReader.FeedReader.ReadFromString(document);
            parsed.Type.Should().Be(CodeHollow.FeedReader.FeedType.Atom);
            parsed.Items.Should().HaveCount(expected).And.OnlyContain(i => !string.IsNullOrEmpty(i.Id) && !string.IsNullOrEmpty(i.Content));
            CodeHollow.FeedReader.FeedReader.ReadFromString(representatives).Items.Should().HaveCount(expected - 1);
        }
        else
        {
            JsonDocument.Parse(document).RootElement.GetProperty("items").GetArrayLength().Should().Be(expected);
            JsonDocument.Parse(representatives).RootElement.GetProperty("items").GetArrayLength().Should().Be(expected - 1);
        }
    }

    /// <summary>A store holding the seed case: two feeds, four articles, one story with two sources.</summary>
    private async Task<FeedHubInstance> PolledAsync(string store)
    {
        var feedhub = await FeedHubInstance.CreateAsync(store);
        _instances.Add(feedhub);
        (await feedhub.RunAsync("feeds", "import", FeedHubInstance.WriteOpml(_server.Url("origin.xml"), _server.Url("aggregator.xml")))).ExitCode.Should().Be(0);
        (await feedhub.RunAsync("poll", "--all")).ExitCode.Should().Be(0);
        return feedhub;
    }

    /// <summary>Runs the export as `feedhub` does: a UTF-8 StreamWriter without BOM over the output stream.</summary>
    private static async Task<string> ExportToStreamAsync(FeedHubInstance feedhub, params string[] args)
    {
        using var stdout = new MemoryStream();
        await using (var writer = new StreamWriter(stdout, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true))
        {
            var exit = await FeedHubCli.RunAsync(["export", .. args, .. feedhub.StoreArgs], writer, TextWriter.Null);
            exit.Should().Be(0);
        }
        return Encoding.UTF8.GetString(stdout.ToArray());
    }
}
