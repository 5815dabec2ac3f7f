using System.CommandLine;
using System.Text.Json;
using FeedHub.Worker.Api;

namespace FeedHub.Worker.Cli;

internal static class StoriesCommands
{
    public static Command Build(CliContext context)
    {
        var stories = new Command("stories", "See and fix how articles were grouped into stories.");

        var showId = new Argument<long>("ID") { Description = "A story id (a merged story's old id works too)." };
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var show = new Command("show", "A story with its members, why each joined and how similar it was.") { showId, format };
        show.SetAction(async (parse, cancellationToken) =>
        {
            var store = await context.StoreAsync(cancellationToken).ConfigureAwait(false);
            if (await store.GetStoryAsync(parse.GetValue(showId), cancellationToken).ConfigureAwait(false) is not { } story)
            {
                await context.Error.WriteLineAsync("no such story").ConfigureAwait(false);
                return ExitCodes.Failed;
            }
            var json = StoriesApi.From(story);
            if (parse.GetValue(format) == "json")
            {
                await context.Out.WriteLineAsync(JsonSerializer.Serialize(json, ContractJson.Indented)).ConfigureAwait(false);
                return ExitCodes.Ok;
            }
            await context.Out.WriteLineAsync($"story {json.Id}: {json.Members.Count} articles, representative {json.RepresentativeArticleId}").ConfigureAwait(false);
            foreach (var m in json.Members)
            {
                var why = m.IsRepresentative ? "representative" : $"{m.Reason ?? "-"}{(m.Similarity is { } s ? $" {s:0.###}" : "")}";
                await context.Out.WriteLineAsync($"  {m.ArticleId,8}  {why,-22} {m.Title}  <{m.Url}>  from {m.FeedUrl}").ConfigureAwait(false);
            }
            return ExitCodes.Ok;
        });

        var article = new Argument<long>("ARTICLE") { Description = "The id of the article to take out." };
        var split = new Command("split", "Take an article out of its story into one of its own; it stays out.") { article };
        split.SetAction(async (parse, cancellationToken) =>
        {
            var store = await context.StoreAsync(cancellationToken).ConfigureAwait(false);
            var story = await store.SplitArticleAsync(parse.GetValue(article), context.Get<TimeProvider>().GetUtcNow(), cancellationToken).ConfigureAwait(false);
            if (story is null)
            {
                await context.Error.WriteLineAsync("no such article, or it is alone in its story").ConfigureAwait(false);
                return ExitCodes.Failed;
            }
            await context.Out.WriteLineAsync($"article {parse.GetValue(article)} is now story {story}").ConfigureAwait(false);
            return ExitCodes.Ok;
        });

        var target = new Argument<long>("A") { Description = "The story that stays." };
        var source = new Argument<long>("B") { Description = "The story merged into A; its id keeps working as an alias of A." };
        var merge = new Command("merge", "Merge story B into story A.") { target, source };
        merge.SetAction(async (parse, cancellationToken) =>
        {
            var store = await context.StoreAsync(cancellationToken).ConfigureAwait(false);
            var ok = await store.MergeStoriesAsync(parse.GetValue(target), parse.GetValue(source), context.Get<TimeProvider>().GetUtcNow(), cancellationToken).ConfigureAwait(false);
            await (ok ? context.Out : context.Error).WriteLineAsync(ok ? $"story {parse.GetValue(source)} merged into {parse.GetValue(target)}" : "both stories must exist and differ").ConfigureAwait(false);
            return ok ? ExitCodes.Ok : ExitCodes.Failed;
        });

        stories.Subcommands.Add(show);
        stories.Subcommands.Add(split);
        stories.Subcommands.Add(merge);
        return stories;
    }
}

internal static class RetentionCommands
{
    public static Command Build(CliContext context)
    {
        var retention = new Command("retention", "Purge articles past Retention:MaxAge.");
        var olderThan = new Option<TimeSpan?>("--older-than") { Description = "Purge articles fetched longer ago than this ([d.]hh:mm:ss); default Retention:MaxAge." };
        var run = new Command("run", "Purge now, leaving tombstones so that feeds do not bring purged items back.") { olderThan };
        run.SetAction(async (parse, cancellationToken) =>
        {
            var age = parse.GetValue(olderThan) ?? context.Get<Hosting.RetentionOptions>().MaxAge;
            if (age is null)
            {
                await context.Error.WriteLineAsync("Nothing to do: Retention:MaxAge is not set (or pass --older-than).").ConfigureAwait(false);
                return ExitCodes.Usage;
            }
            var store = await context.StoreAsync(cancellationToken).ConfigureAwait(false);
            var now = context.Get<TimeProvider>().GetUtcNow();
            var total = 0;
            int purged;
            do
            {
                purged = await store.PurgeArticlesAsync(now - age.Value, 1000, now, cancellationToken).ConfigureAwait(false);
                total += purged;
                if (purged > 0)
                    await context.Error.WriteLineAsync($"purged {total} articles so far").ConfigureAwait(false);
            }
            while (purged == 1000);
            await context.Out.WriteLineAsync($"purged {total} articles fetched before {now - age.Value:u}").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        retention.Subcommands.Add(run);
        return retention;
    }
}
