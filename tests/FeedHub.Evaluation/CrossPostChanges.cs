using System.Globalization;
using System.Net;
using System.Text;

namespace FeedHub.Evaluation;

/// <summary>What a re-poster does to an article: its own boilerplate, excerpting, retitling, a paragraph more or
/// less, other typography and HTML, attribution or none, hours later.</summary>
internal static class CrossPostChanges
{
    private static readonly string[] EditorNotes =
    [
        "Editor's note: we are following this story and will bring you further developments as soon as they are confirmed.",
        "Why it matters: readers have asked us to keep an eye on this, so here is the full report for anyone who missed it.",
        "Our take: this is one of the more interesting pieces we read this week, and the details below are worth your time.",
        "Update from the desk: several readers sent this in, and we thought it deserved a wider audience today.",
    ];

    public static CorpusItem Repost(Random random, Aggregator aggregator, Publisher publisher, string[] paragraphs, string title, string link,
        DateTimeOffset published, string label, int counter)
    {
        var changes = new List<string>();
        var body = paragraphs.ToList();
        if (random.NextDouble() < 0.5 && publisher.Dateline is not null)
            body.Insert(0, publisher.Dateline); // scraped with the publisher's stock first line
        var excerpt = random.NextDouble() < 0.3;
        if (excerpt)
        {
            // WordPress cuts at 55 words; other tools at their own lengths.
            body = [FirstWords(body, random.Next(3) == 0 ? 55 : random.Next(30, 91))];
            changes.Add("excerpt");
        }
        else
        {
            if (random.NextDouble() < 0.25 && paragraphs.Length > 2)
            {
                body.RemoveAt(random.Next(body.Count - paragraphs.Length + 1, body.Count));
                changes.Add("dropped");
            }
            if (random.NextDouble() < 0.25)
            {
                body.Insert(random.Next(0, body.Count + 1), EditorNotes[random.Next(EditorNotes.Length)]);
                changes.Add("added");
            }
            if (random.NextDouble() < 0.4)
            {
                body.Add(publisher.Footer);
                changes.Add("template");
            }
        }
        if (random.NextDouble() < 0.4)
        {
            body = body.Select(Retypeset).ToList();
            changes.Add("typography");
        }
        var newTitle = title;
        if (random.NextDouble() < 0.35)
        {
            newTitle = random.Next(2) == 0 ? "MUST READ: " + title.ToUpperInvariant() : $"{aggregator.Name} picks: {Title(paragraphs.Skip(1).DefaultIfEmpty(paragraphs[0]).ToArray())}";
            changes.Add("retitled");
        }

        var attribution = random.Next(4);
        changes.Add(attribution switch { 0 => "no-attribution", 1 => "source-line", 2 => "read-more", _ => "appeared-first" });
        var html = new StringBuilder(Shape(random, body, changes, excerpt && attribution == 2 ? link : null));
        html.Append("<p>").Append(WebUtility.HtmlEncode(aggregator.Tagline)).Append("</p>\n");
        switch (attribution)
        {
            case 1:
                html.Append($"<p>Source: <a href=\"{link}\">{publisher.Name}</a></p>\n");
                break;
            case 2 when !excerpt:
                html.Append($"<p><a href=\"{link}\">[Read More]</a></p>\n");
                break;
            case 3:
                html.Append($"<p>The post <a href=\"{link}\">{WebUtility.HtmlEncode(title)}</a> appeared first on <a href=\"https://www.{publisher.Host}/\">{publisher.Name}</a>.</p>\n");
                break;
        }
        html.Append("<p>—–</p>\n<div class=\"nocomments\"><p>Comments are closed.</p></div>");

        var when = published + TimeSpan.FromMinutes(random.Next(60, 12 * 60));
        var repostLink = $"https://{aggregator.Host}/{when:yyyy}/{Slug(paragraphs[0], counter)}-{counter}/";
        return new CorpusItem
        {
            FeedUrl = aggregator.FeedUrl, Guid = aggregator.Host + "-" + counter.ToString(CultureInfo.InvariantCulture), Link = repostLink,
            Title = newTitle, Html = html.ToString(), PublishedAt = when, ArrivesAt = when, Label = label, Kind = "repost:" + string.Join('+', changes),
        };
    }

    /// <summary>The paragraphs in one of three HTML shapes; an excerpt ends with "[…]" or a "[Read More]" link.</summary>
    private static string Shape(Random random, List<string> body, List<string> changes, string? readMoreLink)
    {
        var encoded = body.Select(WebUtility.HtmlEncode).ToList();
        if (changes.Contains("excerpt"))
            encoded[^1] += readMoreLink is null ? " [&hellip;]" : $" &hellip; <a href=\"{readMoreLink}\">[Read More]</a>";
        switch (random.Next(3))
        {
            case 0:
                return string.Concat(encoded.Select(p => "<p>" + p + "</p>\n"));
            case 1:
                changes.Add("br-shape");
                return "<div class=\"entry-content\">" + string.Join("<br />\n<br />\n", encoded) + "</div>\n";
            default:
                changes.Add("nested-shape");
                return "<article><section>" + string.Concat(encoded.Select(p => "<div><p><span>" + p + "</span></p></div>")) + "</section></article>\n";
        }
    }

    /// <summary>Curly quotes become straight and back, dashes and ellipses change spelling, spaces go non-breaking.</summary>
    private static string Retypeset(string text) => text
        .Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"')
        .Replace(" — ", " -- ", StringComparison.Ordinal).Replace("…", "...", StringComparison.Ordinal)
        .Replace(". ", ".\u00A0 ", StringComparison.Ordinal);

    public static string FirstWords(IEnumerable<string> paragraphs, int count)
    {
        var words = string.Join(' ', paragraphs).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Take(count));
    }

    public static int CountWords(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    public static string Title(string[] paragraphs)
    {
        var words = paragraphs[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(9);
        return string.Join(' ', words).TrimEnd('.', ',', ';', ':');
    }

    public static string Slug(string text, int n)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(6)
            .Select(w => new string(w.Where(char.IsAsciiLetterOrDigit).ToArray()).ToLowerInvariant())
            .Where(w => w.Length > 0);
        var slug = string.Join('-', words);
        return slug.Length > 0 ? slug : "article-" + n.ToString(CultureInfo.InvariantCulture);
    }

    public static IEnumerable<string> Sentences(string paragraph) =>
        paragraph.Split(". ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => s.EndsWith('.') ? s : s + ".");

    /// <summary>Two sentences from the middle of the article, for a different article on the same topic to quote.</summary>
    public static string MiddleSentences(string[] paragraphs)
    {
        var sentences = paragraphs.SelectMany(Sentences).Where(s => CountWords(s) >= 8).ToList();
        return sentences.Count < 2 ? paragraphs[^1] : sentences[sentences.Count / 2 - 1] + " " + sentences[sentences.Count / 2];
    }
}
