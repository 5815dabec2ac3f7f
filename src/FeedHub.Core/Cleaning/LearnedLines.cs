namespace FeedHub.Cleaning;

/// <summary>
/// A feed's learned boilerplate as a matcher over block keys (<see cref="ContentCleaner.BlockKey"/>): whole keys, and
/// lines with one varying end. "follow us on *" is a line that starts with "follow us on" and ends in one to
/// <see cref="MaxSlotWords"/> words that change from item to item (the network, the article's title, its tags);
/// "* appeared first on the ledger" is one that ends so. A key never holds '*' (normalized text is letters, digits
/// and single spaces), so the two kinds cannot be confused.
/// </summary>
public sealed class LearnedLines
{
    /// <summary>The most words the varying end of a learned line may have: a title or a list of tags, not a paragraph.</summary>
    public const int MaxSlotWords = 16;

    private const string Slot = "*";

    public static readonly LearnedLines None = new(new HashSet<string>());

    private readonly IReadOnlySet<string> _keys;
    private readonly string[] _prefixes;
    private readonly string[] _suffixes;

    private LearnedLines(IReadOnlySet<string> keys)
    {
        _keys = keys;
        var prefixes = new List<string>();
        var suffixes = new List<string>();
        foreach (var key in keys)
        {
            if (key.EndsWith(" " + Slot, StringComparison.Ordinal) && key.Length > 2)
                prefixes.Add(key[..^1]); // "follow us on " — with its space, so that a word is never cut
            else if (key.StartsWith(Slot + " ", StringComparison.Ordinal) && key.Length > 2)
                suffixes.Add(key[1..]); // " appeared first on the ledger"
        }
        _prefixes = [.. prefixes];
        _suffixes = [.. suffixes];
    }

    public static LearnedLines Of(IReadOnlySet<string> keys) => keys.Count == 0 ? None : new LearnedLines(keys);

    public bool IsEmpty => _keys.Count == 0;

    /// <summary>A line that starts with <paramref name="start"/> (whole words) and goes on with words that vary.</summary>
    public static string StartingWith(string start) => start + " " + Slot;

    /// <summary>A line that ends with <paramref name="end"/> (whole words) after words that vary.</summary>
    public static string EndingWith(string end) => Slot + " " + end;

    /// <summary>Whether the line with this block key is learned boilerplate.</summary>
    public bool Matches(string key)
    {
        if (key.Length == 0 || _keys.Count == 0)
            return false;
        if (_keys.Contains(key))
            return true;
        foreach (var prefix in _prefixes)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal) && IsSlot(key.AsSpan(prefix.Length)))
                return true;
        }
        foreach (var suffix in _suffixes)
        {
            if (key.EndsWith(suffix, StringComparison.Ordinal) && IsSlot(key.AsSpan(0, key.Length - suffix.Length)))
                return true;
        }
        return false;
    }

    /// <summary>One to <see cref="MaxSlotWords"/> words.</summary>
    internal static bool IsSlot(ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty)
            return false;
        var words = rest.Count(' ') + 1;
        return words <= MaxSlotWords;
    }
}
