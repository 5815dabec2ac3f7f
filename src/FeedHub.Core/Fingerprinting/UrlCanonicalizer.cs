using System.Globalization;

namespace FeedHub.Fingerprinting;

/// <summary>
/// One spelling per page: lower-case scheme and host, no `www.`/`m.`/`amp.` prefix, no default port, no fragment,
/// no tracking parameters, sorted query, no trailing slash, AMP variants folded onto the page they mirror.
/// http and https are the same page.
/// </summary>
public static class UrlCanonicalizer
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "twclid", "igshid", "mc_cid", "mc_eid", "_hsenc",
        "_hsmi", "mkt_tok", "ref_src", "ref_url", "cmpid", "ncid", "sr_share", "oly_anon_id", "oly_enc_id", "vero_id",
        "wickedid", "__s", "_ga", "_gl", "amp", "spm", "share", "rss", "feed_id", "at_medium", "at_campaign",
    };

    private static readonly string[] TrackingPrefixes = ["utm_", "pk_", "piwik_", "mtm_", "hsa_", "stm_"];

    public static bool IsTrackingParameter(string name)
    {
        if (TrackingParameters.Contains(name))
            return true;
        foreach (var prefix in TrackingPrefixes)
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    /// <summary>The URL with tracking parameters removed and nothing else changed.</summary>
    public static Uri StripTracking(Uri url)
    {
        if (string.IsNullOrEmpty(url.Query) || url.Query == "?")
            return url;
        var kept = SplitQuery(url.Query).Where(p => !IsTrackingParameter(p.Name)).Select(p => p.Raw).ToList();
        var builder = new UriBuilder(url) { Query = string.Join('&', kept) };
        if (url.IsDefaultPort)
            builder.Port = -1;
        return builder.Uri;
    }

    public static string? Canonicalize(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            return null;
        return Canonicalize(uri);
    }

    /// <summary>
    /// The canonical URL of a page whose own markup declares one (`&lt;link rel="canonical"&gt;`, when the page was
    /// fetched): the declared URL when it is on the same site, else the page's. A canonical on another site names an
    /// original, which is attribution, not identity.
    /// </summary>
    public static string? Canonicalize(string? url, string? declaredCanonical)
    {
        var own = Canonicalize(url);
        var declared = Canonicalize(declaredCanonical);
        if (own is null || declared is null)
            return own ?? declared;
        return string.Equals(new Uri(own).Host, new Uri(declared).Host, StringComparison.Ordinal) ? declared : own;
    }

    public static string Canonicalize(Uri uri)
    {
        uri = AmpCacheOrigin(uri) ?? uri;
        var host = HostOf(uri);
        var path = uri.AbsolutePath;
        path = RemoveAmpSegments(path);
        path = path.TrimEnd('/');
        foreach (var index in (string[])["/index.html", "/index.htm", "/index.php"])
        {
            if (path.EndsWith(index, StringComparison.OrdinalIgnoreCase))
                path = path[..^index.Length];
        }

        var port = !uri.IsDefaultPort && uri.Port != 443 && uri.Port != 80 ? ":" + uri.Port.ToString(CultureInfo.InvariantCulture) : "";
        var query = uri.Query.Length <= 1 ? null : KeptQuery(uri.Query);
        return string.Concat("https://", host, port, path.Length == 0 ? "/" : path, query is null ? "" : "?" + query);
    }

    /// <summary>
    /// The host <see cref="Canonicalize(Uri)"/> puts in the URL. Two URLs whose canonical hosts differ are different
    /// pages: callers that only compare can stop there, without building either URL.
    /// </summary>
    public static string CanonicalHost(Uri uri) => HostOf(AmpCacheOrigin(uri) ?? uri);

    private static string HostOf(Uri uri)
    {
        var host = uri.IdnHost.ToLowerInvariant().TrimEnd('.');
        foreach (var prefix in (string[])["www.", "m.", "amp.", "mobile."])
        {
            if (host.StartsWith(prefix, StringComparison.Ordinal) && host.Length > prefix.Length + 3)
                return host[prefix.Length..];
        }
        return host;
    }

    /// <summary>The query's parameters but tracking ones and outputType, sorted, joined; null when none is left.</summary>
    private static string? KeptQuery(string query)
    {
        List<string>? kept = null;
        foreach (var (name, raw) in SplitQuery(query))
        {
            if (!IsTrackingParameter(name) && !name.Equals("outputType", StringComparison.OrdinalIgnoreCase))
                (kept ??= []).Add(raw);
        }
        if (kept is null)
            return null;
        kept.Sort(StringComparer.Ordinal); // equal keys are equal strings: an unstable sort writes the same
        return string.Join('&', kept);
    }

    /// <summary>
    /// The publisher's URL behind a Google AMP cache URL: `https://example-com.cdn.ampproject.org/c/s/example.com/a`
    /// and `https://www.google.com/amp/s/example.com/a` both stand for `https://example.com/a`.
    /// </summary>
    private static Uri? AmpCacheOrigin(Uri uri)
    {
        var host = uri.IdnHost.ToLowerInvariant();
        var path = uri.AbsolutePath;
        string rest;
        if (host.EndsWith(".cdn.ampproject.org", StringComparison.Ordinal) && path.Length > 3 && path[0] == '/' && path[2] == '/' && path[1] is 'c' or 'v' or 'i')
            rest = path[3..];
        else if (host is "www.google.com" or "google.com" && path.StartsWith("/amp/", StringComparison.Ordinal))
            rest = path[5..];
        else
            return null;
        var secure = rest.StartsWith("s/", StringComparison.Ordinal);
        if (secure)
            rest = rest[2..];
        return Uri.TryCreate((secure ? "https://" : "http://") + rest + uri.Query, UriKind.Absolute, out var origin) && origin.Host.Contains('.', StringComparison.Ordinal) ? origin : null;
    }

    private static string RemoveAmpSegments(string path)
    {
        // Most paths have no "amp" in them at all: nothing to split.
        if (!path.Contains("amp", StringComparison.OrdinalIgnoreCase))
            return path;
        var segments = path.Split('/');
        var kept = segments.Where((s, i) => !(s.Equals("amp", StringComparison.OrdinalIgnoreCase) && (i == 1 || i == segments.Length - 1 || i == segments.Length - 2)));
        var joined = string.Join('/', kept);
        if (joined.EndsWith(".amp", StringComparison.OrdinalIgnoreCase))
            joined = joined[..^4];
        if (joined.EndsWith(".amp.html", StringComparison.OrdinalIgnoreCase))
            joined = joined[..^9] + ".html";
        return joined;
    }

    private static IEnumerable<(string Name, string Raw)> SplitQuery(string query)
    {
        foreach (var part in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            yield return (Uri.UnescapeDataString(eq < 0 ? part : part[..eq]), part);
        }
    }
}
