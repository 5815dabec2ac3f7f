using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using FeedHub.Fetching;
using FeedHub.Parsing;
using FeedHub.Testing;
using Microsoft.AspNetCore.Http;

/// <summary>
/// Fetch load: a loopback server with many feed URLs (by default 10,000: 70% answer 304 to the validators, 30% have
/// changed and send 20 items), polled once through FeedFetcher + FeedParser with the configured concurrency, beside
/// the raw request rate of the same server and URLs through a plain HttpClient in the same run.
///   dotnet run -c Release --project tests/FeedHub.Evaluation -- fetch-load [--feeds 10000] [--changed 0.3]
///     [--items 20] [--hosts 32] [--per-host 2] [--concurrency 64]
/// </summary>
internal static class FetchLoad
{
    private const string Validator = "\"v1\"";

    public static async Task<int> RunAsync(string[] args)
    {
        var feeds = Option(args, "--feeds", 10_000);
        var changedShare = Option(args, "--changed", 0.3);
        var items = Option(args, "--items", 20);
        var hosts = Option(args, "--hosts", 32);
        var perHost = Option(args, "--per-host", new FetchOptions().MaxConcurrencyPerHost);
        var concurrency = Option(args, "--concurrency", new FetchOptions().MaxConcurrency);

        await using var server = await LoopbackServer.StartAsync(hosts, recordRequests: false);
        // Rendered up front, so neither measured phase pays for it (they sit in the working set of both).
        var bodies = Enumerable.Range(0, feeds).Where(i => IsChanged(i, changedShare)).ToDictionary(i => i, i => RenderFeed(i, items));
        server.Fallback = context => Answer(context, changedShare, bodies);
        var urls = Enumerable.Range(0, feeds)
            .Select(i => new Uri(server.BaseAddresses[i % server.BaseAddresses.Count], $"feeds/{i}.xml"))
            .ToList();

        Console.WriteLine($"fetch-load: {feeds} feeds on {server.BaseAddresses.Count} loopback hosts, {changedShare:P0} changed with {items} items, "
            + $"concurrency {concurrency}, {perHost} per host");

        var options = new FetchOptions { AllowPrivateNetworks = true, MaxConcurrency = concurrency, MaxConcurrencyPerHost = perHost };
        using var fetcher = new FeedFetcher(options, TimeProvider.System);
        using var raw = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = perHost, UseProxy = false, UseCookies = false });

        // Warm up both clients (JIT, connection pools) on a slice of the URLs.
        var warmup = urls.Take(Math.Min(500, feeds)).ToList();
        await RawAsync(raw, warmup, concurrency);
        await PipelineAsync(fetcher, warmup, concurrency);

        var rawRun = await RawAsync(raw, urls, concurrency);
        var pipelineRun = await PipelineAsync(fetcher, urls, concurrency);

        Report("raw HttpClient     ", feeds, rawRun);
        Report("FeedFetcher+Parser ", feeds, pipelineRun);
        Console.WriteLine($"pipeline / raw rate: {pipelineRun.Rate(feeds) / rawRun.Rate(feeds):0.00}");
        Console.WriteLine($"process peak working set (VmHWM, server included): {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MiB");
        Console.WriteLine($"command: dotnet run -c Release --project tests/FeedHub.Evaluation -- fetch-load {string.Join(' ', args)}".TrimEnd());

        var expectedChanged = Enumerable.Range(0, feeds).Count(i => IsChanged(i, changedShare));
        var ok = pipelineRun.Failed == 0 && pipelineRun.Content == expectedChanged && pipelineRun.Items == expectedChanged * items
            && pipelineRun.NotModified == feeds - expectedChanged;
        if (!ok)
            Console.Error.WriteLine($"UNEXPECTED: expected {expectedChanged} changed feeds with {expectedChanged * items} items and no failures.");
        return ok ? 0 : 1;
    }

    private sealed record Run(TimeSpan Elapsed, long PeakWorkingSet, int Content, int NotModified, int Failed, int Items)
    {
        public double Rate(int feeds) => feeds / Elapsed.TotalSeconds;
    }

    private static void Report(string name, int feeds, Run run) =>
        Console.WriteLine($"{name}: {run.Rate(feeds),8:0} feeds/s, total {run.Elapsed.TotalSeconds:0.00} s, peak working set {run.PeakWorkingSet / 1048576.0:0} MiB "
            + $"({run.Content} changed, {run.NotModified} not modified, {run.Failed} failed, {run.Items} items parsed)");

    private static Task<Run> PipelineAsync(FeedFetcher fetcher, IReadOnlyList<Uri> urls, int concurrency) =>
        MeasureAsync(urls, concurrency, async (url, counts, cancellationToken) =>
        {
            var result = await fetcher.FetchAsync(new FetchRequest(url, Validator), cancellationToken);
            switch (result.Outcome)
            {
                case FetchOutcome.Content:
                    var feed = FeedParser.Parse(result.Body, result.ContentType, url);
                    Interlocked.Increment(ref counts.Content);
                    Interlocked.Add(ref counts.Items, feed.Items.Count);
                    break;
                case FetchOutcome.NotModified:
                    Interlocked.Increment(ref counts.NotModified);
                    break;
                default:
                    if (Interlocked.Increment(ref counts.Failed) <= 3)
                        Console.Error.WriteLine($"{url}: {result.Error}");
                    break;
            }
        });

    private static Task<Run> RawAsync(HttpClient client, IReadOnlyList<Uri> urls, int concurrency) =>
        MeasureAsync(urls, concurrency, async (url, counts, cancellationToken) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.TryAddWithoutValidation("If-None-Match", Validator);
            using var response = await client.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotModified)
                Interlocked.Increment(ref counts.NotModified);
            else if (response.IsSuccessStatusCode && body.Length > 0)
                Interlocked.Increment(ref counts.Content);
            else
                Interlocked.Increment(ref counts.Failed);
        });

    private sealed class Counts
    {
        public int Content;
        public int NotModified;
        public int Failed;
        public int Items;
    }

    private static async Task<Run> MeasureAsync(IReadOnlyList<Uri> urls, int concurrency, Func<Uri, Counts, CancellationToken, Task> poll)
    {
        GC.Collect();
        var counts = new Counts();
        using var stop = new CancellationTokenSource();
        var peak = 0L;
        var sampler = Task.Run(async () =>
        {
            using var process = Process.GetCurrentProcess();
            while (!stop.IsCancellationRequested)
            {
                process.Refresh();
                peak = Math.Max(peak, process.WorkingSet64);
                try { await Task.Delay(25, stop.Token); } catch (OperationCanceledException) { }
            }
        });
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(urls, new ParallelOptions { MaxDegreeOfParallelism = concurrency },
            async (url, cancellationToken) => await poll(url, counts, cancellationToken));
        clock.Stop();
        await stop.CancelAsync();
        await sampler;
        return new Run(clock.Elapsed, peak, counts.Content, counts.NotModified, counts.Failed, counts.Items);
    }

    /// <summary>Feed i has changed when i mod 100 falls below the share in percent; the others match the client's validator.</summary>
    private static bool IsChanged(int id, double share) => id % 100 < (int)Math.Round(share * 100);

    private static async Task Answer(HttpContext context, double changedShare, Dictionary<int, byte[]> bodies)
    {
        var path = context.Request.Path.Value ?? "";
        if (!path.StartsWith("/feeds/", StringComparison.Ordinal)
            || !int.TryParse(path.AsSpan(7, path.Length - 11), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            context.Response.StatusCode = 404;
            return;
        }
        if (!IsChanged(id, changedShare) && context.Request.Headers.IfNoneMatch.ToString() == Validator)
        {
            context.Response.Headers.ETag = Validator;
            context.Response.StatusCode = 304;
            return;
        }
        if (!bodies.TryGetValue(id, out var body))
        {
            context.Response.StatusCode = 404;
            return;
        }
        context.Response.Headers.ETag = "\"v2\"";
        context.Response.ContentType = "application/rss+xml; charset=utf-8";
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    private static byte[] RenderFeed(int id, int items)
    {
        var xml = new StringBuilder(items * 1200);
        xml.Append(CultureInfo.InvariantCulture, $"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Load feed {id}</title><link>https://load.example/{id}/</link><description>Generated</description>");
        var start = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < items; i++)
        {
            xml.Append(CultureInfo.InvariantCulture,
                $"<item><title>Item {i} of feed {id}: résumé</title><link>https://load.example/{id}/{i}</link><guid>https://load.example/{id}/{i}</guid>"
                + $"<pubDate>{start.AddHours(-i).ToString("r", CultureInfo.InvariantCulture)}</pubDate><description><![CDATA[<p>");
            for (var s = 0; s < 12; s++)
                xml.Append("A sentence of article text that a real feed would carry in its description. ");
            xml.Append("</p>]]></description></item>");
        }
        xml.Append("</channel></rss>");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }

    private static T Option<T>(string[] args, string name, T fallback) where T : IParsable<T>
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? T.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
