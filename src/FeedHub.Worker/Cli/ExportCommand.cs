using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using FeedHub.Publishing;
using FeedHub.Worker.Api;

namespace FeedHub.Worker.Cli;

internal static class ExportCommand
{
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
            var articles = store.StreamArticlesAsync(from, parse.GetValue(representatives), cancellationToken);
            var kind = parse.GetValue(format)!;
            var progress = new ProgressReporter(context.Error, "exported", null, context.Get<TimeProvider>());
            var count = 0;
            if (kind == "jsonl")
            {
                await foreach (var article in articles.ConfigureAwait(false))
                {
                    await context.Out.WriteLineAsync(JsonSerializer.Serialize(ArticleJson.From(article), ContractJson.Options)).ConfigureAwait(false);
                    progress.Report(++count);
                }
                await context.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
                progress.Complete();
                return ExitCodes.Ok;
            }

            var header = new OutputFeed("FeedHub export", new Uri("urn:feedhub:export"), null, "tag:feedhub,2026:export", context.Get<TimeProvider>().GetUtcNow());
            await using var stream = new WriterStream(context.Out);
            using (var writer = OutputFeedsApi.Create(kind, stream, header))
            {
                await foreach (var article in articles.ConfigureAwait(false))
                {
                    writer.WriteEntry(article);
                    progress.Report(++count);
                }
                writer.Complete();
            }
            await context.Out.WriteLineAsync().ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>A write-only stream over a TextWriter (UTF-8), so feed writers can stream to the command's output.</summary>
    private sealed class WriterStream(TextWriter writer) : Stream
    {
        private readonly System.Text.Decoder _decoder = System.Text.Encoding.UTF8.GetDecoder();

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count)
        {
            var chars = new char[_decoder.GetCharCount(buffer, offset, count)];
            _decoder.GetChars(buffer, offset, count, chars, 0);
            writer.Write(chars);
        }

        public override void Flush() => writer.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
