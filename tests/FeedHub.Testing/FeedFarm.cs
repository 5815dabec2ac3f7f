using System.Globalization;
using System.Net;
using System.Security;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace FeedHub.Testing;

/// <summary>The shape of a <see cref="FeedFarm"/>: how many feeds, how many items they publish, how many are reposts.</summary>
public sealed record FeedFarmOptions
{
    public int Feeds { get; init; } = 1_000;

    /// <summary>Loopback addresses (hosts) the feeds are spread over: 127.0.0.1 to 127.0.0.n.</summary>
    public int Hosts { get; init; } = 8;

    /// <summary>Items every feed has in round 0.</summary>
    public int FirstRoundItems { get; init; } = 2;

    /// <summary>New items a changed feed publishes in each later round.</summary>
    public int ItemsPerRound { get; init; } = 2;

    /// <summary>Share of feeds that publish in a later round; the others answer 304 to their validators.</summary>
    public double ChangedShare { get; init; } = 1.0;

    /// <summary>Share of items that repost another feed's article of the same round instead of an article of their own.</summary>
    public double CrossPostShare { get; init; } = 0.3;

    /// <summary>Items a feed document carries at most, newest first (older ones fall off, as in real feeds).</summary>
    public int Window { get; init; } = 20;

    public int WordsPerArticle { get; init; } = 120;

    public int Seed { get; init; } = 1;
}

/// <summary>One item as the farm serves it, and the article (story) it carries.</summary>
public sealed record FarmItem(int Feed, string Guid, string Link, string Title, string Html, int StoryKey);

/// <summary>
/// Many synthetic feeds with known content, served from a <see cref="LoopbackServer"/> round by round: the test (or
/// load run) advances <see cref="Round"/>, changed feeds publish new items, unchanged ones answer 304 to their
/// validators. A share of items repost another feed's article, so the expected stories are known too. Every answer
/// is counted per feed and round, so a caller can wait until every feed has been served the current round.
/// </summary>
public sealed class FeedFarm
{
    private readonly FeedFarmOptions _options;
    private readonly DateTimeOffset _epoch;
    private readonly List<FarmItem>[] _itemsByFeed;
    private readonly List<double> _changedShares = [1.0];
    private readonly int[] _lastServedRound;
    private readonly int[] _lastChangedRound;
    private readonly string[] _vocabulary;
    private int _round;
    private int _storyCounter;
    private long _requests;
    private long _notModified;
    private long _bodies;

    public FeedFarm(FeedFarmOptions options, Uri[] hosts)
    {
        _options = options;
        _epoch = DateTimeOffset.UtcNow.AddHours(-2);
        _itemsByFeed = Enumerable.Range(0, options.Feeds).Select(_ => new List<FarmItem>()).ToArray();
        _lastServedRound = Enumerable.Repeat(-1, options.Feeds).ToArray();
        _lastChangedRound = new int[options.Feeds];
        _vocabulary = Vocabulary(6_000, new Random(options.Seed));
        Urls = Enumerable.Range(0, options.Feeds).Select(i => new Uri(hosts[i % hosts.Length], $"farm/{i}.xml")).ToArray();
        Publish(0, new Random(options.Seed * 7919));
    }

    /// <summary>Starts a loopback server on <see cref="FeedFarmOptions.Hosts"/> addresses and serves a farm from it.</summary>
    public static async Task<(LoopbackServer Server, FeedFarm Farm)> StartAsync(FeedFarmOptions options)
    {
        var server = await LoopbackServer.StartAsync(options.Hosts, recordRequests: false);
        var farm = new FeedFarm(options, [.. server.BaseAddresses]);
        server.Fallback = farm.AnswerAsync;
        return (server, farm);
    }

    public IReadOnlyList<Uri> Urls { get; }

    public int Round => Volatile.Read(ref _round);

    /// <summary>When set, feeds declare this `ttl` (minutes) from the next round on: their next poll moves out.</summary>
    public int? TtlMinutes { get; private set; }

