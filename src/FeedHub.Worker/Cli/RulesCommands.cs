using System.CommandLine;
using System.Text.Json;
using System.Text.RegularExpressions;
using FeedHub.Refreshing;
using FeedHub.Storage;
using FeedHub.Worker.Api;

namespace FeedHub.Worker.Cli;

internal static class RulesCommands
{
    public static Command Build(CliContext context)
    {
        var rules = new Command("rules", "A feed's cleaning rules: editors' selectors and patterns, and learned boilerplate.");
        rules.Subcommands.Add(Show(context));
        rules.Subcommands.Add(Change(context, "add-selector", "Remove elements matching a CSS selector from this feed's items.", add: true, selector: true));
        rules.Subcommands.Add(Change(context, "remove-selector", "Forget a selector.", add: false, selector: true));
        rules.Subcommands.Add(Change(context, "add-pattern", "Remove blocks whose whole text matches a regular expression.", add: true, selector: false));
        rules.Subcommands.Add(Change(context, "remove-pattern", "Forget a pattern.", add: false, selector: false));
        rules.Subcommands.Add(Learn(context));
        rules.Subcommands.Add(Reset(context));
        return rules;
    }

    private static Command Show(CliContext context)
    {
        var url = new Argument<string>("URL") { Description = "The feed's URL." };
        var command = new Command("show", "Print the feed's rules as JSON (learned blocks are shown by their keys).") { url };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (await FindAsync(context, parse.GetValue(url)!, cancellationToken).ConfigureAwait(false) is not { } feed)
                return ExitCodes.Failed;
            var configured = context.Get<FeedRulesProvider>().For(feed);
            await context.Out.WriteLineAsync(JsonSerializer.Serialize(new
            {
                feed = feed.Url,
                removeSelectors = configured.RemoveSelectors,
                removePatterns = configured.RemovePatterns,
                learnedBlocks = feed.LearnedBlocks,
            }, ContractJson.Indented)).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Change(CliContext context, string name, string description, bool add, bool selector)
    {
        var url = new Argument<string>("URL") { Description = "The feed's URL." };
        var rule = new Argument<string>(selector ? "SELECTOR" : "PATTERN") { Description = selector ? "A CSS selector." : "A .NET regular expression (case-insensitive)." };
        var command = new Command(name, description + " Run `feedhub reclean --feed URL` to apply it to stored articles.") { url, rule };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var value = parse.GetValue(rule)!;
            if (add && Invalid(value, selector) is { } problem)
            {
                await context.Error.WriteLineAsync(problem).ConfigureAwait(false);
                return ExitCodes.Usage;
            }
            if (await FindAsync(context, parse.GetValue(url)!, cancellationToken).ConfigureAwait(false) is not { } feed)
                return ExitCodes.Failed;
            var selectors = feed.RemoveSelectors.ToList();
            var patterns = feed.RemovePatterns.ToList();
            var list = selector ? selectors : patterns;
            if (add && !list.Contains(value))
                list.Add(value);
            if (!add && !list.Remove(value))
            {
                await context.Error.WriteLineAsync($"The feed has no such {(selector ? "selector" : "pattern")}.").ConfigureAwait(false);
                return ExitCodes.Failed;
            }
            await context.Get<IFeedStore>().SetFeedRulesAsync(feed.Id, selectors, patterns, cancellationToken).ConfigureAwait(false);
            await context.Out.WriteLineAsync($"{(add ? "added" : "removed")} {(selector ? "selector" : "pattern")} {value}").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Learn(CliContext context)
    {
        var url = new Argument<string>("URL") { Description = "The feed's URL." };
        var command = new Command("learn", "Learn the feed's recurring boilerplate now from its recent articles.") { url };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (await FindAsync(context, parse.GetValue(url)!, cancellationToken).ConfigureAwait(false) is not { } feed)
                return ExitCodes.Failed;
            var learned = await context.Get<BoilerplateLearnerService>().RelearnAsync(feed, cancellationToken).ConfigureAwait(false);
            await context.Out.WriteLineAsync(learned is null ? "unchanged" : $"learned {learned.Count} boilerplate blocks").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Reset(CliContext context)
    {
        var url = new Argument<string>("URL") { Description = "The feed's URL." };
        var command = new Command("reset", "Forget the feed's learned boilerplate (it is learned again from new articles).") { url };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (await FindAsync(context, parse.GetValue(url)!, cancellationToken).ConfigureAwait(false) is not { } feed)
                return ExitCodes.Failed;
            await context.Get<IFeedStore>().SetLearnedBlocksAsync(feed.Id, [], cancellationToken).ConfigureAwait(false);
            await context.Out.WriteLineAsync($"forgot {feed.LearnedBlocks.Count} learned blocks").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string? Invalid(string value, bool selector)
    {
        if (selector)
        {
            try
            {
                new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<p></p>").QuerySelectorAll(value);
                return null;
            }
            catch (AngleSharp.Dom.DomException)
            {
                return $"'{value}' is not a CSS selector.";
            }
        }
        try
        {
            _ = new Regex(value, RegexOptions.None, TimeSpan.FromMilliseconds(100));
            return null;
        }
        catch (ArgumentException ex)
        {
            return $"'{value}' is not a regular expression: {ex.Message}";
        }
    }

    internal static async Task<FeedRecord?> FindAsync(CliContext context, string url, CancellationToken cancellationToken)
    {
        var store = await context.StoreAsync(cancellationToken).ConfigureAwait(false);
        var feed = await store.GetFeedByUrlAsync(url, cancellationToken).ConfigureAwait(false);
        if (feed is null)
            await context.Error.WriteLineAsync($"No feed with URL {url}.").ConfigureAwait(false);
        return feed;
    }
}

internal static class RecleanCommand
{
    public static Command Build(CliContext context)
    {
        var feed = new Option<string>("--feed") { Description = "The feed's URL.", Required = true };
        var command = new Command("reclean", "Clean a feed's stored articles again with its current rules (raw content is kept).") { feed };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (await RulesCommands.FindAsync(context, parse.GetValue(feed)!, cancellationToken).ConfigureAwait(false) is not { } record)
                return ExitCodes.Failed;
            var progress = new ProgressReporter(context.Error, "re-cleaning", null, context.Get<TimeProvider>());
            var changed = await context.Get<Recleaner>().RecleanAsync(record, progress, cancellationToken).ConfigureAwait(false);
            progress.Complete();
            await context.Out.WriteLineAsync($"re-cleaned {record.Url}: {changed} articles changed").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
