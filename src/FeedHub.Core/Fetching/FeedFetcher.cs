using System.Net;
using System.Net.Sockets;

namespace FeedHub.Fetching;

/// <summary>
/// Fetches feeds and pages over HTTP the way a polite, defensive client should: conditional GET, compression with
/// the decompressed size capped, redirects followed by hand (each hop checked, permanence tracked), a total
/// timeout that also ends a trickling response, per-host and global concurrency limits, and an SSRF guard
/// applied to the resolved address at connect time.
/// </summary>
public sealed class FeedFetcher : IDisposable
{
    private readonly FetchOptions _options;
    private readonly TimeProvider _time;
    private readonly HttpClient _client;
    private readonly HostThrottle _throttle;

    public FeedFetcher(FetchOptions options, TimeProvider time)
    {
        options.Validate();
        _options = options;
        _time = time;
        _throttle = new HostThrottle(options.MaxConcurrencyPerHost, options.MaxConcurrency);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.ConnectTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            MaxConnectionsPerServer = options.MaxConcurrencyPerHost,
            UseCookies = false,
            ConnectCallback = ConnectAsync,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        _client.DefaultRequestHeaders.Accept.ParseAdd(
            "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5");
    }

    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        if (NetworkGuard.RefuseUrl(request.Url, _options.AllowPrivateNetworks) is { } refusal)
            return FetchResult.Failure(refusal);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            return await FollowAsync(request, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FetchResult.Failure($"Timed out after {_options.Timeout.TotalSeconds:0.#} s.");
        }
        catch (HttpRequestException ex)
        {
            return FetchResult.Failure(Describe(ex));
        }
        catch (BlockedAddressException ex)
        {
            return FetchResult.Failure(ex.Message);
        }
    }

    private async Task<FetchResult> FollowAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        var url = request.Url;
        var allPermanent = true;
        for (var hop = 0; ; hop++)
        {
            if (NetworkGuard.RefuseUrl(url, _options.AllowPrivateNetworks) is { } refusal)
                return FetchResult.Failure(refusal);

            using var message = new HttpRequestMessage(HttpMethod.Get, url);
            // Validators belong to the feed's own URL; a redirected fetch asks again without them.
            if (hop == 0)
                HttpHeaderValues.AddValidators(message, request);

            using var lease = await _throttle.EnterAsync(url.IdnHost, cancellationToken).ConfigureAwait(false);
            using var response = await _client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;

            if (status is 301 or 302 or 303 or 307 or 308)
            {
                if (hop >= _options.MaxRedirects)
                    return FetchResult.Failure($"More than {_options.MaxRedirects} redirects.", status);
                if (response.Headers.Location is not { } location)
                    return FetchResult.Failure("Redirect without a Location header.", status);
                allPermanent &= status is 301 or 308;
                url = location.IsAbsoluteUri ? location : new Uri(url, location);
                continue;
            }

            var now = _time.GetUtcNow();
            var moved = hop > 0 && allPermanent ? url : null;
            if (status == 304)
            {
                return new FetchResult
                {
                    Outcome = FetchOutcome.NotModified,
                    StatusCode = status,
                    ETag = HttpHeaderValues.ETag(response) ?? request.ETag,
                    LastModified = HttpHeaderValues.LastModified(response) ?? request.LastModified,
                    FinalUrl = url,
                    FreshFor = HttpHeaderValues.FreshFor(response, now),
                };
            }
            if (status == 410)
                return new FetchResult { Outcome = FetchOutcome.Gone, StatusCode = status, FinalUrl = url, Error = "410 Gone" };
            if (status is < 200 or > 299)
            {
                var retryAfter = status is 429 or 503 ? HttpHeaderValues.RetryAfter(response, now) : null;
                return FetchResult.Failure($"HTTP {status} {response.ReasonPhrase}".TrimEnd(), status, retryAfter);
            }

            var body = await ReadCappedAsync(response, cancellationToken).ConfigureAwait(false);
            if (body is null)
                return FetchResult.Failure($"Body larger than {_options.MaxBodyBytes} bytes (Fetch:MaxBodyBytes); refused.", status);

            return new FetchResult
            {
                Outcome = FetchOutcome.Content,
                StatusCode = status,
                Body = body,
                ContentType = response.Content.Headers.ContentType?.ToString(),
                ETag = HttpHeaderValues.ETag(response),
                LastModified = HttpHeaderValues.LastModified(response),
                FinalUrl = url,
                PermanentRedirect = moved,
                FreshFor = HttpHeaderValues.FreshFor(response, now),
            };
        }
    }

    /// <summary>Reads the (decompressed) body, or returns null as soon as it passes the cap.</summary>
    private async Task<byte[]?> ReadCappedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var cap = _options.MaxBodyBytes;
        if (response.Content.Headers.ContentLength > cap)
            return null;
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
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
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        var allowed = _options.AllowPrivateNetworks ? addresses : addresses.Where(NetworkGuard.IsPublic).ToArray();
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
        return ex.InnerException is { } inner2 ? $"{ex.Message} ({inner2.Message})" : ex.Message;
    }

    public void Dispose() => _client.Dispose();
}
