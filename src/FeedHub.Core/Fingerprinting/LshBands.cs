namespace FeedHub.Fingerprinting;

/// <summary>
/// Locality-sensitive band keys of a <see cref="TextSignature"/>: two texts that share a key are candidates.
/// The 128 values form 32 bands of 4 rows: texts with Jaccard 0.5 share a band with probability 0.87, at 0.7 with
/// 0.9998, at 0.1 with 0.003. The 16 lead values form 8 bands of 2 rows, so that an excerpt (the first
/// paragraph, "…") meets its full text although their whole-text Jaccard is low.
/// </summary>
public static class LshBands
{
    public const int Rows = 4;
    public const int Bands = MinHasher.HashCount / Rows;
    public const int LeadRows = 2;
    public const int LeadBands = MinHasher.LeadHashCount / LeadRows;

    /// <summary>Every band key of the signature: <see cref="Bands"/> whole-text keys, then <see cref="LeadBands"/> lead keys.</summary>
    public static long[] Keys(TextSignature signature)
    {
        var keys = new long[Bands + LeadBands];
        for (var b = 0; b < Bands; b++)
            keys[b] = Key(b, signature.Values.AsSpan(b * Rows, Rows));
        for (var b = 0; b < LeadBands; b++)
            keys[Bands + b] = Key(Bands + b, signature.Lead.AsSpan(b * LeadRows, LeadRows));
        return keys;
    }

    /// <summary>The key of one band: its number and its values, mixed into 64 bits.</summary>
    public static long Key(int band, ReadOnlySpan<uint> values)
    {
        var h = Shingles.Mix((ulong)(band + 1) * 0x9E3779B97F4A7C15UL);
        foreach (var v in values)
            h = Shingles.Mix(h ^ v);
        return (long)h;
    }
}
