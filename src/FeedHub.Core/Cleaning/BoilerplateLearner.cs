using System.Globalization;
using System.Text.RegularExpressions;

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
/// What one recent item shows the learner: the text of its blocks as they were kept (<see cref="CleanedContent.Blocks"/>),
/// the short lines the built-in rules removed (<see cref="CleanedContent.RemovedBlocks"/>), and its title (a line
/// that carries it, "The post <i>title</i> appeared first on …", is a feed's line whatever the title's length).
/// </summary>
public sealed record LearningSample(IReadOnlyList<string> Blocks, IReadOnlyList<string> RemovedBlocks, string? Title = null)
{
    public LearningSample(IReadOnlyList<string> blocks) : this(blocks, []) { }

    public static LearningSample Of(CleanedContent cleaned, string? title) => new(cleaned.Blocks, cleaned.RemovedBlocks, title);
}

/// <summary>
/// Learns a feed's boilerplate: the blocks (paragraphs, list items, lines) that recur across a large share of its
/// recent items. Pure: samples of recent items in, block keys out (<see cref="ContentCleaner.BlockKey"/>), for
/// <see cref="CleaningRules.LearnedBlocks"/>.
/// </summary>
/// <remarks>
/// A line counts as seen in an item whether the built-in rules kept it or removed it there: the same house line is
/// removed where its place condemns it (at the article's edge, inside a form) and kept where it is not (between two
/// paragraphs), and only counting both finds that it is in every item. It is learned only when some item kept it:
/// a line the built-in rules always remove needs no learned rule.
/// <para>
/// A line whose start (or end) recurs while the rest of it changes from item to item ("Follow us on Telegram",
/// "Follow us on LinkedIn"; "More about: budget, rail"; "The post … appeared first on …" in a language no built-in
/// rule knows) is learned as that start (or end) with a varying rest (<see cref="LearnedLines"/>), on the same
/// evidence as a whole line, from short lines only, and only where the rest is a few words or holds the item's title.
/// </para>
/// </remarks>
public static partial class BoilerplateLearner
{
    public static IReadOnlySet<string> Learn(IReadOnlyList<IReadOnlyList<string>> blocksOfRecentItems, BoilerplateLearningOptions? options = null) =>
        Learn([.. blocksOfRecentItems.Select(b => new LearningSample(b))], options);

    public static IReadOnlySet<string> Learn(IReadOnlyList<LearningSample> recentItems, BoilerplateLearningOptions? options = null)
    {
        options ??= new BoilerplateLearningOptions();
        options.Validate();
        var learned = new HashSet<string>(StringComparer.Ordinal);
        if (recentItems.Count < options.MinItems)
            return learned;

        // Items, not occurrences: a block repeated inside one item counts once. The same article seen twice (a
        // re-post in the same feed) would otherwise teach its own paragraphs, so identical items count once too.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var kept = new HashSet<string>(StringComparer.Ordinal);
        var lines = new VaryingLines();
        var seenItems = new HashSet<string>(StringComparer.Ordinal);
        var items = 0;
        foreach (var sample in recentItems)
        {
            var blockKeys = sample.Blocks.Select(ContentCleaner.BlockKey).ToList();
            if (!seenItems.Add(string.Join('\n', blockKeys)))
                continue;
            items++;
            var keptKeys = KeysOf(sample.Blocks, blockKeys, options, lines);
            var keys = KeysOf(sample.RemovedBlocks, [.. sample.RemovedBlocks.Select(ContentCleaner.BlockKey)], options, lines);
            keys.UnionWith(keptKeys);
            kept.UnionWith(keptKeys);
            foreach (var key in keys)
                counts[key] = counts.GetValueOrDefault(key) + 1;
            lines.Add(keys, keptKeys, string.IsNullOrWhiteSpace(sample.Title) ? "" : ContentCleaner.BlockKey(sample.Title));
        }
        if (items < options.MinItems)
            return learned;
        var needed = Math.Max(options.MinOccurrences, (int)Math.Ceiling(options.MinShare * items));
        foreach (var (key, count) in counts)
        {
            if (count >= needed && kept.Contains(key))
                learned.Add(key);
        }
        foreach (var line in lines.Learn(needed, learned))
            learned.Add(line);
        return learned;
    }

