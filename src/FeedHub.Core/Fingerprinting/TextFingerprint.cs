using System.Buffers;

namespace FeedHub.Fingerprinting;

/// <summary>
/// The exact-duplicate hash and the MinHash signature of a clean text, from one normalization of it (computed
/// apart, each normalized the text again: about a third of the signature's time).
/// </summary>
public sealed record TextFingerprint(string TextHash, TextSignature Signature)
{
    public static TextFingerprint Of(string cleanText)
    {
        var buffer = ArrayPool<char>.Shared.Rent(cleanText.Length + 16);
        try
        {
            var length = ContentHasher.Normalize(cleanText, ref buffer);
            var normalized = buffer.AsSpan(0, length);
            return new TextFingerprint(ContentHasher.HashNormalized(normalized), MinHasher.SignNormalized(normalized));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
