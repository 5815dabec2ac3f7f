using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using FeedHub.Publishing;
using FeedHub.Storage;
using FeedHub.Worker.Api;

namespace FeedHub.Worker.Cli;

internal static class ExportCommand
{
    /// <summary>How many bytes of lines are gathered before one write to the output.</summary>
    private const int ChunkBytes = 64 * 1024;

    public static Command Build(CliContext context)
    {
        var format = new Option<string>("--format") { Description = "jsonl (one JSON object a line), atom (Atom 1.0) or json (JSON Feed 1.1).", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "atom", "json");
        var since = new Option<string?>("--since") { Description = "Only articles stored or updated at or after this time (ISO 8601)." };
        var representatives = new Option<bool>("--representatives-only") { Description = "Only each story's representative." };
        var command = new Command("export", "Print every stored article to stdout, streamed from the store.") { format, since, representatives };
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
            var kind = parse.GetValue(format)!;
            var progress = new ProgressReporter(context.Error, "exported", null, context.Get<TimeProvider>());
            var output = await CommandOutput.OpenBytesAsync(context.Out, cancellationToken).ConfigureAwait(false);
            try
            {
                if (kind == "jsonl")
                    await WriteLinesAsync(store.StreamArticleRowsUtf8Async(from, parse.GetValue(representatives), cancellationToken), output, progress, cancellationToken).ConfigureAwait(false);
                else
                    await WriteFeedAsync(store.StreamArticlesAsync(from, parse.GetValue(representatives), cancellationToken), output, kind, context.Get<TimeProvider>().GetUtcNow(), progress, cancellationToken).ConfigureAwait(false);
                await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                if (CommandOutput.OwnsStream(output))
                    await output.DisposeAsync().ConfigureAwait(false);
            }
            progress.Complete();
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>One Contract line per article, the store's UTF-8 text escaped straight into chunks of the output.</summary>
    private static async Task WriteLinesAsync(IAsyncEnumerable<ArticleUtf8Row> articles, Stream output, ProgressReporter progress, CancellationToken cancellationToken)
    {
        using var chunk = new PooledBufferWriter(ChunkBytes * 2);
        using var json = new Utf8JsonWriter(chunk, ArticleJsonWriter.Options);
        var count = 0;
        await foreach (var article in articles.ConfigureAwait(false))
        {
            ArticleJsonWriter.Write(json, article);
            json.Flush();
            chunk.GetSpan(1)[0] = (byte)'\n';
            chunk.Advance(1);
            json.Reset(chunk);
            if (chunk.WrittenCount >= ChunkBytes)
            {
                await output.WriteAsync(chunk.WrittenMemory, cancellationToken).ConfigureAwait(false);
                chunk.Clear();
            }
            // The progress line reads the clock: once every 1,024 lines is often enough.
            if ((++count & 1023) == 0)
                progress.Report(count);
        }
        if (chunk.WrittenCount > 0)
            await output.WriteAsync(chunk.WrittenMemory, cancellationToken).ConfigureAwait(false);
        progress.Report(count);
    }

    private static async Task WriteFeedAsync(IAsyncEnumerable<ArticleRecord> articles, Stream output, string kind, DateTimeOffset now, ProgressReporter progress, CancellationToken cancellationToken)
    {
        var header = new OutputFeed("FeedHub export", new Uri("urn:feedhub:export"), null, "tag:feedhub,2026:export", now);
        var buffered = new BufferedStream(CommandOutput.LeaveOpen(output), ChunkBytes);
        await using (buffered.ConfigureAwait(false))
        {
            var count = 0;
            using (var writer = OutputFeedsApi.Create(kind, buffered, header))
            {
                await foreach (var article in articles.ConfigureAwait(false))
                {
                    writer.WriteEntry(article);
                    progress.Report(++count);
                }
                writer.Complete();
            }
            buffered.WriteByte((byte)'\n');
            await buffered.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
