using System.Buffers;
using System.Numerics;
using System.Runtime.Intrinsics;

namespace FeedHub.Fingerprinting;

/// <summary>
/// MinHash signatures of clean text: <see cref="HashCount"/> minimums of independent hash orderings of the word
/// shingles, plus <see cref="LeadHashCount"/> over the shingles of the first <see cref="LeadWords"/> words.
/// Each ordering is a random linear permutation of the 32-bit shingle hash (a·x + b mod 2³²), computed
/// <see cref="Vector{T}.Count"/> orderings at a time. The coefficients are constants: signatures stay comparable
/// across processes and versions.
/// </summary>
public static class MinHasher
{
    public const int HashCount = 128;
    public const int LeadHashCount = 16;
    public const int LeadWords = 40;

    private static readonly uint[] Multipliers = MakeSeeds(HashCount, 1, odd: true);
    private static readonly uint[] Addends = MakeSeeds(HashCount, 2, odd: false);

    public static TextSignature Sign(string cleanText)
    {
        var buffer = ArrayPool<char>.Shared.Rent(cleanText.Length + 16);
        try
        {
            var length = ContentHasher.Normalize(cleanText, ref buffer);
            return SignNormalized(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The signature of already normalized text, in one pass over its words: each shingle is hashed as
    /// <see cref="Shingles"/> does, and folded into the minimums the first time it is seen (a pooled open-addressing
    /// set counts the distinct ones). No list of shingles is built.
    /// </summary>
    internal static TextSignature SignNormalized(ReadOnlySpan<char> normalized)
    {
        var values = Fill(HashCount);
        var lead = Fill(LeadHashCount);
        var leadShingles = Math.Max(1, LeadWords - Shingles.Size + 1);
        // At most one shingle per word, and a word takes at least two characters with its space: a table twice that size.
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, normalized.Length + 2));
        var table = ArrayPool<ulong>.Shared.Rent(capacity);
        try
        {
            Array.Clear(table, 0, capacity);
            var mask = capacity - 1;
            Span<ulong> window = stackalloc ulong[Shingles.Size];
            int words = 0, shingles = 0, distinct = 0, start = 0;
            void Add(ulong shingle)
            {
                var key = shingle == 0 ? 1UL : shingle; // 0 marks an empty slot
                var slot = (int)(key ^ (key >> 29)) & mask;
                while (table[slot] != 0)
                {
                    if (table[slot] == key)
                    {
                        shingles++;
                        return;
                    }
                    slot = (slot + 1) & mask;
                }
                table[slot] = key;
                distinct++;
                var x = (uint)(shingle ^ (shingle >> 32));
                Update(values, x);
                if (shingles < leadShingles)
                    Update(lead, x);
                shingles++;
            }
            while (start < normalized.Length)
            {
                var end = normalized[start..].IndexOf(' ');
                end = end < 0 ? normalized.Length : start + end;
                window[words % Shingles.Size] = Shingles.WordHash(normalized[start..end]);
                words++;
                if (words >= Shingles.Size)
                    Add(Shingles.Combine(window, words));
                start = end + 1;
            }
            if (words is > 0 and < Shingles.Size)
                Add(Shingles.Combine(window, words));
            return new TextSignature(values, lead, words, distinct);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(table);
        }
    }

    /// <summary>values[i] = min(values[i], h_i(x)) for every ordering i.</summary>
    private static void Update(uint[] values, uint x)
    {
        var i = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            var xs = Vector512.Create(x);
            for (; i + Vector512<uint>.Count <= values.Length; i += Vector512<uint>.Count)
            {
                var v = (Vector512.Create(Multipliers.AsSpan(i, Vector512<uint>.Count)) * xs) + Vector512.Create(Addends.AsSpan(i, Vector512<uint>.Count));
                Vector512.Min(v, Vector512.Create(values.AsSpan(i, Vector512<uint>.Count))).CopyTo(values.AsSpan(i));
            }
        }
        var width = Vector<uint>.Count;
        if (Vector.IsHardwareAccelerated)
        {
            var xs = new Vector<uint>(x);
            for (; i + width <= values.Length; i += width)
            {
                var v = (new Vector<uint>(Multipliers, i) * xs) + new Vector<uint>(Addends, i);
                Vector.Min(v, new Vector<uint>(values, i)).CopyTo(values, i);
            }
        }
        for (; i < values.Length; i++)
            values[i] = Math.Min(values[i], Ordering(x, i));
    }

    /// <summary>
    /// The i-th ordering of a shingle: a_i·x + b_i mod 2³², a_i odd, so a permutation of the 32-bit values; x is
    /// already a well-mixed hash of the shingle. The scalar form of what <see cref="Update"/> computes.
    /// </summary>
    internal static uint Ordering(uint x, int i) => unchecked((Multipliers[i] * x) + Addends[i]);

    private static uint[] Fill(int count)
    {
        var values = new uint[count];
        Array.Fill(values, uint.MaxValue);
        return values;
    }

    private static uint[] MakeSeeds(int count, ulong stream, bool odd)
    {
        var seeds = new uint[count];
        var state = 0x9E3779B97F4A7C15UL * stream;
        for (var i = 0; i < count; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[i] = (uint)(Shingles.Mix(state) >> 32) | (odd ? 1U : 0U);
        }
        return seeds;
    }
}
