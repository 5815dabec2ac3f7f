using System.Globalization;
using System.Text.RegularExpressions;

namespace FeedHub.Parsing;

/// <summary>
/// Parses the dates feeds carry (RFC 822 and its common corruptions, ISO 8601) with the invariant culture.
/// A date that cannot be read is missing, never "now".
/// </summary>
public static partial class FeedDates
{
    private static readonly string[] Rfc822Formats =
    [
        "ddd, d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm zzz",
        "ddd, d MMM yy HH:mm:ss zzz", "d MMM yy HH:mm:ss zzz", "ddd, d MMMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy",
        "d MMM yyyy",
    ];

    private static readonly string[] FastFormats = ["r", "yyyy'-'MM'-'dd'T'HH':'mm':'ssK", "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFK"];

    private static readonly Dictionary<string, string> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = "+00:00", ["UTC"] = "+00:00", ["GMT"] = "+00:00", ["Z"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
        ["CET"] = "+01:00", ["CEST"] = "+02:00", ["MEZ"] = "+01:00", ["MESZ"] = "+02:00",
        ["BST"] = "+01:00", ["IST"] = "+05:30", ["JST"] = "+09:00", ["MSK"] = "+03:00",
    };

    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var trimmed = value.AsSpan().Trim();
        // Fast path for the two forms most feeds use: RFC 1123 in GMT ("r") and ISO 8601 with an offset.
        if (DateTimeOffset.TryParseExact(trimmed, FastFormats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var fast))
            return Sane(fast.ToUniversalTime());

        var text = WhitespacePattern().Replace(trimmed.ToString(), " ");

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var iso)
            && IsoLikePattern().IsMatch(text))
            return Sane(iso.ToUniversalTime());

        var normalized = NormalizeZone(text);
        if (DateTimeOffset.TryParseExact(normalized, Rfc822Formats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var rfc))
            return Sane(rfc.ToUniversalTime());

        // Drop a weekday that disagrees with the date, a frequent corruption.
        var noWeekday = WeekdayPattern().Replace(normalized, "");
        if (DateTimeOffset.TryParseExact(noWeekday, Rfc822Formats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var loose))
            return Sane(loose.ToUniversalTime());

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var any))
            return Sane(any.ToUniversalTime());
        return null;
    }

    private static DateTimeOffset? Sane(DateTimeOffset value) =>
        value.Year is < 1970 or > 2200 ? null : value;

    private static string NormalizeZone(string text)
    {
        var match = ZoneSuffixPattern().Match(text);
        if (match.Success)
        {
            var zone = match.Groups[1].Value;
            if (Zones.TryGetValue(zone, out var offset))
                return text[..match.Index] + " " + offset;
            if (zone.Length == 5 && (zone[0] == '+' || zone[0] == '-'))
                return text[..match.Index] + " " + zone[..3] + ":" + zone[3..];
        }
        return text;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoLikePattern();

    [GeneratedRegex(@"\s([A-Za-z]{1,5}|[+-]\d{4})$")]
    private static partial Regex ZoneSuffixPattern();

    [GeneratedRegex(@"^[A-Za-z]+,?\s*")]
    private static partial Regex WeekdayPattern();
}
