using System.Text.Json;
using FeedHub.Storage;
using FeedHub.Worker.Api;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace FeedHub.Worker.Tests;

/// <summary>The rest of issue 6's list: conditional GET everywhere, the story filter, binding errors, feeds per story.</summary>
public sealed partial class ApiTests
{
    [Theory]
    [InlineData("/api/articles")]
    [InlineData("/api/articles?representativesOnly=true&limit=2")]
    [InlineData("/api/articles/{article}")]
    [InlineData("/api/stories/{story}")]
    [InlineData("/api/feeds")]
    [InlineData("/feeds/all.atom")]
    [InlineData("/feeds/all.json")]
    [InlineData("/feeds/feed/1.atom")]
    [InlineData("/feeds/feed/2.json")]
    [InlineData("/feeds/story/{story}.atom")]
    [InlineData("/feeds/story/{story}.json")]
    public async Task EveryResponse_HasAnETag_AndAnswers304ToIt_ButNotToAnother(string template)
    {
        var path = await ResolveAsync(template);

        var first = await _daemon.GetAsync(path);
        var etag = first.Response.Headers.ETag.ToString();
        var same = await _daemon.GetAsync(path, headers: new Dictionary<string, string> { ["If-None-Match"] = $"\"other\", W/{etag}" });
        var other = await _daemon.GetAsync(path, headers: new Dictionary<string, string> { ["If-None-Match"] = "\"0123456789abcdef0123456789abcdef\"" });

        first.Response.StatusCode.Should().Be(200);
        etag.Should().MatchRegex("^\"[0-9a-f]{32}\"$");
        same.Response.StatusCode.Should().Be(304);
        same.Response.Headers.ETag.ToString().Should().Be(etag);
        other.Response.StatusCode.Should().Be(200);
        InProcessDaemon.Body(other).Should().Be(InProcessDaemon.Body(first));
    }

    [Theory]
    [InlineData("/api/articles")]
    [InlineData("/api/articles/{article}")]
    [InlineData("/api/stories/{story}")]
    [InlineData("/feeds/all.json")]
    [InlineData("/feeds/story/{story}.atom")]
    public async Task ETag_Changes_WhenArticlesAreEditedInPlace(string template)
    {
        var path = await ResolveAsync(template);
        var before = await _daemon.GetAsync(path);

        // An edit keeps each article's place in the stream (no cursor moves), so only the content tells.
        await using (var connection = new SqliteConnection($"Data Source={_feedhub.SqlitePath}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE articles SET title = title || ' (corrected)'";
            (await command.ExecuteNonQueryAsync()).Should().Be(4);
        }
        var after = await _daemon.GetAsync(path, headers: new Dictionary<string, string> { ["If-None-Match"] = before.Response.Headers.ETag.ToString() });

        after.Response.StatusCode.Should().Be(200);
        after.Response.Headers.ETag.ToString().Should().NotBe(before.Response.Headers.ETag.ToString());
        InProcessDaemon.Body(after).Should().Contain("(corrected)");
    }

    [Fact]
    public async Task Articles_FilterByStory_GivesExactlyItsMembers()
    {
        var all = JsonDocument.Parse(InProcessDaemon.Body(await _daemon.GetAsync("/api/articles"))).RootElement.GetProperty("items")
            .EnumerateArray().Select(i => (Id: i.GetProperty("id").GetInt64(), Story: i.GetProperty("storyId").GetInt64())).ToList();

        all.Should().HaveCount(4);
        foreach (var story in all.GroupBy(a => a.Story))
        {
            var page = JsonDocument.Parse(InProcessDaemon.Body(await _daemon.GetAsync($"/api/articles?story={story.Key}"))).RootElement;
            page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).Should().BeEquivalentTo(story.Select(a => a.Id));
        }
        all.GroupBy(a => a.Story).Should().Contain(g => g.Count() == 2, "the cross-post is one story with two sources");
    }

    [Theory]
    [InlineData("/api/articles?feed=abc")]
    [InlineData("/api/articles?story=1.5")]
    [InlineData("/api/articles?representativesOnly=maybe")]
    [InlineData("/api/articles?limit=ten")]
    public async Task Articles_UnreadableParameters_AreProblemDetails(string path)
    {
        var response = await _daemon.GetAsync(path);

        response.Response.StatusCode.Should().Be(400);
        response.Response.ContentType.Should().StartWith("application/problem+json");
        JsonDocument.Parse(InProcessDaemon.Body(response)).RootElement.GetProperty("status").GetInt32().Should().Be(400);
    }

