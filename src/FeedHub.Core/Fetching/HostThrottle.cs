using System.Collections.Concurrent;

namespace FeedHub.Fetching;

/// <summary>Bounds requests in flight: per host and in the whole process.</summary>
internal sealed class HostThrottle(int perHost, int global)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _global = new(global, global);

    public async Task<IDisposable> EnterAsync(string host, CancellationToken cancellationToken)
    {
        var hostGate = _hosts.GetOrAdd(host, _ => new SemaphoreSlim(perHost, perHost));
        await hostGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _global.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            hostGate.Release();
            throw;
        }
        return new Lease(hostGate, _global);
    }

    private sealed class Lease(SemaphoreSlim host, SemaphoreSlim global) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                global.Release();
                host.Release();
            }
        }
    }
}
