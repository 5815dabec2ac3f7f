using FeedHub.Parsing;

namespace FeedHub.Storage.Tests;

/// <summary>A feed item whose content is the given paragraphs, each in its own &lt;p&gt;, and whose guid is its link.</summary>
internal static class ParagraphItem
{
    public static ParsedItem Of(string link, IEnumerable<string> paragraphs, DateTimeOffset published) => new()
    {
        Guid = link, Link = link, Title = "Title", PublishedAt = published,
        ContentHtml = string.Concat(paragraphs.Select(p => "<p>" + System.Net.WebUtility.HtmlEncode(p) + "</p>")),
    };
}
