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
        "recommended", "subscribe", "skip to content", "back to top",
    };

    public static bool IsFurnitureLabel(string text) => FurnitureLabels.Contains(Normalize(text));

    /// <summary>"Subscribe to our newsletter", "Follow her on Twitter", "may be reached at", "© 2019 …".</summary>
    public static bool IsReaderPrompt(string text) => ReaderPrompt().IsMatch(text);

    [GeneratedRegex(@"\b(?:subscribe|newsletters?|sign\s+up|follow\s+(?:us|him|her|them|me)\b|may\s+be\s+reached|(?:contact|email|reach)\s+(?:us|him|her|them|me)\s+at|have\s+a\s+(?:news\s+)?tip|all\s+rights\s+reserved|copyright\b)|©", RegexOptions.IgnoreCase)]
    private static partial Regex ReaderPrompt();

    public static bool SameText(string a, string b) => string.Equals(Normalize(a), Normalize(b), StringComparison.Ordinal);
}
