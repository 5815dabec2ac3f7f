using System.Text.Json;
using FeedHub.Testing;

namespace FeedHub.Dedup;

/// <summary>The real article texts of the Zyte extraction benchmark (ground-truth articleBody), paragraphs kept.</summary>
internal static class ArticleTexts
{
    private static readonly Lazy<IReadOnlyList<string[]>> Loaded = new(() =>
    {
        using var json = JsonDocument.Parse(FixtureFiles.Text("article-extraction", "ground-truth.json"));
        return json.RootElement.EnumerateObject()
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => (p.Value.GetProperty("articleBody").GetString() ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
    });

    /// <summary>Every article as its paragraphs, in id order.</summary>
    public static IReadOnlyList<string[]> All => Loaded.Value;

    /// <summary>The n-th article with at least <paramref name="minParagraphs"/> paragraphs and 150 words.</summary>
    public static string[] Long(int n, int minParagraphs = 4) =>
        All.Where(a => a.Length >= minParagraphs && Words(string.Join(' ', a)) >= 150).ElementAt(n);

    public static string Text(string[] paragraphs) => string.Join('\n', paragraphs);

    public static string FirstWords(string[] paragraphs, int count) =>
        string.Join(' ', string.Join(' ', paragraphs).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(count));

    public static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
