using System.Globalization;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace FeedHub.Testing;

/// <summary>
/// A throwaway PostgreSQL cluster for the test suite: initdb into a temporary folder from the machine's server
/// binaries (Debian's /usr/lib/postgresql/N/bin), started on a free loopback port in the UTC+13 time zone (to
/// flush out time-zone bugs), removed when the test process ends. Each test class takes a fresh database.
/// Set FEEDHUB_TEST_POSTGRES to a connection string to use an existing server instead (its user must be able to
/// create databases).
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    public const string EnvironmentVariable = "FEEDHUB_TEST_POSTGRES";

    private static readonly Lazy<Task<PostgresCluster>> SharedCluster = new(StartSharedAsync);
    private static int _databaseCounter;

    private readonly string? _binDirectory;
    private readonly string? _dataDirectory;
    private readonly bool _asPostgresUser;
    private string _extraServerOptions = "";

    public string AdminConnectionString { get; }
    public int Port { get; }

    /// <summary>The directory of a private cluster's Unix-domain socket (its data directory); null for an outside server.</summary>
    public string? SocketDirectory => _dataDirectory;

    private PostgresCluster(string adminConnectionString, int port, string? binDirectory, string? dataDirectory, bool asPostgresUser)
    {
        AdminConnectionString = adminConnectionString;
        Port = port;
        _binDirectory = binDirectory;
        _dataDirectory = dataDirectory;
        _asPostgresUser = asPostgresUser;
    }

    /// <summary>
    /// CPU time the private cluster's server has used so far (Linux): the postmaster's own and its reaped children's,
    /// plus its live backends'. Null for a cluster this process did not start or off Linux.
    /// </summary>
    public TimeSpan? ServerCpuTime()
    {
        if (_dataDirectory is null || !File.Exists("/proc/self/stat"))
            return null;
        try
        {
            var postmaster = int.Parse(File.ReadLines(Path.Combine(_dataDirectory, "db", "postmaster.pid")).First(), CultureInfo.InvariantCulture);
            var ticks = CpuTicks(postmaster, withReapedChildren: true);
            foreach (var dir in Directory.EnumerateDirectories("/proc"))
            {
                if (int.TryParse(Path.GetFileName(dir), CultureInfo.InvariantCulture, out var pid) && ParentOf(pid) == postmaster)
                    ticks += CpuTicks(pid, withReapedChildren: false);
            }
            return TimeSpan.FromSeconds(ticks / 100.0); // USER_HZ is 100 on Linux
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Fields of /proc/PID/stat after the command name: [1] ppid, [11] utime, [12] stime, [13] cutime, [14] cstime.</summary>
    private static string[]? StatFields(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null; // the process ended meanwhile
        }
    }

    private static int ParentOf(int pid) => StatFields(pid) is { } f ? int.Parse(f[1], CultureInfo.InvariantCulture) : -1;

    private static long CpuTicks(int pid, bool withReapedChildren)
    {
        if (StatFields(pid) is not { } f)
            return 0;
        var ticks = long.Parse(f[11], CultureInfo.InvariantCulture) + long.Parse(f[12], CultureInfo.InvariantCulture);
        return withReapedChildren ? ticks + long.Parse(f[13], CultureInfo.InvariantCulture) + long.Parse(f[14], CultureInfo.InvariantCulture) : ticks;
    }

    /// <summary>The cluster shared by this test process, started on first use.</summary>
    public static Task<PostgresCluster> SharedAsync() => SharedCluster.Value;

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string purpose)
    {
        var name = $"fh_{Sanitize(purpose)}_{Environment.ProcessId}_{Interlocked.Increment(ref _databaseCounter)}";
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Pooling = true, MaxPoolSize = 50 }.ConnectionString;
    }

    /// <summary>Stops the server (fast shutdown), for tests of what happens while the database is down.</summary>
    public Task StopServerAsync() => PgCtlAsync("stop", "-m", "fast");

    public Task StartServerAsync() => PgCtlAsync("start");

    private static async Task<PostgresCluster> StartSharedAsync()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } external)
            return new PostgresCluster(external, new NpgsqlConnectionStringBuilder(external).Port, null, null, false);
        return await StartPrivateAsync();
    }

    /// <summary>
    /// A cluster of the test's own, for tests that stop and start the server (the shared one must stay up for
    /// the tests running beside them). Always started from the local binaries. <paramref name="serverOptions"/> are
    /// more `-c name=value` settings for the server (e.g. a load command's `shared_preload_libraries=pg_stat_statements`).
    /// </summary>
    public static async Task<PostgresCluster> StartPrivateAsync(string serverOptions = "")
    {
        var bin = FindBinaries() ?? throw new InvalidOperationException(
            "The storage tests need PostgreSQL, and no server binaries were found (looked for /usr/lib/postgresql/*/bin/initdb and initdb on PATH). " +
            "Install them with `sudo apt-get install -y postgresql` (Debian/Ubuntu), or point " + EnvironmentVariable +
            " at a server: export " + EnvironmentVariable + "=\"Host=localhost;Username=postgres;Password=…\".");

        var asPostgres = Environment.UserName == "root";
        await RemoveStaleClustersAsync(bin, asPostgres);
        var data = Path.Combine(Path.GetTempPath(), $"feedhub-pg-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(data);
        if (asPostgres)
            await RunAsync("chown", ["postgres:postgres", data], false);
        var port = FreePort();
        var cluster = new PostgresCluster(
            $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false;Timeout=30",
            port, bin, data, asPostgres) { _extraServerOptions = serverOptions };

        await cluster.RunToolAsync("initdb", "-D", Path.Combine(data, "db"), "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C");
        await cluster.PgCtlAsync("start");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Remove();
        return cluster;
    }

    /// <summary>
    /// Stops and deletes clusters left by test processes that are gone (a test host killed before its exit handler
    /// ran leaves its server running), so repeated runs on one machine do not pile servers up.
    /// </summary>
    private static async Task RemoveStaleClustersAsync(string bin, bool asPostgres)
    {
        foreach (var dir in Directory.GetDirectories(Path.GetTempPath(), "feedhub-pg-*"))
        {
            var parts = Path.GetFileName(dir).Split('-');
            if (parts.Length < 4 || !int.TryParse(parts[2], out var pid) || IsAlive(pid))
                continue;
            try
            {
                if (File.Exists(Path.Combine(dir, "db", "postmaster.pid")))
                    await RunAsync(Path.Combine(bin, "pg_ctl"), ["stop", "-D", Path.Combine(dir, "db"), "-m", "immediate", "-w", "-t", "20"], asPostgres);
                Directory.Delete(dir, recursive: true);
            }
            catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
            {
                // Another run is cleaning it up, or it is not ours to remove: leave it.
            }
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private Task PgCtlAsync(string action, params string[] extra)
    {
        if (_binDirectory is null || _dataDirectory is null)
            throw new InvalidOperationException($"The server named by {EnvironmentVariable} is not managed by the tests.");
        var options = $"-p {Port} -c listen_addresses=127.0.0.1 -k {_dataDirectory} -c fsync=off -c synchronous_commit=off " +
                      "-c full_page_writes=off -c max_connections=300 -c shared_buffers=128MB -c TimeZone=Pacific/Tongatapu " + _extraServerOptions;
        string[] args = action == "start"
            ? ["start", "-D", Path.Combine(_dataDirectory, "db"), "-w", "-t", "60", "-l", Path.Combine(_dataDirectory, "server.log"), "-o", options]
            : [action, "-D", Path.Combine(_dataDirectory, "db"), "-w", .. extra];
        return RunToolAsync("pg_ctl", args);
    }

    private Task RunToolAsync(string tool, params string[] args) =>
        RunAsync(Path.Combine(_binDirectory!, tool), args, _asPostgresUser);

    private static async Task RunAsync(string file, string[] args, bool asPostgresUser)
    {
        var start = new ProcessStartInfo
        {
            FileName = asPostgresUser ? "runuser" : file,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgresUser)
        {
            foreach (var a in (string[])["-u", "postgres", "--", file])
                start.ArgumentList.Add(a);
        }
        foreach (var a in args)
            start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited {process.ExitCode}: {await stderr}{await stdout}");
    }

    private void Remove()
    {
        try
        {
            PgCtlAsync("stop", "-m", "immediate").Wait(TimeSpan.FromSeconds(20));
        }
        catch (Exception)
        {
            // The process is ending; a server that will not stop is killed with it by the OS.
        }
        try
        {
            if (_dataDirectory is not null)
                Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Stops and removes a private cluster now rather than when the test process ends.</summary>
    public ValueTask DisposeAsync()
    {
        if (_dataDirectory is not null)
            Remove();
        return ValueTask.CompletedTask;
    }

    private static string? FindBinaries()
    {
        const string debian = "/usr/lib/postgresql";
        if (Directory.Exists(debian))
        {
            var newest = Directory.GetDirectories(debian)
                .Select(d => (Dir: d, Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .Where(d => File.Exists(Path.Combine(d.Dir, "bin", "initdb")))
                .OrderByDescending(d => d.Version)
                .FirstOrDefault();
            if (newest.Dir is not null)
                return Path.Combine(newest.Dir, "bin");
        }
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            if (File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")))
                return dir;
        }
        return null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Sanitize(string purpose) =>
        new string(purpose.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray()) is var s && s.Length > 30 ? s[..30] : s;
}
