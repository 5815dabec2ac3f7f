using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FeedHub.Fingerprinting;

/// <summary>Hashes for identity and exact duplicates, over text normalized so typography does not matter.</summary>
public static class ContentHasher
{
    /// <summary>
    /// Lower case, letters and digits only, single spaces; curly quotes, dashes and accents fold away.
    /// "It’s — done." and "It's -- done" normalize alike. Each character is decomposed as NFKD would (ASCII as is,
    /// others through a per-character table), and combining marks are dropped.
    /// </summary>
    public static string NormalizeText(string text)
    {
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length + 16);
        try
        {
            var length = Normalize(text, ref buffer);
            return new string(buffer, 0, length);
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// <see cref="NormalizeText"/> into a pooled buffer (rented from the shared pool, replaced by a larger one when a
    /// decomposition needs room); returns the normalized length.
    /// </summary>
    internal static int Normalize(ReadOnlySpan<char> text, ref char[] buffer)
    {
        var length = 0;
        var space = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAscii(c))
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    if (length + 2 > buffer.Length)
                        Grow(ref buffer, length);
                    if (space && length > 0)
                        buffer[length++] = ' ';
                    space = false;
                    buffer[length++] = (char)(c | (char.IsAsciiLetterUpper(c) ? 0x20 : 0));
                }
                else
                {
                    space = true;
                }
                continue;
            }
            string decomposed;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                decomposed = text.Slice(i, 2).ToString().Normalize(NormalizationForm.FormKD);
                i++;
            }
            else
            {
                decomposed = Decompositions[c] ??= Decompose(c);
            }
            foreach (var d in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) == UnicodeCategory.NonSpacingMark)
                    continue;
                if (char.IsLetterOrDigit(d))
                {
                    if (length + 2 > buffer.Length)
                        Grow(ref buffer, length);
                    if (space && length > 0)
                        buffer[length++] = ' ';
                    space = false;
                    buffer[length++] = char.ToLowerInvariant(d);
                }
                else
                {
                    space = true;
                }
            }
        }
        return length;
    }

    private static void Grow(ref char[] buffer, int used)
    {
        var larger = System.Buffers.ArrayPool<char>.Shared.Rent(buffer.Length * 2);
        buffer.AsSpan(0, used).CopyTo(larger);
        System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        buffer = larger;
    }

    /// <summary>NFKD of each UTF-16 code unit outside surrogates, filled on first use (a race only writes equal strings).</summary>
    private static readonly string?[] Decompositions = new string?[char.MaxValue + 1];

    private static string Decompose(char c) =>
        char.IsSurrogate(c) ? c.ToString() : c.ToString().Normalize(NormalizationForm.FormKD);

    public static string Sha256(string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    public static string Sha256(ReadOnlySpan<byte> value) => Convert.ToHexStringLower(SHA256.HashData(value));

    /// <summary>Hash of the normalized clean text: equal for the same article text however it was typeset.</summary>
    public static string TextHash(string cleanText)
    {
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(cleanText.Length + 16);
        try
        {
            var length = Normalize(cleanText, ref buffer);
            return HashNormalized(buffer.AsSpan(0, length));
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>SHA-256 of the UTF-8 of already normalized text, in lower-case hex.</summary>
    internal static string HashNormalized(ReadOnlySpan<char> normalized)
    {
        var bytes = System.Buffers.ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(normalized.Length));
        try
        {
            var count = Encoding.UTF8.GetBytes(normalized, bytes);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes.AsSpan(0, count), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
