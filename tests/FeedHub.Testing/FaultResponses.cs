using System.Globalization;
using System.IO.Compression;
using Microsoft.AspNetCore.Http;

namespace FeedHub.Testing;

/// <summary>
/// Misbehaving and demanding answers for <see cref="LoopbackServer.Map"/>: conditional GET, compression, redirects,
/// error statuses with Retry-After, a server that trickles, oversized and decompression-bomb bodies.
/// </summary>
public static class FaultResponses
{
    /// <summary>A feed with an ETag and a Last-Modified date that answers 304 when either validator matches.</summary>
    public static RequestDelegate Conditional(byte[] body, string? etag, DateTimeOffset? lastModified, string contentType = "application/rss+xml; charset=utf-8") =>
        async context =>
        {
            if (etag is not null)
                context.Response.Headers.ETag = etag;
            if (lastModified is { } modified)
                context.Response.Headers.LastModified = modified.ToString("r", CultureInfo.InvariantCulture);
            var request = context.Request.GetTypedHeaders();
            var etagMatches = etag is not null && context.Request.Headers.IfNoneMatch.ToString() == etag;
            var dateMatches = etag is null && lastModified is not null && request.IfModifiedSince >= lastModified;
            if (etagMatches || dateMatches)
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
            context.Response.ContentType = contentType;
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        };

    /// <summary>The body compressed with the given Content-Encoding (gzip, deflate or br).</summary>
    public static RequestDelegate Compressed(byte[] body, string encoding, string contentType = "application/rss+xml; charset=utf-8")
    {
        var compressed = Compress(body, encoding);
        return async context =>
        {
            context.Response.ContentType = contentType;
            context.Response.Headers.ContentEncoding = encoding;
            await context.Response.Body.WriteAsync(compressed, context.RequestAborted);
        };
    }

    public static byte[] Compress(byte[] body, string encoding)
    {
        using var output = new MemoryStream();
        using (Stream compressor = encoding switch
        {
            "gzip" => new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true),
            "deflate" => new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true),
            "br" => new BrotliStream(output, CompressionLevel.Fastest, leaveOpen: true),
            _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "gzip, deflate or br"),
        })
        {
            compressor.Write(body);
        }
        return output.ToArray();
    }

    /// <summary>A gzip body that inflates to <paramref name="inflatedBytes"/> zero bytes (a decompression bomb).</summary>
    public static byte[] GzipBomb(long inflatedBytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (long written = 0; written < inflatedBytes; written += zeros.Length)
                gzip.Write(zeros, 0, (int)Math.Min(zeros.Length, inflatedBytes - written));
        }
        return output.ToArray();
    }

    public static RequestDelegate Redirect(int status, string location) =>
        context =>
        {
            context.Response.StatusCode = status;
            context.Response.Headers.Location = location;
            return Task.CompletedTask;
        };

    /// <summary>A bare status, with a Retry-After header when one is given (seconds or an HTTP date).</summary>
    public static RequestDelegate Status(int status, string? retryAfter = null) =>
        context =>
        {
            context.Response.StatusCode = status;
            if (retryAfter is not null)
                context.Response.Headers.RetryAfter = retryAfter;
            return Task.CompletedTask;
        };

    /// <summary>
    /// Sends the status line and then one byte of body at a time with a pause between, for as long as the client
    /// listens; <paramref name="sent"/> counts the bytes written. With <paramref name="headersFirst"/> false, it
    /// never even finishes the headers.
    /// </summary>
    public static RequestDelegate Trickle(ByteCounter sent, bool headersFirst = true) =>
        async context =>
        {
            var aborted = context.RequestAborted;
            try
            {
                if (!headersFirst)
                {
                    sent.Started();
                    await Task.Delay(Timeout.Infinite, aborted);
                }
                context.Response.ContentType = "application/rss+xml";
                await context.Response.StartAsync(aborted);
                sent.Started();
                var one = "<"u8.ToArray();
                while (!aborted.IsCancellationRequested)
                {
                    sent.Add(1); // counted before it goes out, so a client never appears to have read more than was sent
                    await context.Response.Body.WriteAsync(one, aborted);
                    await context.Response.Body.FlushAsync(aborted);
                    await Task.Delay(20, aborted);
                }
            }
            catch (OperationCanceledException)
            {
                // The client went away: that is the point.
            }
        };

    /// <summary>Streams <paramref name="totalBytes"/> without a Content-Length (chunked), counting what was sent.</summary>
    public static RequestDelegate Endless(long totalBytes, ByteCounter sent) =>
        async context =>
        {
            context.Response.ContentType = "application/rss+xml";
            var block = new byte[64 * 1024];
            Array.Fill(block, (byte)'x');
            try
            {
                for (long written = 0; written < totalBytes; written += block.Length)
                {
                    await context.Response.Body.WriteAsync(block, context.RequestAborted);
                    sent.Add(block.Length);
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException)
            {
                // The client stopped reading.
            }
        };

    /// <summary>Declares a Content-Length over the client's cap and sends that many bytes.</summary>
    public static RequestDelegate Declared(long length, ByteCounter sent) =>
        async context =>
        {
            context.Response.ContentType = "application/rss+xml";
            context.Response.ContentLength = length;
            var block = new byte[64 * 1024];
            try
            {
                for (long written = 0; written < length; written += block.Length)
                {
                    var size = (int)Math.Min(block.Length, length - written);
                    await context.Response.Body.WriteAsync(block.AsMemory(0, size), context.RequestAborted);
                    sent.Add(size);
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException)
            {
                // The client refused the body.
            }
        };
}

/// <summary>A thread-safe count of bytes a handler wrote, and a signal that it started.</summary>
public sealed class ByteCounter
{
    private long _bytes;
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public long Bytes => Interlocked.Read(ref _bytes);

    public Task HasStarted => _started.Task;

    public void Add(long bytes) => Interlocked.Add(ref _bytes, bytes);

    public void Started() => _started.TrySetResult();

    /// <summary>Waits (without a deadline of its own; the test's cancellation bounds it) until at least this many bytes went out.</summary>
    public async Task WaitForAsync(long bytes, CancellationToken cancellationToken)
    {
        while (Bytes < bytes)
            await Task.Delay(10, cancellationToken);
    }
}
