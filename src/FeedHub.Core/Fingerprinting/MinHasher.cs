using System.Numerics;

namespace FeedHub.Fingerprinting;

/// <summary>
/// MinHash signatures of clean text: <see cref="HashCount"/> minimums of independent hash orderings of the word
/// shingles, plus <see cref="LeadHashCount"/> over the shingles of the first <see cref="LeadWords"/> words.
/// Each ordering is the MurmurHash3 32-bit finalizer over the shingle hash xor a fixed seed, computed
/// <see cref="Vector{T}.Count"/> orderings at a time. Seeds are constants: signatures stay comparable across
/// processes and versions.
/// </summary>
public static class MinHasher
{
    public const int HashCount = 128;
    public const int LeadHashCount = 16;
    public const int LeadWords = 40;

    private static readonly uint[] Seeds = MakeSeeds(HashCount);

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
        var width = Vector<uint>.Count;
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var xs = new Vector<uint>(x);
            for (; i + width <= values.Length; i += width)
            {
                var v = Vector.Xor(xs, new Vector<uint>(Seeds, i));
                v = Vector.Xor(v, Vector.ShiftRightLogical(v, 16));
                v *= new Vector<uint>(0x85ebca6bU);
                v = Vector.Xor(v, Vector.ShiftRightLogical(v, 13));
                v *= new Vector<uint>(0xc2b2ae35U);
                v = Vector.Xor(v, Vector.ShiftRightLogical(v, 16));
                Vector.Min(v, new Vector<uint>(values, i)).CopyTo(values, i);
            }
        }
        for (; i < values.Length; i++)
            values[i] = Math.Min(values[i], Ordering(x, i));
    }

    /// <summary>The i-th ordering of a shingle: the scalar form of what <see cref="Update"/> computes.</summary>
    internal static uint Ordering(uint x, int i)
    {
        var v = x ^ Seeds[i];
        v ^= v >> 16;
        v *= 0x85ebca6bU;
        v ^= v >> 13;
        v *= 0xc2b2ae35U;
        v ^= v >> 16;
        return v;
    }

    private static uint[] Fill(int count)
    {
        var values = new uint[count];
        Array.Fill(values, uint.MaxValue);
        return values;
    }

    private static uint[] MakeSeeds(int count)
    {
        var seeds = new uint[count];
        var state = 0x9E3779B97F4A7C15UL;
        for (var i = 0; i < count; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[i] = (uint)Shingles.Mix(state);
        }
        return seeds;
    }
}
