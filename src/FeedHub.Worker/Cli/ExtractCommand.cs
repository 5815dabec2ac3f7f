using System.CommandLine;
using FeedHub.Extraction;

namespace FeedHub.Worker.Cli;

internal static class ExtractCommand
{
    public static Command Build(CliContext context)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A saved web page (HTML, any encoding)." };
        var url = new Option<string>("--url") { Description = "The page's URL (for relative links and metadata).", Required = true };
        var command = new Command("extract", "Extract the main content of a saved page and print its text.") { file, url };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!Uri.TryCreate(parse.GetValue(url), UriKind.Absolute, out var pageUrl))
            {
                await context.Error.WriteLineAsync($"--url '{parse.GetValue(url)}' is not an absolute URL.").ConfigureAwait(false);
                return ExitCodes.Usage;
            }
            byte[] bytes;
            try
            {
                bytes = await File.ReadAllBytesAsync(parse.GetValue(file)!.FullName, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await context.Error.WriteLineAsync($"Cannot read {parse.GetValue(file)!.FullName}: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.Failed;
            }
            var article = new ArticleExtractor().Extract(bytes, null, pageUrl);
            if (article is null)
            {
                await context.Error.WriteLineAsync("No article content found on the page.").ConfigureAwait(false);
                return ExitCodes.Failed;
            }
            await context.Out.WriteLineAsync(article.Text).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
