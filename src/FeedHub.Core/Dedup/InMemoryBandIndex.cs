using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using FeedHub.Fingerprinting;

namespace FeedHub.Dedup;

/// <summary>
/// The band index held in memory: each band key points at the signatures that have it (a chain through one array),
/// and a lookup counts the keys a query shares with each signature, then verifies by estimated Jaccard. The store's
/// band index is the same on disk (a GIN index over the signature rows' keys on PostgreSQL, the `article_bands` table on
/// SQLite); this one measures the method and serves tests and tools.
/// Not thread-safe for writers.
/// </summary>
/// <remarks>
/// Laid out for a lookup that touches as little memory as it can: the keys sit in one open-addressing table whose
/// slot holds the key and its chain's head together (one cache line per key probed), a chain entry holds its owner
/// and the next entry side by side, and the signatures' values lie in one flat array. Nothing in it holds a
/// reference, so a garbage collection has nothing to trace however large the index grows, and a lookup allocates
/// only its answer.
/// </remarks>
public sealed class InMemoryBandIndex
{
    private const int KeysPerSignature = LshBands.Bands + LshBands.LeadBands;
    private const int ValuesPerSignature = MinHasher.HashCount + MinHasher.LeadHashCount;

    /// <summary>Open addressing, linear probing, a power of two in size, at most three quarters full. Head 0 is an empty slot.</summary>
    private Slot[] _slots;
    private int _usedSlots;

    /// <summary>Chain entries: entry n + 1 is at index n (0 ends a chain).</summary>
    private Entry[] _entries;
    private int _entryCount;

    /// <summary>Each signature's <see cref="ValuesPerSignature"/> values (whole text, then lead), one after another.</summary>
    private uint[] _values;
    private (int Words, int Shingles)[] _counts;

    public InMemoryBandIndex(int capacity = 0)
    {
        capacity = Math.Max(capacity, 16);
        _slots = new Slot[SlotCountFor((long)capacity * KeysPerSignature)];
        _entries = new Entry[capacity * KeysPerSignature];
        _values = new uint[capacity * ValuesPerSignature];
        _counts = new (int, int)[capacity];
    }

    public int Count { get; private set; }

