using System.Runtime.CompilerServices;
using System.Text;
using FeedHub.Cleaning;
using FeedHub.Parsing;
using FeedHub.Testing;

namespace FeedHub.Core.Tests.Cleaning;

/// <summary>
/// Golden before/after files for whole fixture feeds: every item's text as the feed carries it (before) and as the
/// cleaner leaves it, with what each rule removed and the attribution found (after).
/// Regenerate after a deliberate change with <c>FEEDHUB_REGENERATE_GOLDEN=1 dotnet test tests/FeedHub.Core.Tests
/// --filter "FullyQualifiedName~Cleaning.GoldenTests"</c>, then review the diff in git before committing it.
/// </summary>
internal static class GoldenFeeds
{
    public const string RegenerateVariable = "FEEDHUB_REGENERATE_GOLDEN";

    public static bool Regenerating => Environment.GetEnvironmentVariable(RegenerateVariable) == "1";

    public static string Directory([CallerFilePath] string thisFile = "") => Path.Combine(Path.GetDirectoryName(thisFile)!, "Golden");

    public static ParsedFeed Read(params string[] fixture)
    {
        var feedUrl = new Uri("https://feeds.example/" + string.Join('/', fixture));
        return FeedParser.Parse(FixtureFiles.Bytes(fixture), "application/xml", feedUrl);
    }

    /// <summary>The HTML an item's article comes in: the full content when there is one, else the summary.</summary>
    public static string? HtmlOf(ParsedItem item) => string.IsNullOrWhiteSpace(item.ContentHtml) ? item.SummaryHtml : item.ContentHtml;

    public static Uri? BaseOf(ParsedItem item) =>
        item.BaseUrl ?? (Uri.TryCreate(item.Link, UriKind.Absolute, out var link) ? link : null);

    public static string Before(ParsedFeed feed)
    {
        var builder = new StringBuilder();
        var index = 0;
        foreach (var item in feed.Items)
        {
            builder.Append("## ").Append(++index).Append(": ").AppendLine(item.Title);
            builder.AppendLine(HtmlText.FromFragment(HtmlOf(item) ?? ""));
            builder.AppendLine();
        }
        return builder.ToString();
    }

    public static string After(ParsedFeed feed, IReadOnlyList<CleanedContent> cleaned)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < feed.Items.Count; i++)
        {
            var result = cleaned[i];
            builder.Append("## ").Append(i + 1).Append(": ").AppendLine(feed.Items[i].Title);
            builder.AppendLine(result.Text);
            foreach (var removal in result.Removals)
                builder.Append("  - removed [").Append(removal.Rule).Append("] ").AppendLine(removal.Text.ReplaceLineEndings(" "));
            if (result.OriginalUrl is not null || result.OriginalSite is not null)
                builder.Append("  = original ").Append(result.OriginalUrl ?? "-").Append(" (").Append(result.OriginalSite ?? "-").AppendLine(")");
            builder.AppendLine();
        }
        return builder.ToString();
    }

    /// <summary>Compares with the stored golden file, or rewrites it when regenerating.</summary>
    public static void Verify(string name, string actual)
    {
        var path = Path.Combine(Directory(), name);
        if (Regenerating)
        {
            File.WriteAllText(path, actual);
            return;
        }
        File.Exists(path).Should().BeTrue($"golden file {path} exists (set {RegenerateVariable}=1 to create it)");
        actual.ReplaceLineEndings("\n").Should().Be(File.ReadAllText(path).ReplaceLineEndings("\n"),
            $"the cleaner's output matches {name} (set {RegenerateVariable}=1 to regenerate, then review the diff)");
    }
}
