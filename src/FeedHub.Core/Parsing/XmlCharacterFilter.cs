namespace FeedHub.Parsing;

/// <summary>
/// Drops the control characters XML 1.0 forbids (U+0000–U+001F except tab, line feed and carriage return) as the
/// text streams into the XML reader. Feeds carry them often enough (binary junk pasted into a post), and one such
/// character would otherwise make the whole feed unreadable.
/// </summary>
internal sealed class XmlCharacterFilter(TextReader inner) : TextReader
{
    public override int Read(char[] buffer, int index, int count)
    {
        while (true)
        {
            var read = inner.Read(buffer, index, count);
            if (read == 0)
                return 0;
            var kept = Filter(buffer.AsSpan(index, read));
            if (kept > 0)
                return kept;
        }
    }

    public override int Read(Span<char> buffer)
    {
        while (true)
        {
            var read = inner.Read(buffer);
            if (read == 0)
                return 0;
            var kept = Filter(buffer[..read]);
            if (kept > 0)
                return kept;
        }
    }

    public override int Peek() => inner.Peek();

    public override int Read()
    {
        int c;
        do
        {
            c = inner.Read();
        }
        while (c >= 0 && IsForbidden((char)c));
        return c;
    }

    private static int Filter(Span<char> chars)
    {
        var kept = 0;
        for (var i = 0; i < chars.Length; i++)
        {
            if (!IsForbidden(chars[i]))
                chars[kept++] = chars[i];
        }
        return kept;
    }

    private static bool IsForbidden(char c) => c < '\u0020' && c is not ('\t' or '\n' or '\r');

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            inner.Dispose();
        base.Dispose(disposing);
    }
}
