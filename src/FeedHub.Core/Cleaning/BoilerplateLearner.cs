namespace FeedHub.Cleaning;

/// <summary>Thresholds for learning a feed's boilerplate from its recent items.</summary>
public sealed record BoilerplateLearningOptions
{
    /// <summary>Fewer recent items than this and nothing is learned: recurrence needs a sample.</summary>
    public int MinItems { get; init; } = 5;

    /// <summary>A block is boilerplate when it recurs in at least this share of the recent items (0..1].</summary>
    public double MinShare { get; init; } = 0.5;

    /// <summary>And in at least this many items, whatever the share.</summary>
    public int MinOccurrences { get; init; } = 3;

    /// <summary>Blocks longer than this are never learned: recurring long text is a re-post, not boilerplate.</summary>
    public int MaxBlockLength { get; init; } = 400;

    /// <summary>
    /// When learning finds new boilerplate, the feed's articles stored in the last this many days are cleaned again
    /// with it (raw content is kept), so the items it was learned from lose it too; 0 turns that off.
    /// </summary>
    public int RecleanDays { get; init; } = 14;

    public void Validate()
    {
        if (RecleanDays < 0)
            throw new ArgumentOutOfRangeException(nameof(RecleanDays), RecleanDays, "RecleanDays must be 0 (off) or more.");
        if (MinItems < 2)
            throw new ArgumentOutOfRangeException(nameof(MinItems), MinItems, "MinItems must be at least 2.");
        if (MinShare is <= 0 or > 1)
            throw new ArgumentOutOfRangeException(nameof(MinShare), MinShare, "MinShare must be in (0, 1].");
        if (MinOccurrences < 2)
            throw new ArgumentOutOfRangeException(nameof(MinOccurrences), MinOccurrences, "MinOccurrences must be at least 2.");
        if (MaxBlockLength < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxBlockLength), MaxBlockLength, "MaxBlockLength must be positive.");
    }
}

/// <summary>
/// Learns a feed's boilerplate: the blocks (paragraphs, list items, lines) that recur across a large share of its
/// recent items. Pure: the blocks of recent items in (<see cref="CleanedContent.Blocks"/>), block keys out
/// (<see cref="ContentCleaner.BlockKey"/>), for <see cref="CleaningRules.LearnedBlocks"/>.
/// </summary>
public static class BoilerplateLearner
{
    public static IReadOnlySet<string> Learn(IReadOnlyList<IReadOnlyList<string>> blocksOfRecentItems, BoilerplateLearningOptions? options = null)
    {
        options ??= new BoilerplateLearningOptions();
        options.Validate();
        var learned = new HashSet<string>(StringComparer.Ordinal);
        if (blocksOfRecentItems.Count < options.MinItems)
            return learned;

        // Items, not occurrences: a block repeated inside one item counts once. The same article seen twice (a
        // re-post in the same feed) would otherwise teach its own paragraphs, so identical items count once too.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var seenItems = new HashSet<string>(StringComparer.Ordinal);
        var items = 0;
        foreach (var blocks in blocksOfRecentItems)
        {
            var keys = blocks.Where(b => b.Length > 0 && b.Length <= options.MaxBlockLength)
                .Select(ContentCleaner.BlockKey).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
            if (!seenItems.Add(string.Join('\n', blocks.Select(ContentCleaner.BlockKey))))
                continue;
            items++;
            foreach (var key in keys)
                counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        if (items < options.MinItems)
            return learned;
        var needed = Math.Max(options.MinOccurrences, (int)Math.Ceiling(options.MinShare * items));
        foreach (var (key, count) in counts)
        {
            if (count >= needed)
                learned.Add(key);
        }
        return learned;
    }
}
