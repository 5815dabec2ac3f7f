using FeedHub.Fingerprinting;

namespace FeedHub.Cleaning;

/// <summary>Resolves an attribute's URL against the item link, parsing it once.</summary>
internal static class UrlRewriter
{
    public static Uri? Resolve(string? href, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href))
            return null;
        href = href.Trim();
        // "/path" parses as an absolute file: URI on Unix; it is relative to the item link here.
        if (!href.StartsWith('/') && Uri.TryCreate(href, UriKind.Absolute, out var absolute))
            return absolute;
        if (baseUrl is not null && Uri.TryCreate(baseUrl, href, out var resolved))
            return resolved;
        return null;
    }

    /// <summary>The URL without tracking parameters; rebuilt only when it has one (most links have none).</summary>
    public static string WithoutTracking(Uri uri)
    {
        var query = uri.Query;
        if (query.Length <= 1)
            return uri.AbsoluteUri;
        foreach (var pair in query.AsSpan(1).Split('&'))
        {
            var raw = query.AsSpan(1)[pair];
            var equals = raw.IndexOf('=');
            var name = equals >= 0 ? raw[..equals] : raw;
            if (UrlCanonicalizer.IsTrackingParameter(Uri.UnescapeDataString(name.ToString())))
                return UrlCanonicalizer.StripTracking(uri).AbsoluteUri;
        }
        return uri.AbsoluteUri;
    }
}
