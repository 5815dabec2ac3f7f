using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FeedHub.Fingerprinting;

/// <summary>Hashes for identity and exact duplicates, over text normalized so typography does not matter.</summary>
public static class ContentHasher
{
    /// <summary>
    /// Lower case, letters and digits only, single spaces; curly quotes, dashes and accents fold away.
    /// "It’s — done." and "It's -- done" normalize alike.
    /// </summary>
    public static string NormalizeText(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
                continue;
            if (char.IsLetterOrDigit(c))
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
        }
        return builder.ToString();
    }

    public static string Sha256(string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    public static string Sha256(ReadOnlySpan<byte> value) => Convert.ToHexStringLower(SHA256.HashData(value));

    /// <summary>Hash of the normalized clean text: equal for the same article text however it was typeset.</summary>
    public static string TextHash(string cleanText) => Sha256(NormalizeText(cleanText));
}
