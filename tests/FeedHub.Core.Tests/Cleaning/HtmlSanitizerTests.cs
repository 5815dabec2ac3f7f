using FeedHub.Cleaning;

namespace FeedHub.Core.Tests.Cleaning;

public sealed class HtmlSanitizerTests
{
    private static readonly ContentCleaner Cleaner = new(new CleaningOptions());
    private static readonly Uri Base = new("https://site.example/2025/01/post/");

    public static TheoryData<string, string, string> Dangerous => new()
    {
        { "Sanitize_DropsScript", "<p>Text here.</p><script>alert(1)</script>", "alert" },
        { "Sanitize_DropsStyle", "<style>p{display:none}</style><p>Text here.</p>", "display" },
        { "Sanitize_DropsForms", "<form action=\"/x\"><input name=\"q\"><button>Go</button></form><p>Text here.</p>", "<form" },
        { "Sanitize_DropsForeignIframes", "<p>Text here.</p><iframe src=\"https://evil.example/x\"></iframe>", "evil" },
        { "Sanitize_DropsEventAttributes", "<p onclick=\"steal()\" onmouseover=\"x()\">Text here.</p>", "steal" },
        { "Sanitize_DropsJavascriptUrls", "<p><a href=\"javascript:alert(1)\">Text here.</a></p>", "javascript" },
        { "Sanitize_DropsDataUrlsOnLinks", "<p><a href=\"data:text/html;base64,PHNjcmlwdD4=\">Text here.</a></p>", "data:" },
        { "Sanitize_DropsFixedPositionStyles", "<p style=\"position:fixed;top:0\">Text here.</p>", "position" },
        { "Sanitize_DropsSvgImages", "<p>Text here.</p><img src=\"data:image/svg+xml;base64,PHN2Zz4=\">", "svg" },
    };

    [Theory]
    [MemberData(nameof(Dangerous))]
    public void Sanitize_RemovesTheDangerousPart(string name, string html, string gone)
    {
        var result = Cleaner.Clean(html, Base);

        result.Html.Should().NotContain(gone, name);
        result.Text.Should().Be("Text here.", name);
    }

    [Fact]
    public void Sanitize_KeepsAllowedVideoHostsAndDataImages()
    {
        var html = "<p>Watch it.</p><iframe src=\"https://www.youtube.com/embed/abc\"></iframe><p><img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"dot\" width=\"20\"></p>";

        var result = Cleaner.Clean(html, Base);

        result.Html.Should().Contain("https://www.youtube.com/embed/abc").And.Contain("data:image/png;base64");
    }

    [Fact]
    public void Sanitize_ResolvesRelativeUrlsAgainstTheItemLink()
    {
        var result = Cleaner.Clean("<p><a href=\"../other/\">Other</a> and <img src=\"/img/a.png\" width=\"40\"> here.</p>", Base);

        result.Html.Should().Contain("href=\"https://site.example/2025/01/other/\"").And.Contain("src=\"https://site.example/img/a.png\"");
    }
}
