namespace FeedHub.Storage;

/// <summary>A feed as the store keeps it: its address, its polling state and its HTTP validators.</summary>
public sealed record FeedRecord
{
    public required long Id { get; init; }
    public required string Url { get; init; }
    public string? Title { get; init; }

    /// <summary>The OPML category (outline) the feed was filed under, if any.</summary>
    public string? Category { get; init; }
    public bool Enabled { get; init; } = true;

    /// <summary>One of <see cref="FeedStatus"/>'s values.</summary>
    public string Status { get; init; } = FeedStatus.New;
    public int? LastStatusCode { get; init; }
    public string? LastError { get; init; }
    public int ErrorCount { get; init; }
    public DateTimeOffset? LastPolledAt { get; init; }
    public DateTimeOffset? NextPollAt { get; init; }
    public string? DisabledReason { get; init; }

    public string? ETag { get; init; }
    public string? LastModified { get; init; }

    /// <summary>SHA-256 of the last body parsed; an unchanged body is treated as not modified.</summary>
    public string? BodyHash { get; init; }

    /// <summary>When the feed started failing without a success since; drives disabling after long failure.</summary>
    public DateTimeOffset? FailingSince { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Editors' CSS selectors whose elements are removed from this feed's items.</summary>
    public IReadOnlyList<string> RemoveSelectors { get; init; } = [];

    /// <summary>Editors' regular expressions; a block of this feed whose whole text matches is removed.</summary>
    public IReadOnlyList<string> RemovePatterns { get; init; } = [];

    /// <summary>Block keys learned as this feed's recurring boilerplate.</summary>
    public IReadOnlyList<string> LearnedBlocks { get; init; } = [];

    /// <summary>A permanent redirect seen and not yet adopted, and how many polls in a row saw it.</summary>
    public string? PendingRedirectUrl { get; init; }

    /// <summary>The dispatch claim holding the feed's lease (null when not claimed): only its poll job records a result.</summary>
    public string? LeaseToken { get; init; }
    public int PendingRedirectCount { get; init; }

    /// <summary>Fetch the page of truncated items: true / false as an operator set it, null to inherit (config file, then FullText:Enabled).</summary>
    public bool? FullText { get; init; }
}

/// <summary>The feed states of the Contract (`feeds list --format json`).</summary>
public static class FeedStatus
{
    public const string New = "new";
    public const string Ok = "ok";
    public const string NotModified = "not-modified";
    public const string Error = "error";
    public const string Disabled = "disabled";
}
