using System.CommandLine;
using FeedHub.Dedup;
using FeedHub.Refreshing;
using FeedHub.Storage;

namespace FeedHub.Worker.Cli;

internal static class MigrateCommand
{
    public static Command Build(CliContext context)
    {
        var command = new Command("migrate", "Create or upgrade the schema, then exit.");
        command.SetAction(async (_, cancellationToken) =>
        {
            var store = context.Get<IFeedHubStore>();
            var version = await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
            await context.Out.WriteLineAsync($"schema at version {version}").ConfigureAwait(false);
            // Articles stored before the near-duplicate index (schema 2) get their signatures now.
            var signed = await new SignatureBackfill(store, context.Get<StoryMatcher>()).RunAsync(500, cancellationToken).ConfigureAwait(false);
            if (signed > 0)
                await context.Out.WriteLineAsync($"signed {signed} articles for near-duplicate detection").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
