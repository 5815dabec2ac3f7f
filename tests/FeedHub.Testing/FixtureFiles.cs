namespace FeedHub.Testing;

/// <summary>Captured feeds and pages copied into this repository (tests/FeedHub.Testing/Fixtures, with licences).</summary>
public static class FixtureFiles
{
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static byte[] Bytes(params string[] parts) => File.ReadAllBytes(PathOf(parts));

    public static string Text(params string[] parts) => File.ReadAllText(PathOf(parts));

    /// <summary>
    /// The n-th real article (Zyte benchmark ground truth, in page-id order) with at least
    /// <paramref name="minParagraphs"/> paragraphs and <paramref name="minWords"/> words, as its paragraphs.
    /// </summary>
    public static string[] GroundTruthArticle(int n, int minParagraphs, int minWords)
    {
        using var json = System.Text.Json.JsonDocument.Parse(Text("article-extraction", "ground-truth.json"));
        return json.RootElement.EnumerateObject()
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => (p.Value.GetProperty("articleBody").GetString() ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(p => p.Length >= minParagraphs && string.Join(' ', p).Split(' ').Length >= minWords)
            .ElementAt(n);
    }
}
