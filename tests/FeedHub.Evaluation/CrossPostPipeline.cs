using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Security;
using System.Text;
using FeedHub.Storage;
using FeedHub.Storage.Postgres;
using FeedHub.Storage.Sqlite;
using FeedHub.Testing;

namespace FeedHub.Evaluation;

/// <summary>
/// The real pipeline for the crossposts evaluation: the corpus's feeds on a loopback server, the store filled by
/// the `feedhub` executable (`migrate`, `feeds import`, then `poll --all` once a round, each a child process of the
/// Worker's own build), and read back afterwards for scoring. SQLite in a temp file, or PostgreSQL in a throwaway
/// cluster of its own.
/// </summary>
internal sealed class CrossPostPipeline : IAsyncDisposable
{
    private readonly LoopbackServer _server;
    private readonly ConcurrentDictionary<string, byte[]> _bodies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _served = new(StringComparer.Ordinal); // corpus feed URL -> loopback URL
    private readonly string _directory;
    private readonly Dictionary<string, string> _environment;
    private readonly IFeedHubStore _store;
    private readonly IAsyncDisposable? _dataSource;
    private bool _childProcesses;

    public TimeSpan CliTime { get; private set; }
    public int CliRuns { get; private set; }
    public int FailedPolls { get; private set; }

    private CrossPostPipeline(LoopbackServer server, string directory, Dictionary<string, string> environment, IFeedHubStore store, IAsyncDisposable? dataSource)
    {
        _dataSource = dataSource;
        _server = server;
        _directory = directory;
        _environment = environment;
        _store = store;
        _server.Fallback = context =>
        {
            if (!_bodies.TryGetValue(context.Request.Path.Value ?? "", out var body))
            {
                context.Response.StatusCode = 404;
                return Task.CompletedTask;
            }
            context.Response.ContentType = "application/rss+xml; charset=utf-8";
            return context.Response.Body.WriteAsync(body).AsTask();
        };
    }

    /// <param name="childProcesses">
    /// Run `feedhub` as child processes of the Worker's build (true), or call its entry point, FeedHubCli.RunAsync,
    /// in this process with the same arguments and configuration (false: the same code path without the process
    /// start, which costs seconds a round on a loaded machine).
    /// </param>
    public static async Task<CrossPostPipeline> StartAsync(string storeKind, IReadOnlyCollection<string> feedUrls, bool childProcesses)
    {
        var directory = Path.Combine(Path.GetTempPath(), "feedhub-crossposts-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Fetch__AllowPrivateNetworks"] = "true",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        IFeedHubStore store;
        Npgsql.NpgsqlDataSource? dataSource = null;
        if (storeKind == "postgres")
        {
            var cluster = await PostgresCluster.SharedAsync();
            var connectionString = await cluster.CreateDatabaseAsync("crossposts");
            environment["ConnectionStrings__FeedHub"] = connectionString;
            dataSource = PostgresStore.CreateDataSource(connectionString);
            store = new PostgresStore(dataSource);
        }
        else
        {
            var path = Path.Combine(directory, "feedhub.db");
            environment["Storage__SqlitePath"] = path;
            store = new SqliteStore(path);
        }

        var server = await LoopbackServer.StartAsync(addresses: 1, recordRequests: false);
        var pipeline = new CrossPostPipeline(server, directory, environment, store, dataSource) { _childProcesses = childProcesses };
        var opml = new StringBuilder("<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>crossposts</title></head><body>");
        foreach (var (url, i) in feedUrls.Select((u, i) => (u, i)))
        {
            var local = server.Url($"feeds/{i}.xml").AbsoluteUri;
            pipeline._served[url] = local;
            pipeline._bodies[new Uri(local).AbsolutePath] = Encoding.UTF8.GetBytes(CrossPostEvaluation.Rss(url, []));
            opml.Append(CultureInfo.InvariantCulture, $"<outline type=\"rss\" text=\"{SecurityElement.Escape(url)}\" xmlUrl=\"{SecurityElement.Escape(local)}\"/>");
        }
        var file = Path.Combine(directory, "feeds.opml");
        await File.WriteAllTextAsync(file, opml.Append("</body></opml>").ToString());
        await pipeline.RunAsync("migrate");
        await pipeline.RunAsync("feeds", "import", file);
        return pipeline;
    }

    /// <summary>What the corpus feed serves from now on.</summary>
    public void Serve(string feedUrl, string rss) => _bodies[new Uri(_served[feedUrl]).AbsolutePath] = Encoding.UTF8.GetBytes(rss);

    public Task PollAllAsync() => RunAsync("poll", "--all");

    /// <summary>Every stored article, its feed URL given back as the corpus names it.</summary>
    public async Task<List<ArticleRecord>> ReadStoreAsync(CancellationToken cancellationToken)
    {
        var corpusUrl = _served.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
        var stored = new List<ArticleRecord>();
        await foreach (var article in _store.ExportAsync(null, cancellationToken))
            stored.Add(article with { FeedUrl = corpusUrl[article.FeedUrl] });
        return stored;
    }

    private async Task RunAsync(params string[] args)
    {
        var watch = Stopwatch.StartNew();
        var (exit, output, error) = _childProcesses ? await RunProcessAsync(args) : await RunInProcessAsync(args);
        CliTime += watch.Elapsed;
        CliRuns++;
        if (exit != 0)
            throw new InvalidOperationException($"feedhub {string.Join(' ', args)} exited {exit}:\n{output}\n{error}");
        // "polled N feeds: X ok, Y failed, ..."
        var summary = output.Split('\n').LastOrDefault(l => l.StartsWith("polled ", StringComparison.Ordinal));
        if (summary?.Split(", ").FirstOrDefault(part => part.EndsWith(" failed", StringComparison.Ordinal)) is { } failed)
            FailedPolls += int.Parse(failed.Split(' ')[0], CultureInfo.InvariantCulture);
    }

    private async Task<(int Exit, string Output, string Error)> RunInProcessAsync(string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        // The environment's Section__Key become --Section:Key=value, which the CLI reads last.
        var overrides = _environment.Select(p => $"--{p.Key.Replace("__", ":", StringComparison.Ordinal)}={p.Value}");
        var exit = await FeedHub.Worker.Cli.FeedHubCli.RunAsync([.. args, .. overrides], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private async Task<(int Exit, string Output, string Error)> RunProcessAsync(string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _directory,
        };
        start.ArgumentList.Add(WorkerDll());
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        foreach (var (key, value) in _environment)
            start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    /// <summary>The Worker's own build output, beside this one: src/FeedHub.Worker/bin/&lt;Configuration&gt;/&lt;tfm&gt;/feedhub.dll.</summary>
    private static string WorkerDll()
    {
        var bin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var repo = bin;
        while (repo is not null && !File.Exists(Path.Combine(repo.FullName, "FeedHub.sln")))
            repo = repo.Parent;
        var dll = Path.Combine(repo?.FullName ?? "", "src", "FeedHub.Worker", "bin", bin.Parent!.Name, bin.Name, "feedhub.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"The worker build was not found at {dll}.");
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        if (_dataSource is not null)
            await _dataSource.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, true); } catch (IOException) { }
    }
}