    public long Requests => Interlocked.Read(ref _requests);
    public long NotModifiedAnswers => Interlocked.Read(ref _notModified);
    public long BodyAnswers => Interlocked.Read(ref _bodies);

    /// <summary>Every item published so far, per feed.</summary>
    public IReadOnlyList<FarmItem> AllItems
    {
        get
        {
            lock (_itemsByFeed)
                return _itemsByFeed.SelectMany(items => items).ToList();
        }
    }

    /// <summary>Items in the feed documents as served now (the window), which is what a poller can still see.</summary>
    public int ServedItemCount
    {
        get
        {
            lock (_itemsByFeed)
                return _itemsByFeed.Sum(items => Math.Min(items.Count, _options.Window));
        }
    }

    /// <summary>
    /// Publishes the next round: changed feeds (<paramref name="changedShare"/> of them, else the options' share)
    /// get new items and a new validator; a new <paramref name="ttlMinutes"/> changes every feed's document.
    /// </summary>
    public int Advance(int? ttlMinutes = null, double? changedShare = null)
    {
        lock (_itemsByFeed)
        {
            var next = _round + 1;
            TtlMinutes = ttlMinutes ?? TtlMinutes;
            _changedShares.Add(changedShare ?? _options.ChangedShare);
            Publish(next, new Random(_options.Seed * 7919 + next));
            Volatile.Write(ref _round, next);
            return next;
        }
    }

    /// <summary>Feeds not yet served (200 or 304) the current round's document.</summary>
    public int FeedsBehind()
    {
        var round = Round;
        return _lastServedRound.Count(r => r < round);
    }

    private bool IsChanged(int feed, int round) =>
        round == 0 || Hash(feed, round) % 10_000 < _changedShares[round] * 10_000;

    private static uint Hash(int feed, int round)
    {
        var x = (uint)(feed * 0x9E3779B1) ^ (uint)(round * 0x85EBCA6B);
        x ^= x >> 15;
        x *= 0x2C1B3C6D;
        x ^= x >> 12;
        return x;
    }

    private void Publish(int round, Random random)
    {
        var count = round == 0 ? _options.FirstRoundItems : _options.ItemsPerRound;
        var originals = new List<FarmItem>();
        var reposts = new List<(int Feed, int Slot)>();
        for (var feed = 0; feed < _options.Feeds; feed++)
        {
            if (!IsChanged(feed, round) && round > 0)
                continue;
            _lastChangedRound[feed] = round;
            for (var slot = 0; slot < count; slot++)
            {
                if (random.NextDouble() < _options.CrossPostShare)
                    reposts.Add((feed, slot));
                else
                    originals.Add(Original(feed, round, slot, random));
            }
        }
        foreach (var item in originals)
            _itemsByFeed[item.Feed].Add(item);
        foreach (var (feed, slot) in reposts)
        {
            // A repost of an article another feed published this round; with none, an article of its own.
            var source = originals.Count == 0 ? null : originals[random.Next(originals.Count)];
            if (source is not null && source.Feed == feed)
                source = originals.Find(o => o.Feed != feed);
            _itemsByFeed[feed].Add(source is null ? Original(feed, round, slot, random) : Repost(feed, round, slot, source));
        }
    }

    private FarmItem Original(int feed, int round, int slot, Random random)
    {
        var story = Interlocked.Increment(ref _storyCounter);
        var paragraphs = Enumerable.Range(0, 3).Select(_ => Sentences(random, _options.WordsPerArticle / 3)).ToList();
        var title = string.Join(' ', Enumerable.Range(0, 6).Select(_ => _vocabulary[random.Next(_vocabulary.Length)]));
        var html = string.Concat(paragraphs.Select(p => $"<p>{p}</p>"));
        return new FarmItem(feed, $"farm-{feed}-{round}-{slot}", $"https://publisher{feed}.example/{round}/{slot}/story-{story}",
            char.ToUpperInvariant(title[0]) + title[1..], html, story);
    }

