using System.Globalization;
using System.Net;
using System.Text.Json;
using FeedHub.Testing;

namespace FeedHub.Evaluation;

/// <summary>One feed item of the corpus and the story it truly belongs to.</summary>
internal sealed record CorpusItem
{
    public required string FeedUrl { get; init; }
    public required string Guid { get; init; }
    public required string Link { get; init; }
    public required string Title { get; init; }
    public required string Html { get; init; }
    public required DateTimeOffset PublishedAt { get; init; }

    /// <summary>When the item first shows in its feed; a repost may show before its original.</summary>
    public required DateTimeOffset ArrivesAt { get; init; }

    /// <summary>The true story: items with the same label are copies of one article.</summary>
    public required string Label { get; init; }

    /// <summary>original, repost:{changes}, canonical, sibling, short, update.</summary>
    public required string Kind { get; init; }
}

/// <summary>
/// A labelled cross-post corpus built from real article texts (the Zyte benchmark's articleBody): every article
/// published by its publisher's feed with the publisher's template, reposted 0–3 times by aggregators with
/// realistic changes, plus hard negatives (same publisher and template, different articles; a different article
/// on the same topic quoting one sentence; short items of a headline and two lines) and publisher edits.
/// Deterministic for a seed.
/// </summary>
internal static class CrossPostCorpus
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 6, 0, 0, TimeSpan.Zero);

    public static List<string[]> LoadArticles()
    {
        using var json = JsonDocument.Parse(FixtureFiles.Text("article-extraction", "ground-truth.json"));
        return json.RootElement.EnumerateObject()
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => p.Value.GetProperty("articleBody").GetString() ?? "")
            .Select(body => body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(paragraphs => paragraphs.Sum(CrossPostChanges.CountWords) >= 60)
            .ToList();
    }

    public static List<CorpusItem> Build(int seed)
    {
        var random = new Random(seed);
        var articles = LoadArticles().OrderBy(_ => random.Next()).ToList();
        // A fifth of the texts never appear as stories: they are the bodies of hard negatives.
        var reserved = articles.Take(articles.Count / 5).ToList();
        var stories = articles.Skip(reserved.Count).ToList();
        var publishers = Enumerable.Range(0, 8).Select(i => Publisher.Make(i)).ToList();
        var aggregators = Enumerable.Range(0, 4).Select(i => Aggregator.Make(i)).ToList();
        var items = new List<CorpusItem>();
        var reserve = 0;

        for (var s = 0; s < stories.Count; s++)
        {
            var publisher = publishers[s % publishers.Count];
            var paragraphs = stories[s];
            var published = Start + TimeSpan.FromHours(s * 3.5 + random.Next(0, 60) / 60.0);
            var label = "story-" + s.ToString(CultureInfo.InvariantCulture);
            var slug = CrossPostChanges.Slug(paragraphs[0], s) + "-" + s.ToString(CultureInfo.InvariantCulture); // two texts may open alike
            var link = $"https://www.{publisher.Host}/{published:yyyy}/{published:MM}/{slug}/";
            var title = CrossPostChanges.Title(paragraphs);
            var original = new CorpusItem
            {
                FeedUrl = publisher.FeedUrl, Guid = link, Link = link, Title = title, Html = publisher.Render(paragraphs, title, link),
                PublishedAt = published, ArrivesAt = published, Label = label, Kind = "original",
            };

            var reposts = new List<CorpusItem>();
            var count = random.Next(0, 4);
            foreach (var aggregator in aggregators.OrderBy(_ => random.Next()).Take(count))
                reposts.Add(CrossPostChanges.Repost(random, aggregator, publisher, paragraphs, title, link, published, label, items.Count + reposts.Count));

            // Sometimes the publisher's feed lags: its copy shows up after the reposts.
            if (reposts.Count > 0 && random.NextDouble() < 0.25)
                original = original with { ArrivesAt = reposts.Max(r => r.ArrivesAt) + TimeSpan.FromHours(1) };
            items.Add(original);
            items.AddRange(reposts);

            // The publisher's AMP / campaign-tagged second feed: the same page under another URL spelling.
            if (random.NextDouble() < 0.1)
            {
                var variant = random.Next(2) == 0 ? link + "amp/" : link + "?utm_source=rss&utm_medium=rss&utm_campaign=" + slug;
                items.Add(original with { FeedUrl = publisher.FeedUrl.Replace("/feed/", "/amp/feed/", StringComparison.Ordinal), Guid = variant, Link = variant, Kind = "canonical", ArrivesAt = original.ArrivesAt + TimeSpan.FromMinutes(30) });
            }

            // The publisher edits the article later: same item, edited text; it must update, not add.
            if (random.NextDouble() < 0.1)
            {
                var edited = paragraphs.Select((p, i) => i == paragraphs.Length - 1 ? p + " (This article has been updated with a correction.)" : p).ToArray();
                items.Add(original with { Html = publisher.Render(edited, title, link), ArrivesAt = original.ArrivesAt + TimeSpan.FromHours(20), Kind = "update" });
            }

            // A different article on the same topic: another publisher's, quoting two sentences of this one, or the
            // same publisher's follow-up, opening with this one's first sentence.
            if (random.NextDouble() < 0.3 && reserve < reserved.Count)
            {
                var followUp = random.Next(2) == 0;
                var other = followUp ? publisher : publishers[(s + 3) % publishers.Count];
                var body = reserved[reserve++].ToList();
                var siblingSlug = CrossPostChanges.Slug(body[0], 1000 + s);
                if (followUp)
                    body.Insert(0, CrossPostChanges.Sentences(paragraphs[0]).First());
                else
                    body.Insert(Math.Min(2, body.Count), $"As {publisher.Name} reported, “{CrossPostChanges.MiddleSentences(paragraphs)}”");
                var siblingLink = $"https://www.{other.Host}/{published:yyyy}/{published:MM}/{siblingSlug}/";
                items.Add(new CorpusItem
                {
                    FeedUrl = other.FeedUrl, Guid = siblingLink, Link = siblingLink, Title = title + " — what it means",
                    Html = other.Render(body.ToArray(), title, siblingLink), PublishedAt = published + TimeSpan.FromHours(5),
                    ArrivesAt = published + TimeSpan.FromHours(5), Label = "sibling-" + s.ToString(CultureInfo.InvariantCulture), Kind = "sibling",
                });
            }
        }

        // Digests: an aggregator's post of three recent stories' openings, each with its link; a story of its own.
        for (var d = 0; d + 3 <= stories.Count; d += 12)
        {
            var aggregator = aggregators[d % aggregators.Count];
            var picked = Enumerable.Range(d, 3).ToList();
            var when = Start + TimeSpan.FromHours(d * 3.5 + 13);
            var html = string.Concat(picked.Select(i => $"<h3>{WebUtility.HtmlEncode(CrossPostChanges.Title(stories[i]))}</h3><p>{WebUtility.HtmlEncode(CrossPostChanges.FirstWords(stories[i], 45))} … "
                + $"<a href=\"https://www.{publishers[i % publishers.Count].Host}/{Start + TimeSpan.FromHours(i * 3.5):yyyy}/{Start + TimeSpan.FromHours(i * 3.5):MM}/{CrossPostChanges.Slug(stories[i][0], i)}-{i}/\">Read more</a></p>"))
                + $"<p>{WebUtility.HtmlEncode(aggregator.Tagline)}</p>";
            var digestLink = $"https://{aggregator.Host}/digest/{when:yyyyMMddHH}/";
            items.Add(new CorpusItem
            {
                FeedUrl = aggregator.FeedUrl, Guid = digestLink, Link = digestLink, Title = $"{aggregator.Name} digest", Html = html,
                PublishedAt = when, ArrivesAt = when, Label = "digest-" + d.ToString(CultureInfo.InvariantCulture), Kind = "digest",
            });
        }

        // Short items: a headline and two lines in each publisher's template, never the same story.
        var sentences = reserved.Skip(reserve).SelectMany(p => p).SelectMany(CrossPostChanges.Sentences).Where(x => CrossPostChanges.CountWords(x) is >= 6 and <= 16).ToList();
        var n = 0;
        foreach (var publisher in publishers)
        {
            for (var k = 0; k < 4 && n + 1 < sentences.Count; k++, n += 2)
            {
                var when = Start + TimeSpan.FromHours(7 * n + 2);
                var shortLink = $"https://www.{publisher.Host}/briefs/{when:yyyyMMdd}-{n}/";
                items.Add(new CorpusItem
                {
                    FeedUrl = publisher.FeedUrl, Guid = shortLink, Link = shortLink, Title = "In brief: " + CrossPostChanges.Title([sentences[n]]),
                    Html = publisher.Render([sentences[n], sentences[n + 1]], "In brief", shortLink), PublishedAt = when, ArrivesAt = when,
                    Label = "short-" + n.ToString(CultureInfo.InvariantCulture), Kind = "short",
                });
            }
        }
        return items;
    }
}