    /// <summary>The keys of the learnable blocks (<paramref name="blockKeys"/>: each block's key, in order).</summary>
    private static HashSet<string> KeysOf(IReadOnlyList<string> blocks, List<string> blockKeys, BoilerplateLearningOptions options, VaryingLines lines)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < blocks.Count; i++)
        {
            var (block, key) = (blocks[i], blockKeys[i]);
            if (block.Length > 0 && block.Length <= options.MaxBlockLength && key.Length > 0 && keys.Add(key))
                lines.NoteLabel(key, block);
        }
        return keys;
    }

    /// <summary>
    /// Counts, per item, the starts and ends of its short lines: a start of at least two words and
    /// <see cref="MinFixedLetters"/> letters (an end likewise), or a label of one word of at least
    /// <see cref="MinLabelLetters"/> letters and a colon ("Schlagwörter: …"). The rest, what varies, must be a few
    /// words (at most <see cref="MaxShortSlotWords"/>: a network, a site, tags) or hold the item's title: a sentence
    /// of the article that happens to open like others ("The company said it …") has a rest of neither kind.
    /// </summary>
    private sealed partial class VaryingLines
    {
        private const int MaxFixedWords = 8, MinFixedWords = 2, MinFixedLetters = 8, MinLabelLetters = 5, MaxShortSlotWords = 6;

        private readonly Dictionary<string, string> _labelOfKey = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (string Line, string Slot)[]> _candidatesOfKey = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (int Items, string? FirstKey, bool Varies)> _lines = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<string>> _keptKeys = new(StringComparer.Ordinal);

        /// <summary>Notes the one-word label a line starts with, if it does ("Tags: a, b" has "tags").</summary>
        public void NoteLabel(string key, string text)
        {
            if (_labelOfKey.ContainsKey(key) || Label().Match(text) is not { Success: true } match)
                return;
            var label = ContentCleaner.BlockKey(match.Groups["label"].Value);
            if (label.Length > 0 && !label.Contains(' ', StringComparison.Ordinal) && Letters(label) >= MinLabelLetters && key.StartsWith(label + " ", StringComparison.Ordinal))
                _labelOfKey[key] = label;
        }

        [GeneratedRegex(@"^\s*(?<label>\p{L}[\p{L}\p{M}]+)\s?[:：]\s*\S")]
        private static partial Regex Label();

        /// <summary>Counts the starts and ends of one item's lines (<paramref name="titleKey"/>: its title's key, or empty).</summary>
        public void Add(HashSet<string> keys, HashSet<string> keptKeys, string titleKey)
        {
            var ofItem = new HashSet<string>(StringComparer.Ordinal);
            foreach (var key in keys)
            {
                foreach (var (line, slot) in CandidatesOf(key))
                {
                    if (!IsLikeBoilerplate(slot, titleKey))
                        continue;
                    var (count, first, varies) = _lines.GetValueOrDefault(line);
                    if (ofItem.Add(line))
                        count++;
                    first ??= key;
                    varies |= !string.Equals(first, key, StringComparison.Ordinal);
                    _lines[line] = (count, first, varies);
                    if (keptKeys.Contains(key))
                    {
                        if (!_keptKeys.TryGetValue(line, out var list))
                            _keptKeys[line] = list = [];
                        if (list.Count < 16 && !list.Contains(key, StringComparer.Ordinal))
                            list.Add(key);
                    }
                }
            }
        }

        /// <summary>A rest of a few words, or one that holds the item's title (or is a part of it of two words or more).</summary>
        private static bool IsLikeBoilerplate(string slot, string titleKey)
        {
            var words = slot.AsSpan().Count(' ') + 1;
            if (words <= MaxShortSlotWords)
                return true;
            return titleKey.Length > 0 && (slot.Contains(titleKey, StringComparison.Ordinal) || titleKey.Contains(slot, StringComparison.Ordinal));
        }

        /// <summary>
        /// Lines seen in enough items, in more than one wording, kept somewhere in a wording not already learned
        /// whole; of nested starts (or ends) with the same evidence, the longest, and none that a shorter one with
        /// more evidence covers.
        /// </summary>
        public List<string> Learn(int needed, HashSet<string> learnedWhole)
        {
            var qualified = _lines.Where(l => l.Value.Items >= needed && l.Value.Varies
                    && _keptKeys.TryGetValue(l.Key, out var keptKeys) && keptKeys.Any(k => !learnedWhole.Contains(k)))
                .ToDictionary(l => l.Key, l => l.Value.Items, StringComparer.Ordinal);
            var learned = new List<string>();
            foreach (var (line, items) in qualified)
            {
                var covered = qualified.Any(other => !ReferenceEquals(other.Key, line) && Nests(line, other.Key, out var otherIsLonger)
                    && (otherIsLonger ? other.Value >= items : other.Value > items));
                if (!covered)
                    learned.Add(line);
            }
            return learned;
        }

        /// <summary>Whether the two are starts (or ends) of which one extends the other.</summary>
        private static bool Nests(string a, string b, out bool bIsLonger)
        {
            bIsLonger = b.Length > a.Length;
            var (shorter, longer) = bIsLonger ? (a, b) : (b, a);
            if (shorter.Length == longer.Length)
                return false;
            if (shorter.EndsWith(" *", StringComparison.Ordinal) && longer.EndsWith(" *", StringComparison.Ordinal))
                return longer.StartsWith(shorter[..^1], StringComparison.Ordinal);
            if (shorter.StartsWith("* ", StringComparison.Ordinal) && longer.StartsWith("* ", StringComparison.Ordinal))
                return longer.EndsWith(shorter[1..], StringComparison.Ordinal);
            return false;
        }

        /// <summary>The learnable starts and ends of a line's key, each with the rest that varies.</summary>
        private (string Line, string Slot)[] CandidatesOf(string key)
        {
            if (_candidatesOfKey.TryGetValue(key, out var known))
                return known;
            var wordCount = key.AsSpan().Count(' ') + 1;
            var candidates = new List<(string, string)>();
            if (_labelOfKey.TryGetValue(key, out var label) && wordCount - 1 <= LearnedLines.MaxSlotWords)
                candidates.Add((LearnedLines.StartingWith(label), key[(label.Length + 1)..]));
            if (wordCount <= MinFixedWords || wordCount > MaxFixedWords + LearnedLines.MaxSlotWords)
                return _candidatesOfKey[key] = [.. candidates]; // most of an article's paragraphs: no need to split them
            var words = key.Split(' ');
            for (var fixedWords = MinFixedWords; fixedWords <= Math.Min(MaxFixedWords, words.Length - 1); fixedWords++)
            {
                var slotWords = words.Length - fixedWords;
                if (slotWords > LearnedLines.MaxSlotWords)
                    continue;
                var start = string.Join(' ', words, 0, fixedWords);
                if (Letters(start) >= MinFixedLetters)
                    candidates.Add((LearnedLines.StartingWith(start), string.Join(' ', words, fixedWords, slotWords)));
                var end = string.Join(' ', words, slotWords, fixedWords);
                if (Letters(end) >= MinFixedLetters)
                    candidates.Add((LearnedLines.EndingWith(end), string.Join(' ', words, 0, slotWords)));
            }
            return _candidatesOfKey[key] = [.. candidates];
        }

        /// <summary>Letters, with the marks that complete them (the vowel signs of Indic scripts).</summary>
        private static int Letters(string text) => text.Count(c => char.IsLetter(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark);
    }
}
