namespace FeedHub.Parsing;

/// <summary>A feed after parsing: its own metadata and its items, with HTML still raw.</summary>
public sealed record ParsedFeed
{
    public string? Title { get; init; }
    public string? Link { get; init; }

    /// <summary>rss-0.91, rss-0.92, rss-1.0, rss-2.0, atom, json-1.0, json-1.1.</summary>
    public required string Format { get; init; }
    public IReadOnlyList<ParsedItem> Items { get; init; } = [];

    /// <summary>RSS &lt;ttl&gt;: how long the feed may be cached.</summary>
    public TimeSpan? Ttl { get; init; }

    /// <summary>sy:updatePeriod / sy:updateFrequency: how often the publisher says it updates.</summary>
    public TimeSpan? UpdatePeriod { get; init; }
}

/// <summary>One item: links are absolute, dates are UTC or missing, content is the HTML as published.</summary>
public sealed record ParsedItem
{
    public string? Guid { get; init; }
    public string? Link { get; init; }
    public string? Title { get; init; }
    public string? Author { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>The full content (content:encoded, Atom content, JSON content_html), when the feed has it.</summary>
    public string? ContentHtml { get; init; }

    /// <summary>The summary (description, Atom summary, JSON summary).</summary>
    public string? SummaryHtml { get; init; }

    /// <summary>The base URL relative links in the content resolve against (xml:base, else the item link, else the feed URL).</summary>
    public Uri? BaseUrl { get; init; }
}

/// <summary>Thrown when bytes are not a feed FeedHub can read; the message says why.</summary>
public sealed class FeedParseException(string message, Exception? inner = null) : Exception(message, inner);
