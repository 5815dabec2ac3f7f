using System.CommandLine;
using FeedHub.Worker.Hosting;

namespace FeedHub.Worker.Cli;

internal static class RunCommand
{
    public static Command Build(CliContext context, List<KeyValuePair<string, string?>> overrides)
    {
        var command = new Command("run", "Run the daemon: Hangfire server and dashboard (/hangfire), HTTP API, health endpoints. Exits 0 on SIGTERM after draining.");
        command.SetAction((_, cancellationToken) => RunAsync(context, overrides, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(CliContext context, List<KeyValuePair<string, string?>> overrides, CancellationToken cancellationToken)
    {
        var app = DaemonHost.Build(context.Configuration);
        await using (app.ConfigureAwait(false))
            await ((IHost)app).RunAsync(cancellationToken).ConfigureAwait(false);
        return ExitCodes.Ok;
    }
}
