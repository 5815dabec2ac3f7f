using System.Buffers;
using AngleSharp.Dom;

namespace FeedHub.Cleaning;

/// <summary>A growable run of characters on pooled arrays: text is built with no intermediate strings.</summary>
internal ref struct PooledChars
{
    private char[]? _array;
    private int _length;

    public readonly int Length => _length;

    public void Append(char c)
    {
        if (_array is null || _length == _array.Length)
            Grow(1);
        _array![_length++] = c;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        if (_array is null || _length + text.Length > _array.Length)
            Grow(text.Length);
        text.CopyTo(_array.AsSpan(_length));
        _length += text.Length;
    }

    private void Grow(int needed)
    {
        var next = ArrayPool<char>.Shared.Rent(Math.Max(256, Math.Max((_array?.Length ?? 0) * 2, _length + needed)));
        if (_array is not null)
        {
            _array.AsSpan(0, _length).CopyTo(next);
            ArrayPool<char>.Shared.Return(_array);
        }
        _array = next;
    }

    public readonly override string ToString() => _array is null ? "" : new string(_array, 0, _length);

    public void Dispose()
    {
        if (_array is not null)
            ArrayPool<char>.Shared.Return(_array);
        _array = null;
        _length = 0;
    }
}

/// <summary>
/// Text with every run of white space made one space and none at either end, built as pieces arrive. A lone piece
/// that is collapsed already is returned as it is.
/// </summary>
internal ref struct CollapsedText
{
    private PooledChars _chars;
    private bool _space;
    private string? _first;
    private int _pieces;

    /// <summary>The text nodes under the node, in document order (what its TextContent concatenates).</summary>
    public void AppendDescendants(INode node)
    {
        var children = node.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is IText text)
                Append(text.Data);
            else if (children[i] is IElement element)
                AppendDescendants(element);
        }
    }

    public void Append(string? piece)
    {
        if (string.IsNullOrEmpty(piece))
            return;
        if (++_pieces == 1)
        {
            _first = piece; // written only if another piece follows
            return;
        }
        if (_first is not null)
        {
            Write(_first);
            _first = null;
        }
        Write(piece);
    }

    private void Write(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (IsSpace(text[i]))
            {
                _space = _chars.Length > 0;
                i++;
                continue;
            }
            var run = Math.Max(1, WhiteSpace.PlainRunLength(text[i..]));
            if (_space)
                _chars.Append(' ');
            _space = false;
            _chars.Append(text.Slice(i, run));
            i += run;
        }
    }

    private static bool IsSpace(char c) => c != '\u2028' && WhiteSpace.Is(c);

    public override readonly string ToString() => _pieces switch
    {
        0 => "",
        1 => Collapse(_first!),
        _ => _chars.ToString(),
    };

    /// <summary>The text collapsed; the same instance when it is already.</summary>
    public static string Collapse(string text)
    {
        if (IsCollapsed(text))
            return text;
        var collapsed = new CollapsedText();
        try
        {
            collapsed.Write(text);
            return collapsed._chars.ToString();
        }
        finally
        {
            collapsed.Dispose();
        }
    }

    private static bool IsCollapsed(string text) =>
        text.Length == 0 || (text[0] != ' ' && text[^1] != ' ' && WhiteSpace.IndexOfBreak(text, lineSeparator: false) < 0);

    public void Dispose() => _chars.Dispose();
}

/// <summary>
/// Lines of text as <see cref="HtmlText.FromElement"/> writes them: white space collapsed inside lines, no empty
/// lines, and in preformatted text every line break kept.
/// </summary>
internal ref struct LineText
{
    private PooledChars _chars;
    private bool _pendingSpace;
    private bool _lineStarted;

    /// <summary>Ends the current line (a block's edge, a <c>br</c>); several in a row make one.</summary>
    public void Break()
    {
        _lineStarted = false;
        _pendingSpace = false;
    }

    public void Append(ReadOnlySpan<char> text, bool preformatted)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!WhiteSpace.Is(c))
            {
                var run = Math.Max(1, WhiteSpace.PlainRunLength(text[i..]));
                StartWriting();
                _chars.Append(text.Slice(i, run));
                i += run;
                continue;
            }
            if (c == '\n' && !preformatted)
            {
                Break();
            }
            else if (c is '\n' or '\u2028')
            {
                StartWriting();
                _chars.Append('\n');
            }
            else
            {
                _pendingSpace = _lineStarted;
            }
            i++;
        }
    }

    private void StartWriting()
    {
        if (!_lineStarted && _chars.Length > 0)
            _chars.Append('\n');
        else if (_pendingSpace)
            _chars.Append(' ');
        _lineStarted = true;
        _pendingSpace = false;
    }

    public override readonly string ToString() => _chars.ToString();

    public void Dispose() => _chars.Dispose();
}
