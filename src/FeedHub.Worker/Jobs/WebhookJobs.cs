using System.ComponentModel;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FeedHub.Storage;
using FeedHub.Worker.Hosting;
using Hangfire;

namespace FeedHub.Worker.Jobs;

/// <summary>
/// Moves events from the outbox to one delivery job per subscription. Runs on every worker; on PostgreSQL the rows a
/// worker is relaying are skipped by the others. An event is marked relayed only after its jobs were enqueued.
/// </summary>
public sealed class OutboxRelayJob(IOutboxStore outbox, IBackgroundJobClient jobs, WebhookOptions options, TimeProvider time)
{
    public const string RecurringId = "relay-outbox";

    [DisplayName("Relay outbox events to webhook deliveries")]
    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [Queue("default")]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        int relayed;
        do
        {
            relayed = await outbox.RelayEventsAsync(200, time.GetUtcNow(), events =>
            {
                foreach (var e in events)
                {
                    foreach (var s in options.Subscriptions.Where(s => s.Events.Count == 0 || s.Events.Contains(e.EventType)))
                        jobs.Enqueue<DeliverWebhookJob>(job => job.DeliverAsync(e.Id, s.Name, e.EventType, 1, CancellationToken.None));
                }
                return Task.CompletedTask;
            }, cancellationToken).ConfigureAwait(false);
            total += relayed;
        }
        while (relayed == 200);
        return total;
    }
}

/// <summary>
/// Delivers one event to one subscriber: POST of the JSON body, signed with HMAC-SHA256, with an idempotency key that
/// stays the same across attempts (receivers drop repeats by it). A failed attempt schedules the next one through
/// Hangfire after the configured back-off; at least once, never silently dropped.
/// </summary>
public sealed partial class DeliverWebhookJob(
    IOutboxStore outbox, IBackgroundJobClient jobs, WebhookOptions options, IHttpClientFactory clients, ILogger<DeliverWebhookJob> logger)
{
    public const string ClientName = "webhooks";

    [DisplayName("Deliver {2} #{0} to {1} (attempt {3})")]
    [AutomaticRetry(Attempts = 0)]
    [Queue("default")]
    public async Task<string> DeliverAsync(long eventId, string subscription, string eventType, int attempt, CancellationToken cancellationToken)
    {
        var target = options.Subscriptions.FirstOrDefault(s => s.Name == subscription);
        if (target is null)
            return "subscription removed";
        if (await outbox.GetEventAsync(eventId, cancellationToken).ConfigureAwait(false) is not { } e)
            return "event gone";

        var body = Encoding.UTF8.GetBytes($$"""{"id":"{{IdempotencyKey(e.Id, subscription)}}","type":"{{e.EventType}}","createdAt":"{{e.CreatedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture)}}","data":{{e.PayloadJson}}}""");
        using var request = new HttpRequestMessage(HttpMethod.Post, target.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        request.Headers.Add("X-FeedHub-Event", e.EventType);
        request.Headers.Add("X-FeedHub-Delivery", IdempotencyKey(e.Id, subscription));
        request.Headers.Add("Idempotency-Key", IdempotencyKey(e.Id, subscription));
        request.Headers.Add("X-FeedHub-Signature", "sha256=" + Sign(target.Secret, body));
        request.Headers.Add("X-FeedHub-Attempt", attempt.ToString(CultureInfo.InvariantCulture));

        string? failure;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Timeout);
            using var response = await clients.CreateClient(ClientName).SendAsync(request, timeout.Token).ConfigureAwait(false);
            failure = response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}";
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            failure = ex.Message;
        }
        if (failure is null)
            return "delivered";

        var delays = options.EffectiveRetryDelays;
        if (attempt > delays.Count)
        {
            LogGaveUp(logger, eventId, subscription, attempt, failure);
            return $"gave up after {attempt} attempts: {failure}";
        }
        var delay = delays[attempt - 1];
        jobs.Schedule<DeliverWebhookJob>(job => job.DeliverAsync(eventId, subscription, eventType, attempt + 1, CancellationToken.None), delay);
        LogRetry(logger, eventId, subscription, attempt, failure, delay);
        return $"failed ({failure}); attempt {attempt + 1} in {delay}";
    }

    public static string IdempotencyKey(long eventId, string subscription) => $"{subscription}-{eventId.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Hex HMAC-SHA256 of the body with the subscription's secret.</summary>
    public static string Sign(string secret, byte[] body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    [LoggerMessage(EventId = 2301, Level = LogLevel.Warning, Message = "Webhook delivery of event {EventId} to {Subscription} failed (attempt {Attempt}): {Failure}; retrying in {Delay}")]
    private static partial void LogRetry(ILogger logger, long eventId, string subscription, int attempt, string failure, TimeSpan delay);

    [LoggerMessage(EventId = 2302, Level = LogLevel.Error, Message = "Webhook delivery of event {EventId} to {Subscription} given up after {Attempt} attempts: {Failure}")]
    private static partial void LogGaveUp(ILogger logger, long eventId, string subscription, int attempt, string failure);
}
