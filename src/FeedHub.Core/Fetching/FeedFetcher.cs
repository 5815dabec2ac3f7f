using System.Net;
using System.Net.Sockets;

namespace FeedHub.Fetching;

/// <summary>
/// Fetches feeds and pages over HTTP the way a polite, defensive client should: conditional GET, compression with
/// the decompressed size capped, redirects followed by hand (each hop checked, permanence tracked), a total
/// timeout that also ends a trickling response, per-host and global concurrency limits, a host-wide pause after
/// 429, and an SSRF guard applied to the resolved address at connect time.
/// </summary>
public sealed class FeedFetcher : IDisposable
{
    private readonly FetchOptions _options;
    private readonly TimeProvider _time;
    private readonly HttpClient _client;
    private readonly HostThrottle _throttle;
    private readonly HostBackoff _backoff;
    private readonly Func<string, CancellationToken, Task<IPAddress[]>> _resolve;
    private readonly Func<string, IPAddress, bool> _mayConnect;

    public FeedFetcher(FetchOptions options, TimeProvider time)
        : this(options, time, resolve: null, mayConnect: null)
    {
    }

    /// <summary>
    /// For tests: <paramref name="resolve"/> replaces DNS, <paramref name="mayConnect"/> replaces the address check
    /// (host name, resolved address), so the guard can be exercised against a server on loopback.
    /// </summary>
    internal FeedFetcher(FetchOptions options, TimeProvider time,
        Func<string, CancellationToken, Task<IPAddress[]>>? resolve, Func<string, IPAddress, bool>? mayConnect)
    {
        options.Validate();
        _options = options;
        _time = time;
        _resolve = resolve ?? Dns.GetHostAddressesAsync;
        _mayConnect = mayConnect ?? ((_, address) => options.AllowPrivateNetworks || NetworkGuard.IsPublic(address));
        _throttle = new HostThrottle(options.MaxConcurrencyPerHost, options.MaxConcurrency);
        _backoff = new HostBackoff(time);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.ConnectTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            MaxConnectionsPerServer = options.MaxConcurrencyPerHost,
            UseCookies = false,
            // A proxy would hide the address really connected to from the guard below.
            UseProxy = false,
            ConnectCallback = ConnectAsync,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        _client.DefaultRequestHeaders.Accept.ParseAdd(
            "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5");
    }

    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        var progress = new BodyProgress();
        // The deadline runs on the injected clock, so a test can end a trickling response deterministically.
        using var deadline = new CancellationTokenSource(_options.Timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            return await FollowAsync(request, progress, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FetchResult.Failure($"Timed out after {_options.Timeout.TotalSeconds:0.#} s (Fetch:Timeout).") with { BytesRead = progress.Bytes };
        }
        catch (HttpRequestException ex)
        {
            return FetchResult.Failure(Describe(ex)) with { BytesRead = progress.Bytes };
        }
        catch (BlockedAddressException ex)
        {
            return FetchResult.Failure(ex.Message);
        }
        catch (IOException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The connection broke while the body was read (a reset, a truncated chunk, a corrupt gzip stream).
            return FetchResult.Failure($"The response broke off: {ex.Message}") with { BytesRead = progress.Bytes };
        }
        catch (InvalidDataException ex)
        {
            return FetchResult.Failure($"The compressed body is corrupt: {ex.Message}") with { BytesRead = progress.Bytes };
        }
    }

    private async Task<FetchResult> FollowAsync(FetchRequest request, BodyProgress progress, CancellationToken cancellationToken)
    {
        var url = request.Url;
        var allPermanent = true;
        for (var hop = 0; ; hop++)
        {
            if (NetworkGuard.RefuseUrl(url, _options.AllowPrivateNetworks) is { } refusal)
                return FetchResult.Failure(refusal);
            if (_backoff.Remaining(url.IdnHost) is { } wait)
            {
                return FetchResult.Failure($"{url.IdnHost} answered 429 Too Many Requests; not asked again for {wait.TotalSeconds:0} s.", 429, wait)
                    with { Deferred = true };
            }

            using var message = new HttpRequestMessage(HttpMethod.Get, url);
            // The stored validators come from the last response, which after a redirect is the target's: send them
            // on every hop, so a feed whose move is not yet adopted still gets its 304.
            HttpHeaderValues.AddValidators(message, request);
            if (request.Accept is { } accept)
                message.Headers.TryAddWithoutValidation("Accept", accept); // replaces the client's default (feeds first)

            using var lease = await _throttle.EnterAsync(url.IdnHost, cancellationToken).ConfigureAwait(false);
            using var response = await _client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;

            if (status is 301 or 302 or 303 or 307 or 308)
            {
                if (hop >= _options.MaxRedirects)
                    return FetchResult.Failure($"More than {_options.MaxRedirects} redirects (Fetch:MaxRedirects).", status);
                if (response.Headers.Location is not { } location)
                    return FetchResult.Failure("Redirect without a Location header.", status);
                allPermanent &= status is 301 or 308;
                url = location.IsAbsoluteUri ? location : new Uri(url, location);
                continue;
            }

            var now = _time.GetUtcNow();
            var result = await ReadResponseAsync(response, status, request, url, now, progress, cancellationToken).ConfigureAwait(false);
            return result with { FinalUrl = url, PermanentRedirect = hop > 0 && allPermanent ? url : null };
        }
    }

