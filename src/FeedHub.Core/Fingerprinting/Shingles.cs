using System.Numerics;

namespace FeedHub.Fingerprinting;

/// <summary>
/// Overlapping runs of <see cref="Size"/> words of the normalized text (<see cref="ContentHasher.NormalizeText"/>),
/// each hashed to 64 bits. Typography, case and markup do not change them; a dropped paragraph removes only its own.
/// </summary>
public static class Shingles
{
    /// <summary>Words per shingle.</summary>
    public const int Size = 4;

    /// <summary>The shingle hashes in text order (repeats kept); a text shorter than a shingle gives one of all its words.</summary>
    public static List<ulong> Hash(string cleanText, int maxWords = int.MaxValue) =>
        HashNormalized(ContentHasher.NormalizeText(cleanText), maxWords, out _);

    /// <summary>The distinct shingle hashes, for exact Jaccard and containment.</summary>
    public static HashSet<ulong> Distinct(string cleanText) => [.. Hash(cleanText)];

    /// <summary>Shingles of already normalized text; <paramref name="wordCount"/> is the number of words read.</summary>
    internal static List<ulong> HashNormalized(string normalized, int maxWords, out int wordCount)
    {
        var shingles = new List<ulong>(normalized.Length / 5);
        Span<ulong> window = stackalloc ulong[Size];
        wordCount = 0;
        var start = 0;
        while (start < normalized.Length && wordCount < maxWords)
        {
            var end = normalized.IndexOf(' ', start);
            if (end < 0)
                end = normalized.Length;
            window[wordCount % Size] = WordHash(normalized.AsSpan(start, end - start));
            wordCount++;
            if (wordCount >= Size)
                shingles.Add(Combine(window, wordCount));
            start = end + 1;
        }
        if (wordCount is > 0 and < Size)
            shingles.Add(Combine(window, wordCount));
        return shingles;
    }

    /// <summary>The last min(count, Size) words of the ring buffer, oldest first, mixed into one hash.</summary>
    internal static ulong Combine(ReadOnlySpan<ulong> window, int count)
    {
        var n = Math.Min(count, Size);
        ulong h = (ulong)n;
        for (var i = n; i > 0; i--)
            h = BitOperations.RotateLeft(h, 23) ^ window[(count - i) % Size];
        return Mix(h);
    }

    internal static ulong WordHash(ReadOnlySpan<char> word)
    {
        // FNV-1a over UTF-16 code units, then a finalizer so that short words spread over all 64 bits.
        var h = 14695981039346656037UL;
        foreach (var c in word)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        return Mix(h);
    }

    /// <summary>The 64-bit finalizer of MurmurHash3: a bijection with full avalanche.</summary>
    internal static ulong Mix(ulong h)
    {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53UL;
        h ^= h >> 33;
        return h;
    }
}
