using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace FeedHub.Extraction;

/// <summary>Small judgements on a block's text: does it read like sentences, are two texts the same words.</summary>
internal static partial class Prose
{
    /// <summary>Sentence punctuation (Latin, CJK, Arabic, Devanagari) inside or at the end of the text.</summary>
    public static bool Reads(string text)
    {
        foreach (var c in text)
            if (c is '.' or ',' or ';' or '!' or '?' or ':' or '。' or '、' or '，' or '！' or '？' or '،' or '؟' or '।')
                return true;
        return false;
    }

    /// <summary>
    /// Sentence punctuation other than what ends a label: "You may also like…", "Related:" read as labels, not
    /// sentences.
    /// </summary>
    public static bool ReadsAsSentence(string text) => Reads(text.TrimEnd().TrimEnd('.', '…', ':'));

    /// <summary>Letters and digits only, lower-cased, single spaces between words.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                    builder.Append(' ');
                space = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                space = true;
            }
        }
        return builder.ToString();
    }

    // Labels that stand alone between paragraphs: ad slots, sharing and reading prompts.
    private static readonly HashSet<string> FurnitureLabels = new(StringComparer.Ordinal)
    {
        "advertisement", "advert", "ad", "ads", "sponsored", "sponsored content", "story continues below",
        "story continues below advertisement", "article continues below advertisement", "continue reading",
        "continue reading below", "read more", "share", "share this", "share this article", "share this story",
        "tweet", "email", "print", "comments", "leave a comment", "related", "related articles", "related stories",
        "recommended", "subscribe", "skip to content", "back to top", "related tags", "related topics", "tags", "topics",
    };

    public static bool IsFurnitureLabel(string text) => FurnitureLabels.Contains(Normalize(text));

    /// <summary>
    /// "Subscribe to our newsletter", "Follow her on Twitter", "Follow the Opinion section on Facebook", "may be
    /// reached at", "© 2019 …", "We'd like to hear what you think".
    /// </summary>
    public static bool IsReaderPrompt(string text) => ReaderPrompt().IsMatch(text);

    [GeneratedRegex(@"\bfollow\b[^.,;!?]{0,60}\bon\s+(?:facebook|twitter|instagram|linkedin)\b|\b(?:like|love|want)\s+to\s+hear\s+(?:from\s+you|what\s+you\s+think)|\b(?:subscribe|newsletters?|sign\s+up|follow\s+(?:us|him|her|them|me)\b|may\s+be\s+reached|click\s+here|tell\s+us\s+what\s+you\s+think|(?:contact|email|reach)\s+(?:us|him|her|them|me)\s+at|have\s+a\s+(?:news\s+)?tip|all\s+rights\s+reserved|copyright\b)|©", RegexOptions.IgnoreCase)]
    private static partial Regex ReaderPrompt();

    /// <summary>
    /// Text that is never an article's, wherever it stands: what a page says when its script did not run ("This
    /// slideshow requires JavaScript"), an unrendered WordPress shortcode ("[button link=…]Send us…[/button]"), and
    /// a photo credit line ("Jane Doe | Bloomberg | Getty Images", "Photo: …").
    /// </summary>
    public static bool IsPageArtefact(string text) =>
        text.Length < 160 && (ScriptNotice().IsMatch(text) || Shortcode().IsMatch(text) || (text.Length < 100 && PhotoCredit().IsMatch(text)));

    [GeneratedRegex(@"\b(?:requires?|enable|needs?|turn\s+on)\s+(?:the\s+)?javascript\b|\bjavascript\s+(?:is\s+)?(?:disabled|required|must\s+be\s+enabled)|your\s+browser\s+does\s+not\s+support", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptNotice();

    [GeneratedRegex(@"^\[(?<tag>[a-z][\w-]*)\b[^\]]*\].*\[/\k<tag>\]$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Shortcode();

    [GeneratedRegex(@"getty\s+images|shutterstock|\bap\s+photo\b|^\s*(?:photo|image|picture|photograph)s?\s*(?:by\b|:|credit)|^\s*credits?\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex PhotoCredit();

    /// <summary>A heading over a list of other articles: "More Great WIRED Stories", "Related", "Read next", "You may also like".</summary>
    public static bool IntroducesOtherArticles(string text) => OtherArticlesHeading().IsMatch(text.Trim());

    [GeneratedRegex(@"^(?:more\b.{0,40}\b(?:stories|articles|news|posts|reads?|coverage|videos)\b|more\s+(?:from|on|in|like\s+this)\b|related\b|you\s+(?:may|might|could)\s+(?:also\s+)?(?:like|enjoy|be\s+interested)|recommended\b|read\s+(?:next|more|also)\b|also\s+(?:read|on)\b|(?:most\s+)?(?:popular|trending|most\s+read)\b|what\s+to\s+read\s+next|further\s+reading)", RegexOptions.IgnoreCase)]
    private static partial Regex OtherArticlesHeading();

    /// <summary>
    /// A line that only dates the page: "November 18, 2019", "2018-08-25 15:24", "sexta-feira, 22 de outubro de 2010
    /// às 20:13". Short, a year and a day number, few words, and a date's shape: a month name, digits joined by
    /// dashes, dots or slashes, a clock time, or the page's own publication year and day.
    /// </summary>
    public static bool IsDateStamp(string text, DateTimeOffset? published)
    {
        // "— Jane (@jane) November 18, 2019" signs an embedded post: it is the quote's, and the story's.
        if (text.Length > 60 || text.Contains('@', StringComparison.Ordinal))
            return false;
        var numbers = Number().Matches(text).Select(m => m.Value).ToList();
        // One year: a range ("29 November 2018 | 20 January 2019") is an event's dates, part of the story.
        if (numbers.Count < 2 || numbers.Count(n => n.Length == 4 && n[0] is '1' or '2' && n[1] is '9' or '0') != 1)
            return false;
        if (Word().Count(text) > 6)
            return false;
        return NumericDate().IsMatch(text) || ClockTime().IsMatch(text) || MonthName().IsMatch(text)
            || (published is { } date && numbers.Contains(date.Year.ToString(CultureInfo.InvariantCulture))
                && numbers.Any(n => n.TrimStart('0') == date.Day.ToString(CultureInfo.InvariantCulture)));
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b\d{1,4}[-./]\d{1,2}[-./]\d{1,4}\b")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\b\d{1,2}:\d{2}\b")]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]*)\.?\s+\d|\d\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthName();

    private static readonly System.Buffers.SearchValues<char> HandleCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.");

    /// <summary>
    /// Text that is an address and nothing else: "https://t.co/HO1ZRs9T1P", "www.example.com", or an account's
    /// handle ("@olga_n_photo").
    /// </summary>
    public static bool IsAddress(string text)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed is ['@', _, _, ..] && !trimmed[1..].ContainsAnyExcept(HandleCharacters))
            return true;
        return trimmed.Length > 8 && !trimmed.ContainsAny(' ', '\n', '\t')
            && (trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                || trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                || trimmed.StartsWith("www.", StringComparison.OrdinalIgnoreCase));
    }

    public static bool SameText(string a, string b) => string.Equals(Normalize(a), Normalize(b), StringComparison.Ordinal);
}