    private async Task<FetchResult> ReadResponseAsync(HttpResponseMessage response, int status, FetchRequest request, Uri url,
        DateTimeOffset now, BodyProgress progress, CancellationToken cancellationToken)
    {
        switch (status)
        {
            case 304:
                return new FetchResult
                {
                    Outcome = FetchOutcome.NotModified,
                    StatusCode = status,
                    ETag = HttpHeaderValues.ETag(response) ?? request.ETag,
                    LastModified = HttpHeaderValues.LastModified(response) ?? request.LastModified,
                    FreshFor = HttpHeaderValues.FreshFor(response, now),
                };
            case 410:
                return new FetchResult { Outcome = FetchOutcome.Gone, StatusCode = status, Error = "410 Gone" };
            case 429:
                var slowDown = HttpHeaderValues.RetryAfter(response, now) ?? _options.DefaultRetryAfter;
                _backoff.SlowDown(url.IdnHost, slowDown);
                return FetchResult.Failure($"HTTP 429 {response.ReasonPhrase}".TrimEnd(), status, slowDown);
            case < 200 or > 299:
                var retryAfter = status == 503 ? HttpHeaderValues.RetryAfter(response, now) : null;
                return FetchResult.Failure($"HTTP {status} {response.ReasonPhrase}".TrimEnd(), status, retryAfter);
        }

        var body = await ReadCappedAsync(response, progress, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return FetchResult.Failure($"Body larger than {_options.MaxBodyBytes} bytes (Fetch:MaxBodyBytes); refused.", status)
                with { BytesRead = progress.Bytes };
        }
        return new FetchResult
        {
            Outcome = FetchOutcome.Content,
            StatusCode = status,
            Body = body,
            BytesRead = body.Length,
            ContentType = response.Content.Headers.ContentType?.ToString(),
            ETag = HttpHeaderValues.ETag(response),
            LastModified = HttpHeaderValues.LastModified(response),
            FreshFor = HttpHeaderValues.FreshFor(response, now),
        };
    }

    /// <summary>Reads the (decompressed) body, or returns null as soon as it passes the cap: a bomb is never inflated.</summary>
    private async Task<byte[]?> ReadCappedAsync(HttpResponseMessage response, BodyProgress progress, CancellationToken cancellationToken)
    {
        var cap = _options.MaxBodyBytes;
        var declared = response.Content.Headers.ContentLength;
        if (declared > cap)
            return null;
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream((int)Math.Min(declared ?? 64 * 1024, 4 * 1024 * 1024));
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                progress.Bytes += read;
                if (buffer.Length + read > cap)
                    return null;
                buffer.Write(chunk, 0, read);
            }
            return buffer.ToArray();
        }
    }

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await _resolve(host, cancellationToken).ConfigureAwait(false);
        var allowed = addresses.Where(a => _mayConnect(host, a)).ToArray();
        if (allowed.Length == 0)
            throw new BlockedAddressException(NetworkGuard.Refusal(addresses.Length > 0 ? $"{host} ({addresses[0]})" : host));

        Exception? last = null;
        foreach (var address in allowed)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                last = ex;
            }
        }
        throw new HttpRequestException($"Could not connect to {host}: {last?.Message}", last);
    }

    private static string Describe(HttpRequestException ex)
    {
        for (Exception? inner = ex; inner is not null; inner = inner.InnerException)
        {
            if (inner is BlockedAddressException blocked)
                return blocked.Message;
        }
        return ex.InnerException is { } cause ? $"{ex.Message} ({cause.Message})" : ex.Message;
    }

    public void Dispose() => _client.Dispose();

    /// <summary>Body bytes read so far, kept outside the read so a timeout can still report them.</summary>
    private sealed class BodyProgress
    {
        public long Bytes;
    }
}
