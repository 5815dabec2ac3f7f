using FeedHub.Storage;
using FeedHub.Worker.Hosting;
using Microsoft.Extensions.Options;

namespace FeedHub.Worker.Cli;

/// <summary>What a command needs: its output streams, the configuration, and the services built from it.</summary>
public sealed class CliContext(TextWriter output, TextWriter error, IConfiguration configuration) : IAsyncDisposable
{
    private ServiceProvider? _services;

    public TextWriter Out { get; } = output;
    public TextWriter Error { get; } = error;
    public IConfiguration Configuration { get; } = configuration;

    public IServiceProvider Services => _services ??= Build();

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>The store, migrated when `Storage:MigrateOnStart` is on (the default).</summary>
    public async Task<IFeedHubStore> StoreAsync(CancellationToken cancellationToken)
    {
        var store = Get<IFeedHubStore>();
        if (Get<StorageOptions>().MigrateOnStart)
            await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
        return store;
    }

    private ServiceProvider Build()
    {
        var services = new ServiceCollection();
        services.AddSingleton(Configuration);
        services.AddLogging(logging =>
        {
            // Commands print their results on stdout; logs go to stderr, warnings and up.
            logging.AddSimpleConsole(o => o.SingleLine = true);
            logging.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            logging.SetMinimumLevel(LogLevel.Warning);
        });
        services.AddFeedHubCore(Configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
            await _services.DisposeAsync().ConfigureAwait(false);
    }
}

/// <summary>Exit codes of every command.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;
}

/// <summary>Turns configuration mistakes into a message that names the key.</summary>
internal static class ConfigurationErrors
{
    public static string? Describe(Exception ex) => ex switch
    {
        OptionsValidationException o => "Invalid configuration: " + string.Join("; ", o.Failures),
        InvalidOperationException i when i.Message.Contains("configuration", StringComparison.OrdinalIgnoreCase) => "Invalid configuration: " + i.Message,
        ArgumentException a when a.Message.Contains(':', StringComparison.Ordinal) => "Invalid configuration: " + a.Message,
        _ => null,
    };
}
