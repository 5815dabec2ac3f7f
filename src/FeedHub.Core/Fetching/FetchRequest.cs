namespace FeedHub.Fetching;

/// <summary>What to fetch, with the validators of the last successful fetch for a conditional GET.</summary>
public sealed record FetchRequest(Uri Url, string? ETag = null, string? LastModified = null);
