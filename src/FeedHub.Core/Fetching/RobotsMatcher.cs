using System.Text;

namespace FeedHub.Fetching;

/// <summary>The pieces of robots.txt matching: product tokens, percent-encoding normalization, `*` and `$` patterns.</summary>
internal static class RobotsMatcher
{
    /// <summary>"FeedHub/1.0 (+https://…)" → "FeedHub": the leading letters, '-' and '_' (RFC 9309 §2.2.1).</summary>
    public static string ProductToken(string userAgent)
    {
        var value = userAgent.Trim();
        var end = 0;
        while (end < value.Length && (char.IsAsciiLetter(value[end]) || value[end] is '-' or '_'))
            end++;
        return value[..end];
    }

    /// <summary>
    /// One spelling for equal paths: %XX of unreserved characters decoded, other escapes in upper case, non-ASCII
    /// characters percent-encoded as UTF-8. Reserved characters (`/`, `?`, `%2F`) keep their meaning.
    /// </summary>
    public static string Normalize(string path)
    {
        var builder = new StringBuilder(path.Length + 8);
        for (var i = 0; i < path.Length; i++)
        {
            var c = path[i];
            if (c == '%' && i + 2 < path.Length && Uri.IsHexDigit(path[i + 1]) && Uri.IsHexDigit(path[i + 2]))
            {
                var decoded = (char)Convert.ToInt32(path.Substring(i + 1, 2), 16);
                if (char.IsAsciiLetterOrDigit(decoded) || decoded is '-' or '.' or '_' or '~')
                    builder.Append(decoded);
                else
                    builder.Append('%').Append(char.ToUpperInvariant(path[i + 1])).Append(char.ToUpperInvariant(path[i + 2]));
                i += 2;
            }
            else if (c > 0x7F)
            {
                var length = char.IsHighSurrogate(c) && i + 1 < path.Length ? 2 : 1;
                foreach (var b in Encoding.UTF8.GetBytes(path.Substring(i, length)))
                    builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                i += length - 1;
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// Whether a pattern matches from the start of the path: `*` matches any run of characters, a final `$` anchors
    /// the end; anything else is a prefix match.
    /// </summary>
    public static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        if (anchored)
            pattern = pattern[..^1];
        // positions[j]: the pattern's first i characters can match the path's first j characters.
        var positions = new bool[path.Length + 1];
        positions[0] = true;
        foreach (var p in pattern)
        {
            var next = new bool[path.Length + 1];
            if (p == '*')
            {
                var reachable = false;
                for (var j = 0; j <= path.Length; j++)
                {
                    reachable |= positions[j];
                    next[j] = reachable;
                }
            }
            else
            {
                for (var j = 0; j < path.Length; j++)
                    next[j + 1] = positions[j] && path[j] == p;
            }
            positions = next;
            if (!positions.Contains(true))
                return false;
        }
        return anchored ? positions[path.Length] : positions.Contains(true);
    }
}
