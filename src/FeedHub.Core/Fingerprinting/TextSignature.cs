using System.Buffers.Binary;

namespace FeedHub.Fingerprinting;

/// <summary>
/// A MinHash signature of an article's text: <see cref="Values"/> over all its shingles (for Jaccard), and
/// <see cref="Lead"/> over the shingles of its first words (so that an excerpt finds its full text), with the
/// counts that verification needs.
/// </summary>
public sealed class TextSignature
{
    public TextSignature(uint[] values, uint[] lead, int wordCount, int shingleCount)
    {
        if (values.Length != MinHasher.HashCount || lead.Length != MinHasher.LeadHashCount)
            throw new ArgumentException($"A signature has {MinHasher.HashCount} values and {MinHasher.LeadHashCount} lead values; got {values.Length} and {lead.Length}.");
        Values = values;
        Lead = lead;
        WordCount = wordCount;
        ShingleCount = shingleCount;
    }

    public uint[] Values { get; }
    public uint[] Lead { get; }
    public int WordCount { get; }

    /// <summary>Distinct shingles in the text.</summary>
    public int ShingleCount { get; }

    /// <summary>The share of equal minimums: an unbiased estimate of the Jaccard similarity of the shingle sets.</summary>
    public double EstimateJaccard(TextSignature other)
    {
        var equal = 0;
        for (var i = 0; i < Values.Length; i++)
        {
            if (Values[i] == other.Values[i])
                equal++;
        }
        return (double)equal / Values.Length;
    }

    /// <summary>Values then lead, little-endian: how the store keeps it.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[(Values.Length + Lead.Length) * 4];
        for (var i = 0; i < Values.Length; i++)
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * 4), Values[i]);
        for (var i = 0; i < Lead.Length; i++)
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan((Values.Length + i) * 4), Lead[i]);
        return bytes;
    }

    /// <summary>The signature <see cref="ToBytes"/> wrote, or null when the bytes are not one (another version).</summary>
    public static TextSignature? FromBytes(ReadOnlySpan<byte> bytes, int wordCount, int shingleCount)
    {
        if (bytes.Length != (MinHasher.HashCount + MinHasher.LeadHashCount) * 4)
            return null;
        var values = new uint[MinHasher.HashCount];
        var lead = new uint[MinHasher.LeadHashCount];
        for (var i = 0; i < values.Length; i++)
            values[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(i * 4)..]);
        for (var i = 0; i < lead.Length; i++)
            lead[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes[((values.Length + i) * 4)..]);
        return new TextSignature(values, lead, wordCount, shingleCount);
    }
}
