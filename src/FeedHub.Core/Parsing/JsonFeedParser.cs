using System.Text.Json;

namespace FeedHub.Parsing;

/// <summary>JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1).</summary>
internal static class JsonFeedParser
{
    public static ParsedFeed Parse(string text, Uri feedUrl)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new FeedParseException($"Malformed JSON feed: {ex.Message}", ex);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || String(root, "version") is not { } version
                || !version.StartsWith("https://jsonfeed.org/version/", StringComparison.OrdinalIgnoreCase))
                throw new FeedParseException("The JSON is not a JSON Feed (no jsonfeed.org version).");

            var homePage = String(root, "home_page_url");
            var items = new List<ParsedItem>();
            if (root.TryGetProperty("items", out var array) && array.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in array.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.Object)
                        continue;
                    var link = FeedParser.Resolve(feedUrl, String(item, "url") ?? String(item, "external_url"));
                    var html = String(item, "content_html");
                    var textContent = String(item, "content_text");
                    items.Add(new ParsedItem
                    {
                        Guid = String(item, "id"),
                        Link = link,
                        Title = FeedParser.TextOf(String(item, "title")),
                        Author = Author(item) ?? Author(root),
                        PublishedAt = FeedDates.Parse(String(item, "date_published")),
                        UpdatedAt = FeedDates.Parse(String(item, "date_modified")),
                        ContentHtml = html ?? (textContent is null ? null : "<p>" + System.Net.WebUtility.HtmlEncode(textContent).Replace("\n\n", "</p><p>", StringComparison.Ordinal) + "</p>"),
                        SummaryHtml = String(item, "summary"),
                        BaseUrl = Uri.TryCreate(link, UriKind.Absolute, out var u) ? u : feedUrl,
                    });
                }
            }
            return new ParsedFeed
            {
                Title = FeedParser.TextOf(String(root, "title")),
                Link = homePage,
                Format = version.EndsWith("1.1", StringComparison.Ordinal) ? "json-1.1" : "json-1.0",
                Items = items,
            };
        }
    }

    private static string? Author(JsonElement element)
    {
        if (element.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
        {
            foreach (var a in authors.EnumerateArray())
            {
                if (a.ValueKind == JsonValueKind.Object && String(a, "name") is { } name)
                    return name;
            }
        }
        return element.TryGetProperty("author", out var author) && author.ValueKind == JsonValueKind.Object ? String(author, "name") : null;
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()
            : value.ValueKind == JsonValueKind.Number ? value.GetRawText() : null;
}
