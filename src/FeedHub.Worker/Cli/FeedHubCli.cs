using System.CommandLine;
using FeedHub.Worker.Hosting;

namespace FeedHub.Worker.Cli;

/// <summary>The `feedhub` command line (the Contract in DESIGN.md).</summary>
public static class FeedHubCli
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var (remaining, overrides) = FeedHubConfiguration.SplitArguments(args);
        var configuration = FeedHubConfiguration.Build(overrides);
        var context = new CliContext(output, error, configuration);
        await using (context.ConfigureAwait(false))
        {
            var root = BuildRoot(context, remaining, overrides);
            var parsed = root.Parse(remaining);
            try
            {
                return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false }, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ConfigurationErrors.Describe(ex) is { } message)
            {
                await error.WriteLineAsync(message).ConfigureAwait(false);
                return ExitCodes.Usage;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return ExitCodes.Failed;
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or IOException or InvalidOperationException or TimeoutException or System.Net.Sockets.SocketException)
            {
                // The store or the network failed under the command: say what happened, no stack trace.
                await error.WriteLineAsync($"feedhub: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.Failed;
            }
        }
    }

    private static RootCommand BuildRoot(CliContext context, string[] remaining, List<KeyValuePair<string, string?>> overrides)
    {
        var root = new RootCommand(
            "FeedHub: polls RSS, Atom and JSON feeds, strips boilerplate, detects cross-posts, and keeps one clean, " +
            "de-duplicated article store. Configuration: appsettings.json, then environment variables (Section__Key), " +
            "then --Section:Key=value on the command line.");
        var run = RunCommand.Build(context, overrides);
        root.Subcommands.Add(run);
        root.Subcommands.Add(MigrateCommand.Build(context));
        root.Subcommands.Add(FeedsCommands.Build(context));
        root.Subcommands.Add(PollCommand.Build(context));
        root.Subcommands.Add(CleanCommand.Build(context));
        root.Subcommands.Add(ExtractCommand.Build(context));
        root.Subcommands.Add(ExportCommand.Build(context));
        root.Subcommands.Add(FullTextCommands.Build(context));
        root.Subcommands.Add(KeysCommands.Build(context));
        root.Subcommands.Add(StoriesCommands.Build(context));
        root.Subcommands.Add(RetentionCommands.Build(context));
        root.Subcommands.Add(RulesCommands.Build(context));
        root.Subcommands.Add(RecleanCommand.Build(context));
        root.Subcommands.Add(DashboardCommands.Build(context));
        // `feedhub` alone is the daemon.
        root.SetAction((_, cancellationToken) => RunCommand.RunAsync(context, overrides, cancellationToken));
        return root;
    }
}
