namespace FeedHub.Fetching;

public enum FetchOutcome
{
    /// <summary>A body came back (2xx).</summary>
    Content,

    /// <summary>304: the validators matched.</summary>
    NotModified,

    /// <summary>410: the feed is gone for good.</summary>
    Gone,

    /// <summary>Anything else: an HTTP error, a refused address, a timeout, an oversized body.</summary>
    Failed,
}

/// <summary>The result of one fetch. A failure is a value, not an exception.</summary>
public sealed record FetchResult
{
    public required FetchOutcome Outcome { get; init; }
    public int? StatusCode { get; init; }
    public byte[] Body { get; init; } = [];
    public string? ContentType { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }

    /// <summary>The URL the body came from after redirects.</summary>
    public Uri? FinalUrl { get; init; }

    /// <summary>Set when every redirect on the way was permanent (301/308): the feed's new address.</summary>
    public Uri? PermanentRedirect { get; init; }

    /// <summary>From Retry-After on 429/503, as a delay from the response.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>From Cache-Control max-age or Expires, how long the response may be reused.</summary>
    public TimeSpan? FreshFor { get; init; }

    public string? Error { get; init; }

    public static FetchResult Failure(string error, int? statusCode = null, TimeSpan? retryAfter = null) =>
        new() { Outcome = FetchOutcome.Failed, Error = error, StatusCode = statusCode, RetryAfter = retryAfter };
}
