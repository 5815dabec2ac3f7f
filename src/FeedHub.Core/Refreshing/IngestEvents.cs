using System.Text.Json;
using FeedHub.Storage;

namespace FeedHub.Refreshing;

/// <summary>The events written to the outbox for webhooks, and their JSON payloads.</summary>
public static class IngestEvents
{
    public const string ArticleCreated = "article.created";
    public const string StoryUpdated = "story.updated";

    public static string Article(ArticleRecord a) => JsonSerializer.Serialize(new
    {
        articleId = a.Id,
        storyId = a.StoryId,
        feedUrl = a.FeedUrl,
        url = a.Url,
        title = a.Title,
        duplicateReason = a.DuplicateReason,
    });

    /// <summary>A member joined the story, or its representative changed (<paramref name="change"/>).</summary>
    public static string Story(long storyId, ArticleRecord joined, string change) => JsonSerializer.Serialize(new
    {
        storyId,
        change,
        articleId = joined.Id,
        reason = joined.DuplicateReason,
    });

    /// <summary>Another story was merged into this one (an article bridged them); its id is now an alias of this one.</summary>
    public static string StoryMerged(long storyId, long mergedStoryId) => JsonSerializer.Serialize(new
    {
        storyId,
        change = "stories-merged",
        mergedStoryId,
    });
}