    public TextSignature this[int id]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(id);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(id, Count);
            var stored = _values.AsSpan(id * ValuesPerSignature, ValuesPerSignature);
            return new TextSignature(stored[..MinHasher.HashCount].ToArray(), stored[MinHasher.HashCount..].ToArray(),
                _counts[id].Words, _counts[id].Shingles);
        }
    }

    /// <summary>Adds a signature under all its band keys; returns its id (0, 1, 2, …).</summary>
    public int Add(TextSignature signature)
    {
        var id = Count;
        if (id == _counts.Length)
            Grow();
        signature.Values.CopyTo(_values.AsSpan(id * ValuesPerSignature));
        signature.Lead.CopyTo(_values.AsSpan(id * ValuesPerSignature + MinHasher.HashCount));
        _counts[id] = (signature.WordCount, signature.ShingleCount);
        Count++;
        foreach (var key in LshBands.Keys(signature))
        {
            if ((long)(_usedSlots + 1) * 4 > (long)_slots.Length * 3)
                Rehash(_slots.Length * 2);
            ref var slot = ref _slots[Probe(_slots, key)];
            if (slot.Head == 0)
            {
                slot.Key = key;
                _usedSlots++;
            }
            if (_entryCount == _entries.Length)
                Array.Resize(ref _entries, _entries.Length * 2);
            _entries[_entryCount] = new Entry(id, slot.Head);
            slot.Head = ++_entryCount;
        }
        return id;
    }

    /// <summary>The ids sharing at least one band key with the query, with how many they share, most first.</summary>
    public List<(int Id, int SharedBands)> Candidates(TextSignature query, int limit)
    {
        var owners = ArrayPool<int>.Shared.Rent(4 * KeysPerSignature);
        try
        {
            var found = 0;
            foreach (var key in LshBands.Keys(query))
            {
                for (var entry = _slots[Probe(_slots, key)].Head; entry != 0; entry = _entries[entry - 1].Next)
                {
                    if (found == owners.Length)
                    {
                        var larger = ArrayPool<int>.Shared.Rent(owners.Length * 2);
                        owners.AsSpan(0, found).CopyTo(larger);
                        ArrayPool<int>.Shared.Return(owners);
                        owners = larger;
                    }
                    owners[found++] = _entries[entry - 1].Owner;
                }
            }
            return MostShared(owners.AsSpan(0, found), limit);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(owners);
        }
    }

    /// <summary>Counts each id's occurrences and keeps the <paramref name="limit"/> most frequent, ties by id.</summary>
    private static List<(int Id, int SharedBands)> MostShared(Span<int> owners, int limit)
    {
        owners.Sort();
        var counted = new List<(int Id, int SharedBands)>();
        for (var start = 0; start < owners.Length;)
        {
            var end = start + 1;
            while (end < owners.Length && owners[end] == owners[start])
                end++;
            counted.Add((owners[start], end - start));
            start = end;
        }
        // Sorting by count only keeps equal counts in id order: List.Sort is not stable, so the id breaks ties.
        counted.Sort((a, b) => a.SharedBands != b.SharedBands ? b.SharedBands.CompareTo(a.SharedBands) : a.Id.CompareTo(b.Id));
        if (counted.Count > limit)
            counted.RemoveRange(limit, counted.Count - limit);
        return counted;
    }

    /// <summary>Candidates whose estimated Jaccard with the query reaches <paramref name="minJaccard"/>, most similar first.</summary>
    public List<(int Id, double Jaccard)> FindNear(TextSignature query, double minJaccard, int limit = 20)
    {
        var near = new List<(int Id, double Jaccard)>();
        foreach (var (id, _) in Candidates(query, limit))
        {
            var jaccard = EstimateJaccard(query.Values, id);
            if (jaccard >= minJaccard)
                near.Add((id, jaccard));
        }
        near.Sort((a, b) => b.Jaccard.CompareTo(a.Jaccard));
        return near;
    }

    /// <summary>The same answer without the index: every signature compared with the query.</summary>
    public List<(int Id, double Jaccard)> ScanNear(TextSignature query, double minJaccard)
    {
        var found = new List<(int Id, double Jaccard)>();
        for (var id = 0; id < Count; id++)
        {
            var jaccard = EstimateJaccard(query.Values, id);
            if (jaccard >= minJaccard)
                found.Add((id, jaccard));
        }
        found.Sort((a, b) => b.Jaccard.CompareTo(a.Jaccard));
        return found;
    }

    /// <summary>What <see cref="TextSignature.EstimateJaccard"/> gives, against the stored values of <paramref name="id"/>.</summary>
    private double EstimateJaccard(uint[] query, int id)
    {
        var stored = _values.AsSpan(id * ValuesPerSignature, MinHasher.HashCount);
        var equal = 0;
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var lanes = Vector<uint>.Count;
            for (; i + lanes <= stored.Length; i += lanes)
            {
                // An equal lane is all ones, that is -1 as a signed integer.
                var same = Vector.Equals(new Vector<uint>(query.AsSpan(i)), new Vector<uint>(stored[i..]));
                equal -= Vector.Sum(Vector.AsVectorInt32(same));
            }
        }
        for (; i < stored.Length; i++)
        {
            if (query[i] == stored[i])
                equal++;
        }
        return (double)equal / MinHasher.HashCount;
    }

    /// <summary>The slot of <paramref name="key"/>: where it is, or the empty slot where it would go.</summary>
    private static int Probe(Slot[] slots, long key)
    {
        var mask = slots.Length - 1;
        // The keys are already mixed 64-bit hashes: their low bits spread well.
        var at = (int)key & mask;
        while (slots[at].Head != 0 && slots[at].Key != key)
            at = (at + 1) & mask;
        return at;
    }

    private void Rehash(int size)
    {
        var larger = new Slot[size];
        foreach (var slot in _slots)
        {
            if (slot.Head != 0)
                larger[Probe(larger, slot.Key)] = slot;
        }
        _slots = larger;
    }

    private void Grow()
    {
        var capacity = _counts.Length * 2;
        Array.Resize(ref _values, capacity * ValuesPerSignature);
        Array.Resize(ref _counts, capacity);
    }

    /// <summary>Room for <paramref name="keys"/> at most two thirds full.</summary>
    private static int SlotCountFor(long keys) => (int)Math.Min(BitOperations.RoundUpToPowerOf2((ulong)Math.Max(keys * 3 / 2, 16)), 1 << 30);

    [StructLayout(LayoutKind.Sequential)]
    private struct Slot
    {
        public long Key;
        public int Head;
    }

    private readonly record struct Entry(int Owner, int Next);
}
