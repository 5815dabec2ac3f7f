using System.Buffers;
using System.Text;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html;

namespace FeedHub.Cleaning;

/// <summary>
/// Serialises markup as AngleSharp's <c>InnerHtml</c> does, into a pooled buffer: the clean HTML is one string
/// allocated once, where <c>InnerHtml.Trim()</c> grew a shared StringBuilder in chunks, copied it into a string,
/// and copied that again to trim the line breaks left where trailing blocks were removed.
/// </summary>
internal sealed class MarkupWriter : TextWriter
{
    private char[] _buffer = ArrayPool<char>.Shared.Rent(4096);
    private int _length;

    /// <summary><c>element.InnerHtml.Trim()</c>.</summary>
    public static string TrimmedInnerHtml(IElement element)
    {
        using var writer = new MarkupWriter();
        element.ChildNodes.ToHtml(writer, HtmlMarkupFormatter.Instance);
        var html = writer._buffer.AsSpan(0, writer._length).Trim();
        return html.IsEmpty ? "" : new string(html);
    }

    public override Encoding Encoding => Encoding.Unicode;

    public override void Write(char value)
    {
        if (_length == _buffer.Length)
            Grow(1);
        _buffer[_length++] = value;
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (_length + buffer.Length > _buffer.Length)
            Grow(buffer.Length);
        buffer.CopyTo(_buffer.AsSpan(_length));
        _length += buffer.Length;
    }

    private void Grow(int needed)
    {
        var next = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + needed));
        _buffer.AsSpan(0, _length).CopyTo(next);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = next;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _buffer.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = [];
            _length = 0;
        }
        base.Dispose(disposing);
    }
}
