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
        var builder = new StringBuilder(text.Length);
        var space = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAscii(c))
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    if (space && builder.Length > 0)
                        builder.Append(' ');
                    space = false;
                    builder.Append(char.ToLowerInvariant(c));
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
                decomposed = text.Substring(i, 2).Normalize(NormalizationForm.FormKD);
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
                    if (space && builder.Length > 0)
                        builder.Append(' ');
                    space = false;
                    builder.Append(char.ToLowerInvariant(d));
                }
                else
                {
                    space = true;
                }
            }
        }
        return builder.ToString();
    }

    /// <summary>NFKD of each UTF-16 code unit outside surrogates, filled on first use (a race only writes equal strings).</summary>
    private static readonly string?[] Decompositions = new string?[char.MaxValue + 1];

    private static string Decompose(char c) =>
        char.IsSurrogate(c) ? c.ToString() : c.ToString().Normalize(NormalizationForm.FormKD);

    public static string Sha256(string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    public static string Sha256(ReadOnlySpan<byte> value) => Convert.ToHexStringLower(SHA256.HashData(value));

    /// <summary>Hash of the normalized clean text: equal for the same article text however it was typeset.</summary>
    public static string TextHash(string cleanText) => Sha256(NormalizeText(cleanText));
}
