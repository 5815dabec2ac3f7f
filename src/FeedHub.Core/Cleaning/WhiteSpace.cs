using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace FeedHub.Cleaning;

/// <summary>White space as <see cref="char.IsWhiteSpace(char)"/> has it, with fast answers for runs of text.</summary>
internal static class WhiteSpace
{
    /// <summary>Whether the character is white space; '!' to U+0084 (most text) never is.</summary>
    public static bool Is(char c) => (uint)(c - '!') >= 0x64 && char.IsWhiteSpace(c);

    /// <summary>
    /// How much of the text, from its start, can be copied as it is: words apart by single spaces, up to the last
    /// word before other white space, a double space or U+2028. Zero when the text starts with one of those.
    /// </summary>
    public static int PlainRunLength(ReadOnlySpan<char> text)
    {
        var stop = IndexOfBreak(text, lineSeparator: true);
        return (stop >= 0 ? text[..stop] : text).TrimEnd(' ').Length;
    }

    /// <summary>
    /// Where the first white space other than a single ' ' is: another white-space character (U+2028 only when
    /// <paramref name="lineSeparator"/>), or the first of two spaces. -1 when there is none. One vectorised pass:
    /// this runs over every text node of an item, twice.
    /// </summary>
    public static int IndexOfBreak(ReadOnlySpan<char> text, bool lineSeparator)
    {
        var i = 0;
        ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i + Vector256<ushort>.Count < text.Length; i += Vector256<ushort>.Count)
            {
                var found = Breaks(Vector256.LoadUnsafe(ref start, (nuint)i), Vector256.LoadUnsafe(ref start, (nuint)(i + 1)), lineSeparator);
                if (found != 0)
                    return i + BitOperations.TrailingZeroCount(found);
            }
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            for (; i + Vector128<ushort>.Count < text.Length; i += Vector128<ushort>.Count)
            {
                var found = Breaks(Vector128.LoadUnsafe(ref start, (nuint)i), Vector128.LoadUnsafe(ref start, (nuint)(i + 1)), lineSeparator);
                if (found != 0)
                    return i + BitOperations.TrailingZeroCount(found);
            }
        }
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ' ? i + 1 < text.Length && text[i + 1] == ' ' : Is(c) && (lineSeparator || c != '\u2028'))
                return i;
        }
        return -1;
    }

    // The lanes of v that start a break (next is v shifted by one character), as bits.
    private static uint Breaks(Vector256<ushort> v, Vector256<ushort> next, bool lineSeparator)
    {
        var space = Vector256.Create((ushort)' ');
        var found = (Vector256.Equals(v, space) & Vector256.Equals(next, space))
            | Vector256.LessThanOrEqual(v - Vector256.Create((ushort)'\t'), Vector256.Create((ushort)('\r' - '\t')));
        if (Vector256.GreaterThanAny(v, Vector256.Create((ushort)0x84)))
        {
            found |= Vector256.Equals(v, Vector256.Create((ushort)0x85)) | Vector256.Equals(v, Vector256.Create((ushort)0xA0))
                | Vector256.Equals(v, Vector256.Create((ushort)0x1680)) | Vector256.Equals(v, Vector256.Create((ushort)0x3000))
                | Vector256.LessThanOrEqual(v - Vector256.Create((ushort)0x2000), Vector256.Create((ushort)0x0A))
                | Vector256.Equals(v, Vector256.Create((ushort)0x2029)) | Vector256.Equals(v, Vector256.Create((ushort)0x202F))
                | Vector256.Equals(v, Vector256.Create((ushort)0x205F));
            if (lineSeparator)
                found |= Vector256.Equals(v, Vector256.Create((ushort)0x2028));
        }
        return found.ExtractMostSignificantBits();
    }

    private static uint Breaks(Vector128<ushort> v, Vector128<ushort> next, bool lineSeparator)
    {
        var space = Vector128.Create((ushort)' ');
        var found = (Vector128.Equals(v, space) & Vector128.Equals(next, space))
            | Vector128.LessThanOrEqual(v - Vector128.Create((ushort)'\t'), Vector128.Create((ushort)('\r' - '\t')));
        if (Vector128.GreaterThanAny(v, Vector128.Create((ushort)0x84)))
        {
            found |= Vector128.Equals(v, Vector128.Create((ushort)0x85)) | Vector128.Equals(v, Vector128.Create((ushort)0xA0))
                | Vector128.Equals(v, Vector128.Create((ushort)0x1680)) | Vector128.Equals(v, Vector128.Create((ushort)0x3000))
                | Vector128.LessThanOrEqual(v - Vector128.Create((ushort)0x2000), Vector128.Create((ushort)0x0A))
                | Vector128.Equals(v, Vector128.Create((ushort)0x2029)) | Vector128.Equals(v, Vector128.Create((ushort)0x202F))
                | Vector128.Equals(v, Vector128.Create((ushort)0x205F));
            if (lineSeparator)
                found |= Vector128.Equals(v, Vector128.Create((ushort)0x2028));
        }
        return found.ExtractMostSignificantBits();
    }
}