    private static FarmItem Repost(int feed, int round, int slot, FarmItem source) =>
        new(feed, $"farm-{feed}-{round}-{slot}", $"https://aggregator{feed}.example/{round}/{slot}/repost",
            source.Title + " | Aggregator " + feed.ToString(CultureInfo.InvariantCulture),
            source.Html + $"<p>Source: <a href=\"{source.Link}\">Publisher {source.Feed}</a></p>", source.StoryKey);

    private string Sentences(Random random, int words)
    {
        var text = new StringBuilder();
        var inSentence = 0;
        for (var i = 0; i < words; i++)
        {
            var word = _vocabulary[random.Next(_vocabulary.Length)];
            text.Append(inSentence == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
            inSentence++;
            if (inSentence >= 8 + random.Next(8) || i == words - 1)
            {
                text.Append(". ");
                inSentence = 0;
            }
            else
            {
                text.Append(' ');
            }
        }
        return text.ToString().TrimEnd();
    }

    private static string[] Vocabulary(int size, Random random)
    {
        string[] onsets = ["b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "st", "tr", "pl"];
        string[] vowels = ["a", "e", "i", "o", "u", "ai", "ou", "ea"];
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (words.Count < size)
        {
            var syllables = 2 + random.Next(3);
            var word = string.Concat(Enumerable.Range(0, syllables).Select(_ => onsets[random.Next(onsets.Length)] + vowels[random.Next(vowels.Length)]));
            words.Add(word);
        }
        return [.. words];
    }

    private async Task AnswerAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        var path = context.Request.Path.Value ?? "";
        if (!path.StartsWith("/farm/", StringComparison.Ordinal) || !path.EndsWith(".xml", StringComparison.Ordinal)
            || !int.TryParse(path.AsSpan(6, path.Length - 10), NumberStyles.None, CultureInfo.InvariantCulture, out var feed)
            || feed < 0 || feed >= _options.Feeds)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        string etag;
        byte[]? body = null;
        int round;
        lock (_itemsByFeed)
        {
            round = _round;
            etag = $"\"{feed}-{_lastChangedRound[feed]}-{TtlMinutes}\"";
            if (context.Request.Headers.IfNoneMatch != etag)
                body = Render(feed);
        }
        context.Response.Headers.ETag = etag;
        if (body is null)
        {
            Interlocked.Increment(ref _notModified);
            context.Response.StatusCode = StatusCodes.Status304NotModified;
        }
        else
        {
            Interlocked.Increment(ref _bodies);
            context.Response.ContentType = "application/rss+xml; charset=utf-8";
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        }
        // Served: the poller has had this round's document (it may still fail to store it; that is its problem).
        InterlockedMax(ref _lastServedRound[feed], round);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (current < value)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
                return;
            current = seen;
        }
    }

    private byte[] Render(int feed)
    {
        var items = _itemsByFeed[feed];
        var xml = new StringBuilder(1024 + items.Count * 1200);
        xml.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>")
            .Append("<title>Farm feed ").Append(feed).Append("</title><link>https://publisher").Append(feed).Append(".example/</link>")
            .Append("<description>A feed of the load farm</description>");
        if (TtlMinutes is { } ttl)
            xml.Append("<ttl>").Append(ttl).Append("</ttl>");
        for (var i = items.Count - 1; i >= Math.Max(0, items.Count - _options.Window); i--)
        {
            var item = items[i];
            var published = _epoch.AddMinutes(int.Parse(item.Guid.Split('-')[2], CultureInfo.InvariantCulture)).AddSeconds(i);
            xml.Append("<item><title>").Append(SecurityElement.Escape(item.Title)).Append("</title><link>")
                .Append(SecurityElement.Escape(item.Link)).Append("</link><guid isPermaLink=\"false\">").Append(item.Guid)
                .Append("</guid><pubDate>").Append(published.ToString("r", CultureInfo.InvariantCulture))
                .Append("</pubDate><description>").Append(SecurityElement.Escape(item.Html)).Append("</description></item>");
        }
        xml.Append("</channel></rss>");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }
}
