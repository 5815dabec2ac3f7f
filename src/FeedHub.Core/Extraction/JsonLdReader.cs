using System.Text.Json;

namespace FeedHub.Extraction;

/// <summary>Reads the article object of a page's JSON-LD scripts (Article, NewsArticle, BlogPosting, … or @graph).</summary>
internal static class JsonLdReader
{
    private static readonly JsonDocumentOptions Lenient = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public sealed record ArticleFields(string? Headline, string? Author, string? DatePublished, string? Url,
        string? Publisher, string? ArticleBody);

    public static ArticleFields? Read(IEnumerable<string> scripts)
    {
        foreach (var script in scripts)
        {
            try
            {
                using var document = JsonDocument.Parse(script, Lenient);
                if (FindArticle(document.RootElement, 0) is { } article)
                    return Fields(article);
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common (unescaped quotes, control characters): it is only evidence, skip it.
            }
        }
        return null;
    }

    private static JsonElement? FindArticle(JsonElement element, int depth)
    {
        if (depth > 8)
            return null;
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                if (FindArticle(item, depth + 1) is { } found)
                    return found;
            return null;
        }
        if (element.ValueKind != JsonValueKind.Object)
            return null;
        if (IsArticleType(element))
            return element;
        foreach (var key in (string[])["@graph", "mainEntity", "mainEntityOfPage"])
            if (element.TryGetProperty(key, out var inner) && FindArticle(inner, depth + 1) is { } found)
                return found;
        return null;
    }

    private static bool IsArticleType(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
            return false;
        var types = type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.ValueKind == JsonValueKind.String ? t.GetString() : null)
            : [type.ValueKind == JsonValueKind.String ? type.GetString() : null];
        return types.Any(t => t is not null && (t.EndsWith("Article", StringComparison.OrdinalIgnoreCase)
            || t.EndsWith("Posting", StringComparison.OrdinalIgnoreCase) || t.Equals("Report", StringComparison.OrdinalIgnoreCase)));
    }

    private static ArticleFields Fields(JsonElement article) => new(
        Headline: Text(article, "headline") ?? Text(article, "name"),
        Author: Name(article, "author"),
        DatePublished: Text(article, "datePublished") ?? Text(article, "dateCreated"),
        Url: Text(article, "url") ?? Text(article, "mainEntityOfPage"),
        Publisher: Name(article, "publisher"),
        ArticleBody: Text(article, "articleBody"));

    private static string? Text(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
            return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => NonEmpty(value.GetString()),
            JsonValueKind.Object when value.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String => NonEmpty(id.GetString()),
            JsonValueKind.Array when value.GetArrayLength() > 0 && value[0].ValueKind == JsonValueKind.String => NonEmpty(value[0].GetString()),
            _ => null,
        };
    }

    /// <summary>A person or organisation: a string, an object with a name, or a list of either (names joined).</summary>
    private static string? Name(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
            return null;
        var names = (value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value])
            .Select(v => v.ValueKind switch
            {
                JsonValueKind.String => v.GetString(),
                JsonValueKind.Object when v.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String => n.GetString(),
                _ => null,
            })
            .Select(NonEmpty)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