/// <summary>A publisher: its feed and the template it wraps every article in (some of it survives cleaning).</summary>
internal sealed record Publisher(string Name, string Host, string FeedUrl, string? Dateline, string Footer)
{
    private static readonly string[] Names = ["Northgate Herald", "Valley Ledger", "Tech Current", "Harbor Times", "Daily Meridian", "Pine Street Journal", "The Civic Wire", "Summit Dispatch"];

    public static Publisher Make(int i)
    {
        var name = Names[i];
        var host = name.ToLowerInvariant().Replace("the ", "", StringComparison.Ordinal).Replace(' ', '-') + ".com";
        // Half the publishers open every article with a stock dateline sentence.
        var dateline = i % 2 == 0 ? $"{name} staff report, filed from our newsroom." : null;
        var footer = $"© 2026 {name}. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.";
        return new Publisher(name, host, $"https://www.{host}/feed/", dateline, footer);
    }

    public string Render(IReadOnlyList<string> paragraphs, string title, string link)
    {
        var html = new System.Text.StringBuilder();
        if (Dateline is not null)
            html.Append("<p><em>").Append(WebUtility.HtmlEncode(Dateline)).Append("</em></p>\n");
        foreach (var p in paragraphs)
            html.Append("<p>").Append(WebUtility.HtmlEncode(p)).Append("</p>\n");
        html.Append("<p>").Append(WebUtility.HtmlEncode(Footer)).Append("</p>\n");
        html.Append("<p>Please follow ").Append(Name).Append(" on Google News</p>\n");
        html.Append($"<p>The post <a href=\"{link}\">{WebUtility.HtmlEncode(title)}</a> appeared first on <a href=\"https://www.{Host}/\">{Name}</a>.</p>");
        return html.ToString();
    }
}

/// <summary>An aggregator that reposts articles, with its own boilerplate.</summary>
internal sealed record Aggregator(string Name, string Host, string FeedUrl, string Tagline)
{
    private static readonly string[] Names = ["NewsPile", "Readwire Digest", "The Aggregate", "Morning Roundup"];

    public static Aggregator Make(int i)
    {
        var name = Names[i];
        var host = name.ToLowerInvariant().Replace("the ", "", StringComparison.Ordinal).Replace(' ', '-') + ".net";
        return new Aggregator(name, host, $"https://{host}/rss", $"Curated for you by {name}, your daily digest of the web.");
    }
}
