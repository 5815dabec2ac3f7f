using FeedHub.Fingerprinting;

namespace FeedHub.Dedup;

/// <summary>
/// The band index held in memory: each band key points at the signatures that have it (a chain through one array),
/// and a lookup counts the keys a query shares with each signature, then verifies by estimated Jaccard. The store's
/// `article_bands` table is the same index on disk; this one measures the method and serves tests and tools.
/// Not thread-safe for writers.
/// </summary>
public sealed class InMemoryBandIndex
{
    private readonly Dictionary<long, int> _heads;
    private readonly List<int> _entryOwner;
    private readonly List<int> _entryNext;
    private readonly List<TextSignature> _signatures;

    public InMemoryBandIndex(int capacity = 0)
    {
        var keys = capacity * (LshBands.Bands + LshBands.LeadBands);
        _heads = new Dictionary<long, int>(keys);
        _entryOwner = new List<int>(keys);
        _entryNext = new List<int>(keys);
        _signatures = new List<TextSignature>(capacity);
    }

    public int Count => _signatures.Count;

    public TextSignature this[int id] => _signatures[id];

    /// <summary>Adds a signature under all its band keys; returns its id (0, 1, 2, …).</summary>
    public int Add(TextSignature signature)
    {
        var id = _signatures.Count;
        _signatures.Add(signature);
        foreach (var key in LshBands.Keys(signature))
        {
            _entryOwner.Add(id);
            _entryNext.Add(_heads.TryGetValue(key, out var head) ? head : -1);
            _heads[key] = _entryOwner.Count - 1;
        }
        return id;
    }

    /// <summary>The ids sharing at least one band key with the query, with how many they share, most first.</summary>
    public List<(int Id, int SharedBands)> Candidates(TextSignature query, int limit)
    {
        var shared = new Dictionary<int, int>();
        foreach (var key in LshBands.Keys(query))
        {
            if (!_heads.TryGetValue(key, out var entry))
                continue;
            for (; entry >= 0; entry = _entryNext[entry])
                shared[_entryOwner[entry]] = shared.GetValueOrDefault(_entryOwner[entry]) + 1;
        }
        return shared.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(limit).Select(p => (p.Key, p.Value)).ToList();
    }

    /// <summary>Candidates whose estimated Jaccard with the query reaches <paramref name="minJaccard"/>, most similar first.</summary>
    public List<(int Id, double Jaccard)> FindNear(TextSignature query, double minJaccard, int limit = 20) =>
        Candidates(query, limit)
            .Select(c => (c.Id, Jaccard: query.EstimateJaccard(_signatures[c.Id])))
            .Where(c => c.Jaccard >= minJaccard)
            .OrderByDescending(c => c.Jaccard)
            .ToList();

    /// <summary>The same answer without the index: every signature compared with the query.</summary>
    public List<(int Id, double Jaccard)> ScanNear(TextSignature query, double minJaccard)
    {
        var found = new List<(int Id, double Jaccard)>();
        for (var id = 0; id < _signatures.Count; id++)
        {
            var jaccard = query.EstimateJaccard(_signatures[id]);
            if (jaccard >= minJaccard)
                found.Add((id, jaccard));
        }
        found.Sort((a, b) => b.Jaccard.CompareTo(a.Jaccard));
        return found;
    }
}
