using System.CommandLine;
using FeedHub.Cleaning;

namespace FeedHub.Worker.Cli;

internal static class CleanCommand
{
    public static Command Build(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "An HTML fragment, or - for standard input.", DefaultValueFactory = _ => "-" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Resolve relative links against this URL (normally the item's link)." };
        var explain = new Option<bool>("--explain") { Description = "Also print, on stderr, what each rule removed." };
        var title = new Option<string?>("--title") { Description = "The item's title: a line after the article that repeats it goes, as in the daemon." };
        var command = new Command("clean", "Clean one HTML fragment with the built-in rules and print the clean HTML.") { file, baseUrl, explain, title };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            string html;
            try
            {
                html = path == "-" ? await Console.In.ReadToEndAsync(cancellationToken).ConfigureAwait(false) : await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await context.Error.WriteLineAsync($"Cannot read {path}: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.Failed;
            }
            Uri? baseUri = null;
            if (parse.GetValue(baseUrl) is { } b && !Uri.TryCreate(b, UriKind.Absolute, out baseUri))
            {
                await context.Error.WriteLineAsync($"--base-url '{b}' is not an absolute URL.").ConfigureAwait(false);
                return ExitCodes.Usage;
            }
            var cleaned = context.Get<ContentCleaner>().Clean(html, baseUri, title: parse.GetValue(title));
            await context.Out.WriteLineAsync(cleaned.Html).ConfigureAwait(false);
            if (parse.GetValue(explain))
            {
                foreach (var removal in cleaned.Removals)
                    await context.Error.WriteLineAsync($"removed by {removal.Rule}: {removal.Text}").ConfigureAwait(false);
                if (cleaned.OriginalUrl is not null || cleaned.OriginalSite is not null)
                    await context.Error.WriteLineAsync($"original: {cleaned.OriginalUrl ?? "-"} ({cleaned.OriginalSite ?? "-"})").ConfigureAwait(false);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
