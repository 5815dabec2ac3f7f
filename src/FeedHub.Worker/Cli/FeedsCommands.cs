using System.CommandLine;
using System.Text.Json;
using FeedHub.Feeds;
using FeedHub.Fetching;
using FeedHub.Refreshing;
using FeedHub.Storage;
using FeedHub.Worker.Api;

namespace FeedHub.Worker.Cli;

internal static class FeedsCommands
{
    public static Command Build(CliContext context)
    {
        var feeds = new Command("feeds", "Manage the feeds FeedHub polls.");
        feeds.Subcommands.Add(Add(context));
        feeds.Subcommands.Add(Import(context));
        feeds.Subcommands.Add(Export(context));
        feeds.Subcommands.Add(List(context));
        feeds.Subcommands.Add(Enable(context));
        feeds.Subcommands.Add(Disable(context));
        feeds.Subcommands.Add(Remove(context));
        feeds.Subcommands.Add(Set(context));
        return feeds;
    }

    private static Command Set(CliContext context)
    {
        var url = new Argument<string>("URL") { Description = "The feed's URL." };
        var fullText = new Option<string?>("--full-text")
        {
            Description = "Fetch the page of truncated items and store the article: on, off, or default (the config file's entry, else FullText:Enabled).",
        };
        fullText.AcceptOnlyFromAmong("on", "off", "default");
        var command = new Command("set", "Change a feed's settings.") { url, fullText };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(fullText) is not { } value)
            {
                await context.Error.WriteLineAsync("Say what to set, e.g. --full-text on.").ConfigureAwait(false);
                return ExitCodes.Usage;
            }
            var store = await context.StoreAsync(cancellationToken).ConfigureAwait(false);
            bool? setting = value switch { "on" => true, "off" => false, _ => null };
            var found = await store.SetFeedFullTextAsync(parse.GetValue(url)!, setting, cancellationToken).ConfigureAwait(false);
            await (found ? context.Out : context.Error).WriteLineAsync(found ? $"full-text {value}" : "no such feed").ConfigureAwait(false);
            return found ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }

    /// <summary>How `feeds list` shows the full-text setting: the feed's own, or what it inherits.</summary>
    private static string FullTextLabel(bool? own, bool? configured, bool globalDefault) => own switch
    {
        true => "on",
        false => "off",
        _ => (configured ?? globalDefault) ? "default(on)" : "default(off)",
    };

    private static Command Add(CliContext context)
    {
        var url = new Argument<string>("URL") { Description = "The feed's URL (http or https)." };
        var name = new Option<string?>("--name") { Description = "A title for the feed (the feed's own title replaces it on the first poll if none is given)." };
        var command = new Command("add", "Add a feed (idempotent: adding it again changes nothing).") { url, name };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var value = parse.GetValue(url)!.Trim();
            if (Validate(context, value) is { } problem)
            {
                await context.Error.WriteLineAsync(problem).ConfigureAwait(false);
                return ExitCodes.Usage;
            }
            var store = await context.StoreAsync(cancellationToken).ConfigureAwait(false);
            var (feed, added) = await store.AddFeedAsync(value, parse.GetValue(name), context.Get<TimeProvider>().GetUtcNow(), cancellationToken).ConfigureAwait(false);
            await context.Out.WriteLineAsync($"{(added ? "added" : "exists")} {feed.Id} {feed.Url}").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Import(CliContext context)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "An OPML file." };
        var command = new Command("import", "Add every feed of an OPML file (idempotent).") { file };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            IReadOnlyList<OpmlFeed> entries;
            try
            {
                await using var stream = path.OpenRead();
                entries = Opml.Read(stream);
            }
            catch (Exception ex) when (ex is IOException or FormatException or UnauthorizedAccessException)
            {
                await context.Error.WriteLineAsync($"Cannot import {path.FullName}: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.Failed;
            }
            var store = await context.StoreAsync(cancellationToken).ConfigureAwait(false);
            var now = context.Get<TimeProvider>().GetUtcNow();
            int added = 0, existing = 0, refused = 0, done = 0;
            var progress = new ProgressReporter(context.Error, "importing", entries.Count, context.Get<TimeProvider>());
            foreach (var entry in entries)
            {
                progress.Report(++done);
                if (Validate(context, entry.Url) is { } problem)
                {
                    refused++;
                    await context.Error.WriteLineAsync($"skipped {entry.Url}: {problem}").ConfigureAwait(false);
                    continue;
                }
                var (feed, isNew) = await store.AddFeedAsync(entry.Url, entry.Title, now, cancellationToken).ConfigureAwait(false);
                if (entry.Category is not null && feed.Category != entry.Category)
                    await store.SetFeedCategoryAsync(feed.Id, entry.Category, cancellationToken).ConfigureAwait(false);
                if (isNew)
                    added++;
                else
                    existing++;
            }
            progress.Complete();
            await context.Out.WriteLineAsync($"imported {entries.Count} feeds: {added} added, {existing} already present, {refused} refused").ConfigureAwait(false);
            return refused == entries.Count && entries.Count > 0 ? ExitCodes.Failed : ExitCodes.Ok;
        });
        return command;
    }

    private static Command Export(CliContext context)
    {
        var command = new Command("export", "Print every feed as OPML 2.0.");
        command.SetAction(async (_, cancellationToken) =>
        {
            var store = await context.StoreAsync(cancellationToken).ConfigureAwait(false);
            var feeds = await store.ListFeedsAsync(cancellationToken).ConfigureAwait(false);
            using var buffer = new MemoryStream();
            Opml.Write(buffer, "FeedHub feeds", feeds.Select(f => new OpmlFeed(f.Url, f.Title, f.Category)), context.Get<TimeProvider>().GetUtcNow());
            await context.Out.WriteLineAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray())).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("list", "List feeds with their state: url, enabled, last status, error count, next poll.") { format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var store = await context.StoreAsync(cancellationToken).ConfigureAwait(false);
            var records = await store.ListFeedsAsync(cancellationToken).ConfigureAwait(false);
            var feeds = records.Select(FeedJson.From).ToList();
            if (parse.GetValue(format) == "json")
            {
                await context.Out.WriteLineAsync(JsonSerializer.Serialize(feeds, ContractJson.Indented)).ConfigureAwait(false);
                return ExitCodes.Ok;
            }
            var rules = context.Get<FeedRulesProvider>();
            var globalFullText = context.Get<FullTextOptions>().Enabled;
            foreach (var (f, record) in feeds.Zip(records))
            {
                var fullText = FullTextLabel(record.FullText, rules.FullTextFor(record), globalFullText);
                var next = f.NextPollAt?.ToString("u", System.Globalization.CultureInfo.InvariantCulture) ?? "-";
                var error = f.LastError is null ? "" : $"  error: {f.LastError}";
                await context.Out.WriteLineAsync($"{f.Id,5}  {f.Status,-12} {f.LastStatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",3}  errors {f.ErrorCount,-3} next {next}  full-text {fullText,-12} {f.Url}{error}").ConfigureAwait(false);
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Enable(CliContext context)
    {
        var url = new Argument<string>("URL") { Description = "The feed's URL." };
        var command = new Command("enable", "Re-enable a disabled feed and poll it at the next dispatch.") { url };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var store = await context.StoreAsync(cancellationToken).ConfigureAwait(false);
            var found = await store.EnableFeedAsync(parse.GetValue(url)!, context.Get<TimeProvider>().GetUtcNow(), cancellationToken).ConfigureAwait(false);
            await (found ? context.Out : context.Error).WriteLineAsync(found ? "enabled" : "no such feed").ConfigureAwait(false);
            return found ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }

    private static Command Disable(CliContext context)
    {
        var url = new Argument<string>("URL") { Description = "The feed's URL." };
        var reason = new Option<string>("--reason") { Description = "Why (shown in `feeds list`).", DefaultValueFactory = _ => "Disabled by an operator." };
        var command = new Command("disable", "Stop polling a feed; its articles stay.") { url, reason };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var store = await context.StoreAsync(cancellationToken).ConfigureAwait(false);
            var found = await store.DisableFeedAsync(parse.GetValue(url)!, parse.GetValue(reason)!, context.Get<TimeProvider>().GetUtcNow(), cancellationToken).ConfigureAwait(false);
            await (found ? context.Out : context.Error).WriteLineAsync(found ? "disabled" : "no such feed").ConfigureAwait(false);
            return found ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }

    private static Command Remove(CliContext context)
    {
        var url = new Argument<string>("URL") { Description = "The feed's URL." };
        var command = new Command("remove", "Remove a feed and its articles (stories keep their other sources).") { url };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var store = await context.StoreAsync(cancellationToken).ConfigureAwait(false);
            var found = await store.RemoveFeedAsync(parse.GetValue(url)!, cancellationToken).ConfigureAwait(false);
            await (found ? context.Out : context.Error).WriteLineAsync(found ? "removed" : "no such feed").ConfigureAwait(false);
            return found ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }

    /// <summary>An absolute http(s) URL that the network guard allows, or why not.</summary>
    internal static string? Validate(CliContext context, string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
            return $"'{url}' is not an absolute URL.";
        return NetworkGuard.RefuseUrl(uri, context.Get<FetchOptions>().AllowPrivateNetworks);
    }
}
