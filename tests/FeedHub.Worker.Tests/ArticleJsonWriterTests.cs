using System.Text;
using System.Text.Json;
using FeedHub.Storage;
using FeedHub.Worker.Api;

namespace FeedHub.Worker.Tests;

/// <summary>
/// The hand-written Contract writer against the serialisation it replaced (System.Text.Json over
/// <see cref="ArticleJson"/> with <see cref="ContractJson.Options"/>): byte for byte, on the awkward values.
/// </summary>
public sealed class ArticleJsonWriterTests
{
    private static readonly DateTimeOffset Fetched = new(2026, 11, 30, 10, 15, 0, TimeSpan.Zero);

    public static TheoryData<string, ArticleRecord> Cases() => new()
    {
        { "every optional field null", Article() with { Guid = null, Url = null, CanonicalUrl = null, Title = null, Author = null, PublishedAt = null, OriginalUrl = null, DuplicateReason = null, Similarity = null } },
        { "empty strings", Article() with { FeedUrl = "", Title = "", ContentHtml = "", ContentText = "" } },
        { "unicode beyond ASCII and the BMP", Article() with { Title = "Café — naïve 日本語 \U0001F600 עברית", ContentText = "Ünïcödé\u00a0nbsp\u2028line\u2029para" } },
        { "control characters and quotes", Article() with { Title = "tab\there\nnew\rline \"quoted\" back\\slash \u0001\u001f\u007f", ContentText = "\0nul" } },
        { "HTML and script", Article() with { ContentHtml = "<p class=\"x\">a &amp; b <script>alert('x')</script> <a href='/?q=1&r=2'>l</a></p>", Title = "<b>bold</b> & 'apos'" } },
        { "lone surrogate", Article() with { Title = "broken \ud800 pair" } },
        { "dates with fractions and offsets", Article() with { PublishedAt = new DateTimeOffset(2001, 2, 3, 4, 5, 6, TimeSpan.FromHours(13)).AddTicks(1234567), FetchedAt = new DateTimeOffset(1999, 12, 31, 23, 59, 59, 120, TimeSpan.Zero) } },
        { "duplicate with similarity", Article() with { IsRepresentative = false, DuplicateReason = DuplicateReasons.Near, Similarity = 0.8333333333333334, OriginalUrl = "https://origin.example/a?utm_source=x" } },
        { "similarity at the bounds", Article() with { Similarity = 1.0, DuplicateReason = DuplicateReasons.Exact } },
        { "tiny similarity", Article() with { Similarity = 1e-7 } },
        { "large ids", Article() with { Id = long.MaxValue, StoryId = long.MaxValue - 1 } },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Write_MatchesTheSerializer(string name, ArticleRecord article)
    {
        var expected = JsonSerializer.Serialize(ArticleJson.From(article), ContractJson.Options);

        Encoding.UTF8.GetString(Write(w => ArticleJsonWriter.Write(w, article))).Should().Be(expected, name);
    }

    /// <summary>The same cases as UTF-8 rows, except the lone surrogate: a store's text is always valid UTF-8.</summary>
    public static TheoryData<string, ArticleRecord> Utf8Cases()
    {
        var cases = new TheoryData<string, ArticleRecord>();
        foreach (var row in Cases())
        {
            if ((string)row[0] != "lone surrogate")
                cases.Add((string)row[0], (ArticleRecord)row[1]);
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(Utf8Cases))]
    public void Write_Utf8Row_MatchesTheSerializer(string name, ArticleRecord article)
    {
        var expected = JsonSerializer.Serialize(ArticleJson.From(article), ContractJson.Options);
        var row = Utf8Row(article);

        Encoding.UTF8.GetString(Write(w => ArticleJsonWriter.Write(w, row))).Should().Be(expected, name);
    }

    [Fact]
    public void Write_Utf8Row_WritesTheFullTextWhenTheStoreChoseIt()
    {
        var article = Article() with { FullTextStatus = FullTextStatus.Fetched, FullTextHtml = "<p>The whole article</p>", FullTextText = "The whole article" };
        var expected = JsonSerializer.Serialize(ArticleJson.From(article), ContractJson.Options);

        Encoding.UTF8.GetString(Write(w => ArticleJsonWriter.Write(w, Utf8Row(article)))).Should().Be(expected)
            .And.Contain("The whole article");
    }

    [Theory]
    [InlineData("empty page, no cursor", 0, null)]
    [InlineData("three items and a cursor", 3, "12345.678")]
    public void WritePage_MatchesTheSerializer(string name, int count, string? cursor)
    {
        var items = Enumerable.Range(1, count).Select(i => Article() with { Id = i, Title = $"Item \"{i}\" <{i}>" }).ToList();
        var expected = JsonSerializer.Serialize(new ArticlePageJson(items.Select(ArticleJson.From).ToList(), cursor), ContractJson.Options);

        Encoding.UTF8.GetString(Write(w => ArticleJsonWriter.WritePage(w, items, cursor))).Should().Be(expected, name);
    }

    [Fact]
    public void Write_KeepsTheContractsKeysInOrder()
    {
        using var document = JsonDocument.Parse(Write(w => ArticleJsonWriter.Write(w, Article())));

        document.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal(
            "id", "feedUrl", "guid", "url", "canonicalUrl", "title", "author", "publishedAt", "fetchedAt", "contentHtml",
            "contentText", "storyId", "isRepresentative", "originalUrl", "duplicateReason", "similarity");
    }

    private static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new PooledBufferWriter(16);
        using (var writer = new Utf8JsonWriter(buffer, ArticleJsonWriter.Options))
            write(writer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The article as the store's export read gives it: UTF-8 text, the content it would choose.</summary>
    private static ArticleUtf8Row Utf8Row(ArticleRecord a) => new(
        a.Id, Utf8(a.FeedUrl)!.Value, Utf8(a.Guid), Utf8(a.Url), Utf8(a.CanonicalUrl), Utf8(a.Title), Utf8(a.Author), a.PublishedAt,
        a.FetchedAt, Utf8(a.ArticleHtml)!.Value, Utf8(a.ArticleText)!.Value, a.StoryId, a.IsRepresentative, Utf8(a.OriginalUrl),
        Utf8(a.DuplicateReason), a.Similarity);

    private static ReadOnlyMemory<byte>? Utf8(string? text)
    {
        // Not a conditional expression: a null byte[] would become an empty, non-null memory.
        if (text is null)
            return null;
        return Encoding.UTF8.GetBytes(text);
    }

    private static ArticleRecord Article() => new()
    {
        Id = 42, FeedId = 7, FeedUrl = "https://feeds.example/rss", Guid = "urn:guid:42", Url = "https://news.example/a/42",
        CanonicalUrl = "https://news.example/a/42", Title = "A title", Author = "Desk", PublishedAt = Fetched.AddHours(-3),
        FetchedAt = Fetched, ContentHtml = "<p>Body</p>", ContentText = "Body", IdentityKey = "guid:urn:guid:42", StoryId = 9,
        IsRepresentative = true,
    };
}
