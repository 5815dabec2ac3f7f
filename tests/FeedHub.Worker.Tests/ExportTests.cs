using System.Text;
using System.Text.Json;
using FeedHub.Testing;
using FeedHub.Worker.Cli;

namespace FeedHub.Worker.Tests;

/// <summary>
/// `feedhub export` writes bytes straight to stdout's stream when it is given the UTF-8 StreamWriter that `feedhub`
/// sets up, and decodes them into any other TextWriter: both must give the same document.
/// </summary>
[Collection(InProcessDaemonCollection.Name)]
public sealed class ExportTests : IAsyncLifetime
{
    private LoopbackServer _server = null!;
    private FeedHubInstance _feedhub = null!;

    public async Task InitializeAsync()
    {
        _server = await LoopbackServer.StartAsync();
        _server.MapFile("origin.xml", FixtureFiles.PathOf("weekly-blitz", "origin-feed.xml"));
        _server.MapFile("aggregator.xml", FixtureFiles.PathOf("weekly-blitz", "aggregator-feed.xml"));
        _feedhub = await FeedHubInstance.CreateAsync("sqlite");
        (await _feedhub.RunAsync("feeds", "import", FeedHubInstance.WriteOpml(_server.Url("origin.xml"), _server.Url("aggregator.xml")))).ExitCode.Should().Be(0);
        (await _feedhub.RunAsync("poll", "--all")).ExitCode.Should().Be(0);
    }

    public async Task DisposeAsync()
    {
        await _feedhub.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Jsonl_ToStdoutsStream_IsTheSameAsThroughATextWriter_AndEachLineIsTheApisArticle()
    {
        var bytes = await ExportToStreamAsync("--format", "jsonl");
        var text = await _feedhub.RunAsync("export", "--format", "jsonl");

        bytes.Should().Be(text.Output);
        var lines = bytes.Split('\n');
        lines[^1].Should().BeEmpty("every line ends with a newline");
        lines[..^1].Should().HaveCount(4);
        await using var daemon = await InProcessDaemon.StartAsync(_feedhub);
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
        var document = await ExportToStreamAsync("--format", format);
        var representatives = await ExportToStreamAsync("--format", format, "--representatives-only");

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

    /// <summary>Runs the export as `feedhub` does: a UTF-8 StreamWriter without BOM over the output stream.</summary>
    private async Task<string> ExportToStreamAsync(params string[] args)
    {
        using var stdout = new MemoryStream();
        await using (var writer = new StreamWriter(stdout, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true))
        {
            var exit = await FeedHubCli.RunAsync(["export", .. args, .. _feedhub.StoreArgs], writer, TextWriter.Null);
            exit.Should().Be(0);
        }
        return Encoding.UTF8.GetString(stdout.ToArray());
    }
}
