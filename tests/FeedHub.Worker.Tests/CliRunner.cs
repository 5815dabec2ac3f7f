using System.Text.Json;
using FeedHub.Testing;
using FeedHub.Worker.Cli;

namespace FeedHub.Worker.Tests;

/// <summary>The outcome of one `feedhub` command run in-process.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error)
{
    public IReadOnlyList<JsonElement> JsonLines() =>
        Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
}

/// <summary>
/// Runs `feedhub` commands in-process against one store: a fresh SQLite file, or a fresh database on the test
/// PostgreSQL cluster. Configuration is passed as `--Section:Key=value`, as a user would.
/// </summary>
public sealed class FeedHubInstance : IAsyncDisposable
{
    private readonly string? _sqlitePath;

    private FeedHubInstance(string[] storeArgs, string? sqlitePath, string? connectionString)
    {
        StoreArgs = storeArgs;
        _sqlitePath = sqlitePath;
        ConnectionString = connectionString;
    }

    public string[] StoreArgs { get; }
    public string? ConnectionString { get; }
    public string? SqlitePath => _sqlitePath;

    public static async Task<FeedHubInstance> CreateAsync(string store)
    {
        if (store == "postgres")
        {
            var cluster = await PostgresCluster.SharedAsync();
            var cs = await cluster.CreateDatabaseAsync("worker");
            return new FeedHubInstance([$"--ConnectionStrings:FeedHub={cs}"], null, cs);
        }
        var path = Path.Combine(Path.GetTempPath(), $"feedhub-worker-{Guid.NewGuid():N}.db");
        return new FeedHubInstance([$"--Storage:SqlitePath={path}"], path, null);
    }

    /// <summary>An instance on a database the caller made (for tests with a PostgreSQL cluster of their own).</summary>
    public static FeedHubInstance ForPostgres(string connectionString) => new([$"--ConnectionStrings:FeedHub={connectionString}"], null, connectionString);

    /// <summary>Runs a command with this store and loopback feeds allowed.</summary>
    public Task<CliResult> RunAsync(params string[] args) => RunRawAsync([.. args, .. StoreArgs, "--Fetch:AllowPrivateNetworks=true"]);

    public async Task<CliResult> RunRawAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await FeedHubCli.RunAsync([.. args], output, error);
        return new CliResult(exit, output.ToString(), error.ToString());
    }

    public async Task<IReadOnlyList<JsonElement>> ExportAsync()
    {
        var result = await RunAsync("export", "--format", "jsonl");
        result.ExitCode.Should().Be(0, result.Error);
        return result.JsonLines();
    }

    public ValueTask DisposeAsync()
    {
        if (_sqlitePath is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in (string[])["", "-wal", "-shm"])
                File.Delete(_sqlitePath + suffix);
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>Writes an OPML file listing the given URLs.</summary>
    public static string WriteOpml(params Uri[] urls)
    {
        var path = Path.Combine(Path.GetTempPath(), $"feedhub-{Guid.NewGuid():N}.opml");
        var outlines = string.Join("\n", urls.Select((u, i) => $"<outline type=\"rss\" text=\"feed {i}\" xmlUrl=\"{System.Security.SecurityElement.Escape(u.AbsoluteUri)}\"/>"));
        File.WriteAllText(path, $"<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>t</title></head><body>{outlines}</body></opml>");
        return path;
    }
}
