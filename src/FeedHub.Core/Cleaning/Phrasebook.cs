using System.Collections.Frozen;

namespace FeedHub.Cleaning;

/// <summary>The kinds of boilerplate the phrasebook knows, as bits: one unit can carry cues of several.</summary>
[Flags]
internal enum Cues
{
    None = 0,
    AppearedFirst = 1 << 0,
    FollowUs = 1 << 1,
    Subscribe = 1 << 2,
    Share = 1 << 3,
    ReadMore = 1 << 4,
    Source = 1 << 5,
    Comments = 1 << 6,
    Related = 1 << 7,
    Advertisement = 1 << 8,
    Tags = 1 << 9,
    Support = 1 << 10,
    Network = 1 << 11,
    Newsletter = 1 << 12,
    Affiliate = 1 << 13,
    ImageCredit = 1 << 14,
    Listen = 1 << 15,
    ReadingTime = 1 << 16,
    Paywall = 1 << 17,
}

/// <summary>Where a unit's cues were found: anywhere (a cheap superset, to decide which regexes are worth running), at its start, or as a whole word anywhere.</summary>
internal readonly record struct CueHits(Cues Anywhere, Cues AtStart, Cues AsWord)
{
    public bool Has(Cues cue) => (Anywhere & cue) != 0;
}

/// <summary>
/// Finds the phrasebook's cues (<see cref="PhrasebookEntries"/>) in a short unit with one pass over its word starts
/// and a lookup by their first two letters, so that units with no cue never meet a regex. (A SearchValues scan
/// over all cues was slower here: the cues are mostly not ASCII and compared ignoring case.) Each group of cues
/// sharing two letters knows the ASCII third letters they go on with, so most word starts are turned away there.
/// </summary>
internal static class Phrasebook
{
    private readonly record struct Entry(string Text, Cues Cue, bool Anywhere, bool Stem, bool GateOnly);

    /// <summary>The cues that begin with the same two letters, and a bit per ASCII third letter (lower case, modulo 64) they go on with.</summary>
    private sealed class Group(Entry[] entries)
    {
        public Entry[] Entries { get; } = entries;

        /// <summary>False when a cue is shorter than three letters or goes on with a letter past ASCII: then the bits say nothing.</summary>
        public bool ByThird { get; } = entries.All(e => e.Text.Length >= 3 && e.Text[2] < 0x80);

        public ulong Thirds { get; } = entries.Aggregate(0UL, (bits, e) => e.Text.Length >= 3 ? bits | (1UL << (e.Text[2] & 63)) : bits);
    }

    private static readonly FrozenDictionary<int, Group> ByFirstTwo = Build();

    // Polite openings before a call to action: "Please follow …", "Bitte teilen …".
    private static readonly string[] Openings = ["please ", "bitte ", "kindly ", "do ", "don't forget to ", "don’t forget to ", "be sure to "];

    public static CueHits Find(string text)
    {
        var span = text.AsSpan();
        var start = StartOf(text);
        Cues anywhere = 0, atStart = 0, asWord = 0;
        for (var index = 0; index + 1 < span.Length; index++)
        {
            // Cues begin words: look only where a word begins, and at every character of scripts without spaces.
            var c = span[index];
            if (!char.IsLetterOrDigit(c) || (index > 0 && char.IsLetterOrDigit(span[index - 1]) && !IsUnspaced(c)))
                continue;
            if (!ByFirstTwo.TryGetValue(KeyOf(c, span[index + 1]), out var group) || !MayGoOn(group, span, index))
                continue;
            foreach (var entry in group.Entries)
            {
                if (!CanStart(span, index, entry.Text) || !span[index..].StartsWith(entry.Text, StringComparison.OrdinalIgnoreCase))
                    continue;
                anywhere |= entry.Cue;
                if (entry.GateOnly || !IsWord(span, index, entry))
                    continue;
                if (index == start)
                    atStart |= entry.Cue;
                if (entry.Anywhere)
                    asWord |= entry.Cue;
            }
        }
        return new CueHits(anywhere, atStart, asWord);
    }

    /// <summary>
    /// False when no cue of the group can start at <paramref name="index"/> (what <see cref="CanStart"/> would say of
    /// each): the text ends within two letters, or its third is an ASCII letter none of the cues goes on with.
    /// </summary>
    private static bool MayGoOn(Group group, ReadOnlySpan<char> text, int index)
    {
        if (!group.ByThird)
            return true;
        if (index + 2 >= text.Length)
            return false;
        var c = text[index + 2];
        return c >= 0x80 || (group.Thirds & (1UL << ((char.IsAsciiLetterUpper(c) ? c | 0x20 : c) & 63))) != 0;
    }

    /// <summary>
    /// False when the cue cannot start at <paramref name="index"/>: too long for the rest, or an ASCII third character
    /// that differs (ignoring case). Most candidates that share the first two letters fail here, before a comparison.
    /// </summary>
    private static bool CanStart(ReadOnlySpan<char> text, int index, string cue)
    {
        if (cue.Length > text.Length - index)
            return false;
        if (cue.Length < 3)
            return true;
        var c = text[index + 2];
        var expected = cue[2]; // cues are lower case
        return c == expected || c >= 0x80 || expected >= 0x80 || (char.IsAsciiLetterUpper(c) && (char)(c | 0x20) == expected);
    }

    /// <summary>Where the unit's words begin: after leading symbols ("[Read more]", "» Lire la suite") and a polite opening.</summary>
    private static int StartOf(string text)
    {
        var i = 0;
        while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            i++;
        foreach (var opening in Openings)
        {
            if (text.AsSpan(i).StartsWith(opening, StringComparison.OrdinalIgnoreCase))
                return i + opening.Length;
        }
        return i;
    }

    /// <summary>A cue counts only as whole words, except in scripts written without spaces, and stems ("рассылк*") on their right.</summary>
    private static bool IsWord(ReadOnlySpan<char> text, int index, Entry entry)
    {
        if (index > 0 && char.IsLetterOrDigit(text[index - 1]) && !IsUnspaced(entry.Text[0]))
            return false;
        var end = index + entry.Text.Length;
        return entry.Stem || end >= text.Length || !char.IsLetterOrDigit(text[end]) || IsUnspaced(entry.Text[^1]);
    }

    /// <summary>Chinese, Japanese, Korean and Thai: no spaces between words, so no word boundaries to check.</summary>
    private static bool IsUnspaced(char c) => c is >= '\u0E00' and <= '\u0E7F' or >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF';

    private static int KeyOf(char first, char second) => (Lower(first) << 16) | Lower(second);

    private static char Lower(char c) => c < 0x80 ? (char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);

    private static FrozenDictionary<int, Group> Build()
    {
        var byKey = new Dictionary<int, List<Entry>>();
        foreach (var (cue, list) in PhrasebookEntries.All)
        {
            foreach (var raw in list.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var gateOnly = raw.StartsWith('?');
                var anywhere = raw.StartsWith('~');
                var text = raw.TrimStart('?', '~');
                var stem = text.EndsWith('*');
                text = text.TrimEnd('*').ToLowerInvariant();
                if (text.Length < 2)
                    throw new InvalidOperationException($"phrasebook cue '{raw}' is shorter than two characters");
                var key = KeyOf(text[0], text[1]);
                if (!byKey.TryGetValue(key, out var entries))
                    byKey[key] = entries = [];
                entries.Add(new Entry(text, cue, anywhere, stem, gateOnly));
            }
        }
        return byKey.ToFrozenDictionary(p => p.Key, p => new Group([.. p.Value]));
    }
}
