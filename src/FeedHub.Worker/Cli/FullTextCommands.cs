using System.CommandLine;
using FeedHub.Refreshing;
using FeedHub.Storage;

namespace FeedHub.Worker.Cli;

/// <summary>`feedhub fulltext fetch|status`: the full-text fetches the daemon runs in the background, by hand.</summary>
internal static class FullTextCommands
{
    public static Command Build(CliContext context)
    {
        var command = new Command("fulltext", "Full text of truncated items (see `feeds set URL --full-text on`).");
        command.Subcommands.Add(Fetch(context));
        command.Subcommands.Add(Status(context));
        return command;
    }

    private static Command Fetch(CliContext context)
    {
        var command = new Command("fetch", "Fetch every pending full text that is due now, synchronously, and print what each left.");
        command.SetAction(async (_, cancellationToken) =>
        {
            var store = await context.StoreAsync(cancellationToken).ConfigureAwait(false);
            var options = context.Get<FullTextOptions>();
            var refresher = context.Get<FullTextRefresher>();
            var time = context.Get<TimeProvider>();
            var results = new List<FullTextResult>();
            // Claimed as of the start: what this run puts back (pending, due later) waits for the next run or the daemon.
            var start = time.GetUtcNow();
            while (true)
            {
                var claimed = await store.ClaimPendingFullTextAsync(start, options.Lease, options.MaxClaimPerDispatch, cancellationToken).ConfigureAwait(false);
                if (claimed.Count == 0)
                    break;
                results.AddRange(await refresher.FetchAsync(claimed, cancellationToken).ConfigureAwait(false));
            }
            foreach (var r in results)
                await context.Out.WriteLineAsync($"{r.ArticleId,6}  {r.Status ?? "none",-18} {r.Error}").ConfigureAwait(false);
            var counts = string.Join(", ", results.GroupBy(r => r.Status ?? "none").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}"));
            await context.Out.WriteLineAsync($"fetched full text of {results.Count} articles{(results.Count > 0 ? ": " + counts : "")}").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Status(CliContext context)
    {
        var command = new Command("status", "Count articles in each full-text state.");
        command.SetAction(async (_, cancellationToken) =>
        {
            var store = await context.StoreAsync(cancellationToken).ConfigureAwait(false);
            var counts = await store.CountFullTextAsync(cancellationToken).ConfigureAwait(false);
            foreach (var state in (string[])[FullTextStatus.Pending, FullTextStatus.Fetched, FullTextStatus.NoContent, FullTextStatus.RobotsDisallowed, FullTextStatus.Error])
                await context.Out.WriteLineAsync($"{state,-18} {counts.GetValueOrDefault(state)}").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
