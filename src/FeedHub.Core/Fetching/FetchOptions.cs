namespace FeedHub.Fetching;

/// <summary>How FeedHub fetches: limits, politeness and the network guard. Bound from the `Fetch` section.</summary>
public sealed class FetchOptions
{
    public const string Section = "Fetch";

    /// <summary>Allow loopback, private, link-local and metadata addresses. Off by default (SSRF guard).</summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>Total time for one request, from connect to the last byte of the body.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The largest body accepted, after decompression. A larger one is refused, not truncated.</summary>
    public long MaxBodyBytes { get; set; } = 10 * 1024 * 1024;

    public int MaxRedirects { get; set; } = 5;

    /// <summary>Requests in flight to one host at most.</summary>
    public int MaxConcurrencyPerHost { get; set; } = 2;

    /// <summary>Requests in flight in this process at most.</summary>
    public int MaxConcurrency { get; set; } = 64;

    /// <summary>How long a host that answered 429 without a usable Retry-After is left alone (all its feeds).</summary>
    public TimeSpan DefaultRetryAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Polls in a row that must see the same permanent (301/308) redirect before the feed's URL is moved to its
    /// target (see <see cref="RedirectPolicy"/>). 1 moves on the first sight.
    /// </summary>
    public int PermanentRedirectConfirmations { get; set; } = 3;

    /// <summary>Sent with every request: names FeedHub and where to read about it.</summary>
    public string UserAgent { get; set; } = "FeedHub/1.0 (+https://github.com/feedhub/feedhub)";

    /// <summary>Throws with a message that names the key and the value when an option is out of range.</summary>
    public void Validate()
    {
        if (Timeout <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(Timeout), Timeout, "Fetch:Timeout must be positive.");
        if (ConnectTimeout <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(ConnectTimeout), ConnectTimeout, "Fetch:ConnectTimeout must be positive.");
        if (MaxBodyBytes < 1024)
            throw new ArgumentOutOfRangeException(nameof(MaxBodyBytes), MaxBodyBytes, "Fetch:MaxBodyBytes must be at least 1024.");
        if (MaxRedirects is < 0 or > 20)
            throw new ArgumentOutOfRangeException(nameof(MaxRedirects), MaxRedirects, "Fetch:MaxRedirects must be between 0 and 20.");
        if (MaxConcurrencyPerHost < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxConcurrencyPerHost), MaxConcurrencyPerHost, "Fetch:MaxConcurrencyPerHost must be at least 1.");
        if (MaxConcurrency < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxConcurrency), MaxConcurrency, "Fetch:MaxConcurrency must be at least 1.");
        if (DefaultRetryAfter < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(DefaultRetryAfter), DefaultRetryAfter, "Fetch:DefaultRetryAfter must not be negative.");
        if (PermanentRedirectConfirmations is < 1 or > 100)
            throw new ArgumentOutOfRangeException(nameof(PermanentRedirectConfirmations), PermanentRedirectConfirmations, "Fetch:PermanentRedirectConfirmations must be between 1 and 100.");
        if (string.IsNullOrWhiteSpace(UserAgent))
            throw new ArgumentException("Fetch:UserAgent must not be empty.", nameof(UserAgent));
    }
}
