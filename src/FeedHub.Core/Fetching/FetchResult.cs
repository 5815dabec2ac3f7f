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

    /// <summary>The URL the response came from after redirects.</summary>
    public Uri? FinalUrl { get; init; }

    /// <summary>
    /// Set when the request was redirected and every redirect on the way was permanent (301/308): the address the
    /// server says the feed has moved to. Not yet a reason to move the feed: see <see cref="RedirectPolicy"/>.
    /// </summary>
    public Uri? PermanentRedirect { get; init; }

    /// <summary>From Retry-After on 429/503 (seconds or a date), as a delay from the response.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>
    /// True when no request was made because the host answered 429 to an earlier request (for this or another of
    /// its feeds) and its Retry-After has not run out. <see cref="RetryAfter"/> says how long is left. The feed did
    /// nothing wrong: poll it again then, without counting an error.
    /// </summary>
    public bool Deferred { get; init; }

    /// <summary>From Cache-Control max-age or Expires, how long the response may be reused.</summary>
    public TimeSpan? FreshFor { get; init; }

    /// <summary>Body bytes read (after decompression), also when the body was refused or the fetch timed out.</summary>
    public long BytesRead { get; init; }

    public string? Error { get; init; }

    public static FetchResult Failure(string error, int? statusCode = null, TimeSpan? retryAfter = null) =>
        new() { Outcome = FetchOutcome.Failed, Error = error, StatusCode = statusCode, RetryAfter = retryAfter };
}
