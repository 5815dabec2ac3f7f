using System.Text.RegularExpressions;

namespace FeedHub.Core.Tests.Extraction;

/// <summary>The benchmark's per-page score: word 4-gram shingle multisets of truth and extraction (SOURCE.txt).</summary>
internal static partial class ShingleScore
{
    public static (double Precision, double Recall) Of(string truth, string extracted)
    {
        var t = Shingles(truth);
        var e = Shingles(extracted);
        var shared = t.Sum(kv => Math.Min(kv.Value, e.GetValueOrDefault(kv.Key)));
        var precision = e.Count == 0 ? 0 : (double)shared / e.Values.Sum();
        var recall = t.Count == 0 ? 1 : (double)shared / t.Values.Sum();
        return (precision, recall);
    }

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Word().Matches(text).Select(m => m.Value).ToList();
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Max(1, tokens.Count - 3); i++)
        {
            var key = string.Join(' ', tokens.Skip(i).Take(4));
            if (key.Length > 0)
                shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }
        return shingles;
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
