using System.CommandLine;
using FeedHub.Storage;

namespace FeedHub.Worker.Cli;

internal static class MigrateCommand
{
    public static Command Build(CliContext context)
    {
        var command = new Command("migrate", "Create or upgrade the schema, then exit.");
        command.SetAction(async (_, cancellationToken) =>
        {
            var version = await context.Get<IFeedHubStore>().MigrateAsync(cancellationToken).ConfigureAwait(false);
            await context.Out.WriteLineAsync($"schema at version {version}").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
