using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using FeedHub.Worker.Api;

namespace FeedHub.Worker.Cli;

internal static class ExportCommand
{
    public static Command Build(CliContext context)
    {
        var format = new Option<string>("--format") { Description = "jsonl: one JSON object a line.", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl");
        var since = new Option<string?>("--since") { Description = "Only articles stored or updated at or after this time (ISO 8601)." };
        var command = new Command("export", "Print every stored article, streamed, to stdout.") { format, since };
        command.SetAction(async (parse, cancellationToken) =>
        {
            DateTimeOffset? from = null;
            if (parse.GetValue(since) is { } text)
            {
                if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    await context.Error.WriteLineAsync($"--since '{text}' is not a date and time (use ISO 8601, e.g. 2026-11-30T10:00:00Z).").ConfigureAwait(false);
                    return ExitCodes.Usage;
                }
                from = parsed.ToUniversalTime();
            }
            var store = await context.StoreAsync(cancellationToken).ConfigureAwait(false);
            await foreach (var article in store.ExportAsync(from, cancellationToken).ConfigureAwait(false))
                await context.Out.WriteLineAsync(JsonSerializer.Serialize(ArticleJson.From(article), ContractJson.Options)).ConfigureAwait(false);
            await context.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
