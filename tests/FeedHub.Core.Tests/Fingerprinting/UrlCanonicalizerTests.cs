namespace FeedHub.Fingerprinting;

public sealed class UrlCanonicalizerTests
{
    [Theory]
    [InlineData("tracking parameters", "https://example.com/a/story?utm_source=rss&utm_medium=feed&fbclid=x&gclid=y&id=7", "https://example.com/a/story?id=7")]
    [InlineData("www and scheme", "http://www.Example.COM/a/story", "https://example.com/a/story")]
    [InlineData("default and redundant ports", "https://example.com:443/a/story", "https://example.com/a/story")]
    [InlineData("other ports kept", "https://example.com:8443/a/story", "https://example.com:8443/a/story")]
    [InlineData("fragment", "https://example.com/a/story#comments", "https://example.com/a/story")]
    [InlineData("trailing slash", "https://example.com/a/story/", "https://example.com/a/story")]
    [InlineData("amp path suffix", "https://example.com/2026/03/story/amp/", "https://example.com/2026/03/story")]
    [InlineData("amp path prefix", "https://example.com/amp/2026/03/story", "https://example.com/2026/03/story")]
    [InlineData("amp extension", "https://example.com/2026/03/story.amp.html", "https://example.com/2026/03/story.html")]
    [InlineData("amp query", "https://example.com/2026/03/story?amp=1", "https://example.com/2026/03/story")]
    [InlineData("amp outputType", "https://example.com/2026/03/story?outputType=amp", "https://example.com/2026/03/story")]
    [InlineData("amp host", "https://amp.example.com/2026/03/story", "https://example.com/2026/03/story")]
    [InlineData("amp cache", "https://example-com.cdn.ampproject.org/c/s/example.com/2026/03/story", "https://example.com/2026/03/story")]
    [InlineData("google amp viewer", "https://www.google.com/amp/s/www.example.com/2026/03/story/amp/", "https://example.com/2026/03/story")]
    [InlineData("query order", "https://example.com/view?b=2&a=1", "https://example.com/view?a=1&b=2")]
    [InlineData("index page", "https://example.com/news/index.html", "https://example.com/news")]
    public void Canonicalize_FoldsVariants(string variant, string url, string expected)
    {
        UrlCanonicalizer.Canonicalize(url).Should().Be(expected, variant);
    }

    [Theory]
    [InlineData("www and scheme", "http://www.Example.COM/a/story", "example.com")]
    [InlineData("other port", "https://example.com:8443/a/story", "example.com")]
    [InlineData("amp host", "https://amp.example.com/2026/03/story", "example.com")]
    [InlineData("amp cache", "https://example-com.cdn.ampproject.org/c/s/example.com/2026/03/story", "example.com")]
    [InlineData("google amp viewer", "https://www.google.com/amp/s/www.example.com/2026/03/story/amp/", "example.com")]
    [InlineData("short host keeps its prefix", "https://www.ab/x", "www.ab")]
    [InlineData("internationalised host", "https://www.bücher.example./x", "xn--bcher-kva.example")]
    public void CanonicalHost_IsTheHostOfTheCanonicalUrl(string variant, string url, string expected)
    {
        var uri = new Uri(url);

        UrlCanonicalizer.CanonicalHost(uri).Should().Be(expected, variant);
        UrlCanonicalizer.Canonicalize(uri).Should().StartWith("https://" + expected, variant);
    }

    [Theory]
    [InlineData("not a URL", "story about things")]
    [InlineData("not http", "ftp://example.com/file")]
    [InlineData("blank", "  ")]
    public void Canonicalize_ReturnsNullForNonWebUrls(string variant, string url)
    {
        UrlCanonicalizer.Canonicalize(url).Should().BeNull(variant);
    }

    [Theory]
    [InlineData("same site: declared wins", "https://example.com/2026/03/story-print?page=2", "https://www.example.com/2026/03/story/", "https://example.com/2026/03/story")]
    [InlineData("other site: the page's own", "https://aggregator.net/post/123", "https://example.com/2026/03/story", "https://aggregator.net/post/123")]
    [InlineData("no declaration", "https://example.com/2026/03/story", null, "https://example.com/2026/03/story")]
    public void Canonicalize_UsesDeclaredCanonicalOnTheSameSite(string variant, string url, string? declared, string expected)
    {
        UrlCanonicalizer.Canonicalize(url, declared).Should().Be(expected, variant);
    }
}