    [Theory]
    [InlineData("atom")]
    [InlineData("json")]
    public async Task StoryFeed_ParsesBack_WithEveryCopyOfTheStory(string format)
    {
        var path = await ResolveAsync($"/feeds/story/{{story}}.{format}");

        var response = await _daemon.GetAsync(path);

        response.Response.StatusCode.Should().Be(200);
        response.Response.Headers.LastModified.ToString().Should().NotBeNullOrEmpty();
        var parsed = CodeHollow.FeedReader.FeedReader.ReadFromString(InProcessDaemon.Body(response));
        parsed.Items.Should().HaveCount(2, "the story's two copies");
        parsed.Items.Should().OnlyContain(i => !string.IsNullOrEmpty(i.Id) && !string.IsNullOrEmpty(i.Title));
        if (format == "atom")
        {
            parsed.Type.Should().Be(CodeHollow.FeedReader.FeedType.Atom);
            parsed.Items.Should().OnlyContain(i => !string.IsNullOrEmpty(i.Content) && i.PublishingDate != null);
        }
        else
        {
            var items = JsonDocument.Parse(InProcessDaemon.Body(response)).RootElement.GetProperty("items").EnumerateArray().ToList();
            items.Should().OnlyContain(i => i.GetProperty("content_html").GetString()!.Length > 0 && i.GetProperty("url").GetString()!.StartsWith("http", StringComparison.Ordinal));
        }
        (await _daemon.GetAsync($"/feeds/story/999999.{format}")).Response.StatusCode.Should().Be(404);
    }

    [Fact]
    public async Task FeedFeed_ParsesBack_WithOnlyThatFeedsArticles()
    {
        var atom = CodeHollow.FeedReader.FeedReader.ReadFromString(InProcessDaemon.Body(await _daemon.GetAsync("/feeds/feed/1.atom")));
        var json = JsonDocument.Parse(InProcessDaemon.Body(await _daemon.GetAsync("/feeds/feed/1.json"))).RootElement;

        atom.Type.Should().Be(CodeHollow.FeedReader.FeedType.Atom);
        atom.Items.Should().HaveCount(3);
        json.GetProperty("items").EnumerateArray().Should().HaveCount(3)
            .And.OnlyContain(i => i.GetProperty("_feedhub").GetProperty("feed_url").GetString() == _server.Url("origin.xml").AbsoluteUri);
    }

    [Fact]
    public async Task OpenApiDocument_ListsEveryRoute()
    {
        var paths = JsonDocument.Parse(InProcessDaemon.Body(await _daemon.GetAsync("/openapi/v1.json"))).RootElement.GetProperty("paths");

        paths.EnumerateObject().Select(p => p.Name).Should().Contain(
            ["/api/articles", "/api/articles/{id}", "/api/stories/{id}", "/api/feeds", "/feeds/all.atom", "/feeds/all.json"]);
        var list = paths.GetProperty("/api/articles").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString());
        list.Should().Contain(["feed", "story", "since", "representativesOnly", "cursor", "limit"]);
    }

    [Fact]
    public async Task ApiKeys_AreStoredAsHashesOnly()
    {
        var keys = await _daemon.Services.GetRequiredService<IApiKeyStore>().ListApiKeysAsync(CancellationToken.None);

        keys.Should().ContainSingle(k => k.Name == "tests").Which.KeyHash.Should().Be(ApiAccess.HashKey(_storedKey));
        await using var connection = new SqliteConnection($"Data Source={_feedhub.SqlitePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM api_keys WHERE key_hash = $key OR name = $key";
        command.Parameters.AddWithValue("$key", _storedKey);
        ((long)(await command.ExecuteScalarAsync())!).Should().Be(0, "the key itself is nowhere in the store");
    }

    /// <summary>Fills {article} and {story} with the cross-posted story and one of its articles.</summary>
    private async Task<string> ResolveAsync(string template)
    {
        var items = JsonDocument.Parse(InProcessDaemon.Body(await _daemon.GetAsync("/api/articles?feed=2"))).RootElement.GetProperty("items");
        var repost = items[0];
        return template.Replace("{article}", repost.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{story}", repost.GetProperty("storyId").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
