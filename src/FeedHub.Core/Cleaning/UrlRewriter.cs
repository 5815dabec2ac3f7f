namespace FeedHub.Cleaning;

internal static class UrlRewriter
{
    public static string? Resolve(string? href, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href))
            return null;
        href = href.Trim();
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && !href.StartsWith('/'))
            return absolute.OriginalString;
        if (baseUrl is not null && Uri.TryCreate(baseUrl, href, out var resolved))
            return resolved.AbsoluteUri;
        return null;
    }
}
