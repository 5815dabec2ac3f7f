namespace FeedHub.Fetching;

/// <summary>
/// What to fetch, with the validators of the last successful fetch for a conditional GET, and an Accept header
/// when the default (feeds first) is not what is wanted (web pages, robots.txt).
/// </summary>
public sealed record FetchRequest(Uri Url, string? ETag = null, string? LastModified = null, string? Accept = null)
{
    public const string AcceptPage = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";
    public const string AcceptText = "text/plain, */*;q=0.5";
}
