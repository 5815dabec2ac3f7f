namespace FeedHub.Worker.Hosting;

/// <summary>One receiver of events.</summary>
public sealed class WebhookSubscription
{
    public string Name { get; set; } = "";
    public string Url { get; set; } = "";

    /// <summary>The key of the HMAC-SHA256 signature over the body (header X-FeedHub-Signature: sha256=HEX).</summary>
    public string Secret { get; set; } = "";

    /// <summary>Event types to send; empty: all (article.created, story.updated).</summary>
    public List<string> Events { get; set; } = [];
}

/// <summary>Webhooks, bound from the `Webhooks` section.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    public List<WebhookSubscription> Subscriptions { get; set; } = [];

    /// <summary>How often the outbox is relayed to delivery jobs.</summary>
    public TimeSpan RelayInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Waits between attempts of one delivery; after the last, the delivery is given up (and logged).
    /// Empty: <see cref="DefaultRetryDelays"/> (configuration binding adds to a list, so the default lives apart).</summary>
    public List<TimeSpan> RetryDelays { get; set; } = [];

    public static readonly IReadOnlyList<TimeSpan> DefaultRetryDelays =
    [
        TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(2), TimeSpan.FromHours(6), TimeSpan.FromHours(24),
    ];

    public IReadOnlyList<TimeSpan> EffectiveRetryDelays => RetryDelays.Count > 0 ? RetryDelays : DefaultRetryDelays;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    public void Validate()
    {
        foreach (var s in Subscriptions)
        {
            if (string.IsNullOrWhiteSpace(s.Name))
                throw new ArgumentException("Webhooks:Subscriptions:N:Name must not be empty.", nameof(Subscriptions));
            if (!Uri.TryCreate(s.Url, UriKind.Absolute, out var url) || (url.Scheme != "http" && url.Scheme != "https"))
                throw new ArgumentException($"Webhooks:Subscriptions ({s.Name}): Url '{s.Url}' is not an http(s) URL.", nameof(Subscriptions));
            if (s.Secret.Length < 16)
                throw new ArgumentException($"Webhooks:Subscriptions ({s.Name}): Secret must be at least 16 characters.", nameof(Subscriptions));
        }
        if (Subscriptions.Select(s => s.Name).Distinct(StringComparer.Ordinal).Count() != Subscriptions.Count)
            throw new ArgumentException("Webhooks:Subscriptions: names must be unique.", nameof(Subscriptions));
        if (RelayInterval < TimeSpan.FromSeconds(1))
            throw new ArgumentOutOfRangeException(nameof(RelayInterval), RelayInterval, "Webhooks:RelayInterval must be at least one second.");
        if (Timeout <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(Timeout), Timeout, "Webhooks:Timeout must be positive.");
    }
}
