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
        var normalized = ContentHasher.NormalizeText(cleanText);
        var shingles = Shingles.HashNormalized(normalized, int.MaxValue, out var words);
        var values = Fill(HashCount);
        var lead = Fill(LeadHashCount);
        var leadShingles = Math.Min(shingles.Count, Math.Max(1, LeadWords - Shingles.Size + 1));
        var distinct = new HashSet<ulong>(shingles.Count);
        for (var s = 0; s < shingles.Count; s++)
        {
            if (!distinct.Add(shingles[s]))
                continue;
            var x = (uint)(shingles[s] ^ (shingles[s] >> 32));
            Update(values, x);
            if (s < leadShingles)
                Update(lead, x);
        }
        return new TextSignature(values, lead, words, distinct.Count);
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
