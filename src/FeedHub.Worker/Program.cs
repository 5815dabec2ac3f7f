using System.Text;
using FeedHub.Worker.Cli;

// Results go to stdout through one buffer (Console.Out flushes every line, which costs an export of a million
// articles a million writes); logs and progress go to stderr unbuffered.
var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16) { AutoFlush = false };
try
{
    return await FeedHubCli.RunAsync(args, stdout, Console.Error);
}
finally
{
    await stdout.FlushAsync();
}
