using System.Diagnostics.Metrics;

namespace FeedHub.Refreshing;

/// <summary>
/// The pipeline's instruments, on the standard .NET metrics API (meter "FeedHub"); the daemon exports them at
/// /metrics in Prometheus text.
/// </summary>
public static class FeedHubMetrics
{
    public const string MeterName = "FeedHub";

    private static readonly Meter Meter = new(MeterName, "1.0");

    /// <summary>Polls by outcome: an HTTP status ("200", "304", "410") or an error kind ("timeout", "refused", "parse", …).</summary>
    public static readonly Counter<long> Polls = Meter.CreateCounter<long>("polls_total", description: "Feed polls by outcome");

    public static readonly Histogram<double> FetchDuration = Meter.CreateHistogram<double>("fetch_duration_seconds", unit: "s", description: "Time to fetch a feed, first byte to last");

    /// <summary>Items by what happened to them: new, joined (a story), updated, unchanged, failed.</summary>
    public static readonly Counter<long> Items = Meter.CreateCounter<long>("items_total", description: "Feed items ingested by outcome");

    /// <summary>Articles that joined an existing story, by reason (canonical-url, exact, near, attribution).</summary>
    public static readonly Counter<long> Duplicates = Meter.CreateCounter<long>("duplicates_total", description: "Articles that joined a story, by reason");

    public static readonly Histogram<double> IngestDuration = Meter.CreateHistogram<double>("item_ingest_duration_seconds", unit: "s", description: "Time to clean, fingerprint, dedup and store one item");

    public static void Poll(string outcome) => Polls.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public static void Item(string outcome) => Items.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public static void Duplicate(string reason) => Duplicates.Add(1, new KeyValuePair<string, object?>("reason", reason));
}
