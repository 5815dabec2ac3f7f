using System.CommandLine;
using FeedHub.Refreshing;

namespace FeedHub.Worker.Cli;

internal static class PollCommand
{
    public static Command Build(CliContext context)
    {
        var all = new Option<bool>("--all") { Description = "Poll every enabled feed." };
        var feed = new Option<string?>("--feed") { Description = "Poll the feed with this URL." };
        var command = new Command("poll", "Poll now, synchronously, and print a summary. Exits 0 when it ran, even if some feeds failed.") { all, feed };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var url = parse.GetValue(feed);
            if (!parse.GetValue(all) && url is null)
            {
                await context.Error.WriteLineAsync("Say which feeds: --all or --feed URL.").ConfigureAwait(false);
                return ExitCodes.Usage;
            }
            var store = await context.StoreAsync(cancellationToken).ConfigureAwait(false);
            var feeds = (await store.ListFeedsAsync(cancellationToken).ConfigureAwait(false))
                .Where(f => url is null ? f.Enabled : string.Equals(f.Url, url, StringComparison.Ordinal))
                .ToList();
            if (url is not null && feeds.Count == 0)
            {
                await context.Error.WriteLineAsync($"No feed with URL {url}; add it with `feedhub feeds add {url}`.").ConfigureAwait(false);
                return ExitCodes.Failed;
            }
            var results = await context.Get<FeedBatchPoller>().PollAsync(feeds, cancellationToken).ConfigureAwait(false);
            foreach (var r in results)
            {
                var detail = r.Error is null ? $"{r.ItemsSeen} items, {r.Added} new ({r.Duplicates} joined a story), {r.Updated} updated" : r.Error;
                await context.Out.WriteLineAsync($"{r.Status,-12} {r.FeedUrl}  {detail}").ConfigureAwait(false);
            }
            await context.Out.WriteLineAsync(
                $"polled {results.Count} feeds: {results.Count(r => r.Error is null)} ok, {results.Count(r => r.Error is not null)} failed, " +
                $"{results.Sum(r => r.Added)} articles added, {results.Sum(r => r.Updated)} updated").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
