using FeedHub.Cleaning;
using FeedHub.Parsing;
using FeedHub.Storage;

namespace FeedHub.Refreshing;

/// <summary>
/// Applies a feed's current rules to the articles already stored for it, from the raw content kept with each: after
/// an editor changed the rules, or after learning found new boilerplate. Stories stay as they are.
/// </summary>
public sealed class Recleaner(IArticleReader reader, ItemIngester ingester, FeedRulesProvider rulesProvider)
{
    /// <summary>
    /// Re-cleans every stored article of the feed (or those stored or updated since <paramref name="since"/>); returns
    /// how many changed. With <paramref name="onlyWithBlocks"/> (block keys just learned), only articles whose clean
    /// text still holds one of those blocks are cleaned again: the others would come out the same.
    /// </summary>
    public async Task<int> RecleanAsync(FeedRecord feed, IProgress<int>? progress, CancellationToken cancellationToken, DateTimeOffset? since = null,
        IReadOnlySet<string>? onlyWithBlocks = null)
    {
        var rules = rulesProvider.For(feed);
        var onlyWith = onlyWithBlocks is null ? null : LearnedLines.Of(onlyWithBlocks);
        var changed = 0;
        var done = 0;
        ArticleCursor? cursor = null;
        while (true)
        {
            var page = await reader.ListArticlesAsync(new ArticleQuery { FeedId = feed.Id, Since = since, After = cursor, Limit = 200, IncludeRawContent = true }, cancellationToken).ConfigureAwait(false);
            if (page.Items.Count == 0)
                break;
            foreach (var article in page.Items)
            {
                if (onlyWith is not null && !Holds(article.ContentText, onlyWith) && !Holds(article.FullTextText, onlyWith))
                {
                    progress?.Report(++done);
                    continue;
                }
                var item = new ParsedItem
                {
                    Guid = article.Guid,
                    Link = article.Url,
                    Title = article.Title,
                    Author = article.Author,
                    PublishedAt = article.PublishedAt,
                    ContentHtml = article.RawContent,
                    BaseUrl = Uri.TryCreate(article.Url, UriKind.Absolute, out var url) ? url : null,
                };
                if (await ingester.RecleanAsync(feed, article, item, rules, cancellationToken).ConfigureAwait(false))
                    changed++;
                progress?.Report(++done);
            }
            cursor = page.NextCursor;
        }
        return changed;
    }

    /// <summary>Whether a line of the clean text (a block) has one of the keys.</summary>
    private static bool Holds(string? text, LearnedLines lines)
    {
        if (string.IsNullOrEmpty(text) || lines.IsEmpty)
            return false;
        foreach (var line in text.Split('\n'))
        {
            if (line.Length > 0 && lines.Matches(ContentCleaner.BlockKey(line)))
                return true;
        }
        return false;
    }
}
