namespace FeedHub.Worker.Cli;

/// <summary>
/// Progress of a long command on stderr: a bar redrawn in place on a terminal, a plain line every few seconds
/// otherwise (logs, CI, journald), so stdout stays the command's result.
/// </summary>
internal sealed class ProgressReporter(TextWriter error, string label, int? total, TimeProvider time) : IProgress<int>
{
    private static readonly TimeSpan LineEvery = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan RedrawEvery = TimeSpan.FromMilliseconds(100);
    private readonly bool _terminal = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
    private DateTimeOffset _lastLine = time.GetUtcNow();
    private DateTimeOffset _lastRedraw = DateTimeOffset.MinValue;
    private int _last;

    public void Report(int value)
    {
        _last = value;
        var now = time.GetUtcNow();
        if (_terminal)
        {
            // A redraw per item would be a write to the terminal per exported article.
            if (now - _lastRedraw >= RedrawEvery || value == total)
            {
                _lastRedraw = now;
                error.Write("\r" + Render(value));
            }
            return;
        }
        if (now - _lastLine >= LineEvery)
        {
            _lastLine = now;
            error.WriteLine(Render(value));
        }
    }

    /// <summary>Ends the bar (a terminal gets its line feed; a log gets the final count).</summary>
    public void Complete() => error.WriteLine(_terminal ? "\r" + Render(_last) : Render(_last));

    private string Render(int value)
    {
        if (total is not { } all || all <= 0)
            return $"{label}: {value}";
        var share = Math.Clamp((double)value / all, 0, 1);
        var filled = (int)(share * 30);
        return $"{label}: [{new string('#', filled)}{new string('.', 30 - filled)}] {value}/{all} ({share:P0})";
    }
}
