using System.Net;
using System.Text;

namespace FeedHub.Evaluation;

/// <summary>One planted piece of boilerplate: its family, the set its phrasing comes from ("dev" is the one rules were written from), its text.</summary>
internal sealed record PlantedBlock(string Family, string Group, string Text)
{
    public bool HeldOut => Group != "dev";
}

/// <summary>Which phrasings a generator draws: the dev set, the first held-out set, the second (see <see cref="HeldOutPhrasings"/>), the third
/// (<see cref="HeldOutPhrasings3"/>), the fourth (<see cref="HeldOutPhrasings4"/>), the fifth (<see cref="HeldOutPhrasings5"/>), the sixth
/// (<see cref="HeldOutPhrasings6"/>), the seventh (<see cref="HeldOutPhrasings7"/>), the eighth (<see cref="HeldOutPhrasings8"/>), the ninth
/// (<see cref="HeldOutPhrasings9"/>), the tenth (<see cref="HeldOutPhrasings10"/>), the eleventh (<see cref="HeldOutPhrasings11"/>),
/// the twelfth (<see cref="HeldOutPhrasings12"/>), the thirteenth (<see cref="HeldOutPhrasings13"/>), the fourteenth
/// (<see cref="HeldOutPhrasings14"/>), the fifteenth (<see cref="HeldOutPhrasings15"/>), the sixteenth (<see cref="HeldOutPhrasings16"/>)
/// or the seventeenth (<see cref="HeldOutPhrasings17"/>).
/// New sets go at the end, so that the others keep their values and seeds.</summary>
internal enum PhraseSet { Dev, HeldOut, HeldOut2, HeldOut3, HeldOut4, HeldOut5, HeldOut6, HeldOut7, HeldOut8, HeldOut9, HeldOut10, HeldOut11, HeldOut12, HeldOut13, HeldOut14, HeldOut15, HeldOut16, HeldOut17 }

/// <summary>A generated feed item: HTML, the article paragraphs it wraps, the boilerplate planted around them.</summary>
internal sealed record LabelledItem(string Html, Uri ItemUrl, IReadOnlyList<string> Article, IReadOnlyList<PlantedBlock> Planted,
    string? PlantedOriginalUrl, IReadOnlyList<string> PlantedUrls);

/// <summary>
/// Wraps real article texts in boilerplate of the kinds publishers, WordPress plugins and re-posters add, in many
/// phrasings and languages and HTML shapes. Every family has phrasings marked held out: they were written apart
/// from the built-in rules (other wordings, other languages) and are never used to tune them, so the figures on
/// them say how the rules generalise.
/// </summary>
internal sealed class BoilerplateGenerator(Random random, PhraseSet set, bool oneTemplate = false)
{
    // With oneTemplate, like a real feed: each kind of boilerplate always in the same words.
    private readonly Dictionary<string, (string, string)> _template = new(StringComparer.Ordinal);
    private List<string>? _families;

    // {t} article title, {s} site name, {n} social network. Dev phrasings first, then "|" and held-out ones.
    private static readonly Dictionary<string, (string[] Dev, string[] HeldOut)> Phrasings = new()
    {
        ["appeared-first-on"] = (
            ["The post {t} appeared first on {s}.", "Der Beitrag {t} erschien zuerst auf {s}.", "L’article {t} est apparu en premier sur {s}.",
             "La entrada {t} se publicó primero en {s}.", "O post {t} apareceu primeiro em {s}.", "Het bericht {t} verscheen eerst op {s}.",
             "Запись {t} впервые появилась на {s}.", "The article {t} was first published on {s}.", "L'articolo {t} sembra essere il primo su {s}."],
            ["{t} was originally posted on {s}.", "Il post {t} è comparso per la prima volta su {s}.", "Artikel {t} pertama kali muncul di {s}.",
             "Příspěvek {t} se poprvé objevil na {s}.", "A(z) {t} bejegyzés először a(z) {s} oldalon jelent meg.", "Wpis {t} pojawił się najpierw na {s}.",
             "This story ({t}) ran first on {s}."]),
        ["follow-us"] = (
            ["Please follow {s} on Google News", "Follow us on {n} for the latest updates", "Folgen Sie uns auf {n}", "Suivez-nous sur {n}",
             "Síguenos en {n}", "Seguici su {n}", "Join our {n} channel", "Like us on {n}", "Volg ons op {n}"],
            ["Stay in the loop: find {s} on {n}", "Never miss a story, add {s} to your {n} feed", "Sledujte nás na {n}",
             "Kövess minket a {n} oldalon", "Seuraa meitä: {n}", "Ikuti kami di {n}", "Connect with {s} over on {n}"]),
        ["subscribe"] = (
            ["Subscribe to our newsletter", "Sign up for the {s} newsletter to get the best stories in your inbox.",
             "Get the latest news delivered to your inbox.", "Abonnieren Sie unseren Newsletter", "Abonnez-vous à notre newsletter",
             "Suscríbete a nuestro boletín", "Iscriviti alla nostra newsletter", "Enjoyed this article? Subscribe for more."],
            ["Want more stories like this? Our weekly digest lands every Friday.", "Don't miss out: get the {s} morning briefing by email",
             "Přihlaste se k odběru newsletteru", "Iratkozzon fel hírlevelünkre", "Tilaa uutiskirjeemme", "Dapatkan berita terbaru langsung di email Anda"]),
        ["share"] = (
            ["Share this:", "Share on Facebook Twitter Email", "Share this article", "Teilen: Facebook Twitter", "Partager : Facebook Twitter",
             "Compartir: Facebook Twitter WhatsApp", "Click to share on Twitter (Opens in new window)"],
            ["Spread the word: Facebook · X · LinkedIn", "Sdílejte: Facebook Twitter", "Jaa: Facebook Twitter", "Oszd meg: Facebook",
             "Pass it on"]),
        ["read-more"] = (
            ["[Read More]", "Continue reading →", "Read more", "Read the full article", "Weiterlesen", "Lire la suite", "Leer más",
             "Continua a leggere", "Leia mais", "Читать далее", "Continue reading {t}"],
            ["Click here to read the rest", "Full story at {s} »", "View the complete article on {s}", "Číst dále", "Tovább olvasom",
             "Lue lisää", "Baca selengkapnya", "The rest of this story is on {s}"]),
        ["source"] = (
            ["Source: {s}", "Quelle: {s}", "Fuente: {s}", "Via: {s}", "Originally published at {s}.", "This article first appeared on {s}.",
             "Источник: {s}", "Fonte: {s}"],
            ["Forrás: {s}", "Zdroj: {s}", "Lähde: {s}", "Sumber: {s}", "Taken from {s} with permission", "Reproduced courtesy of {s}",
             "Nguồn: {s}"]),
        ["comments-closed"] = (
            ["Comments are closed.", "Comments are closed. Please check back later.", "Leave a comment", "No comments yet",
             "Kommentare sind geschlossen.", "Les commentaires sont fermés.", "Los comentarios están cerrados."],
            ["Commenting has been disabled for this article.", "Discussion is closed for this post.", "Komentáře jsou uzavřeny.",
             "A hozzászólások le vannak zárva.", "Kommentointi on suljettu."]),
        ["related"] = (
            ["Related posts:", "You may also like", "Read also:", "Lesen Sie auch:", "À lire aussi", "Artículos relacionados", "Leggi anche:"],
            ["More stories you'll love", "Don't miss", "Související články", "Kapcsolódó cikkek", "Lue myös:", "Baca juga:"]),
        ["separator"] = (["—–", "***", "* * *", "———", "• • •", "-----"], ["~ ~ ~", "═══", "-=-=-=-", "◆ ◆ ◆"]),
        ["advertisement"] = (["Advertisement", "Anzeige", "Publicité", "Sponsored"], ["Reklama", "Hirdetés", "Mainos", "ADVERTISEMENT - SCROLL TO CONTINUE"]),
    };

    private static readonly string[] Networks = ["Facebook", "Twitter", "Telegram", "Instagram", "LinkedIn", "WhatsApp", "Google News", "YouTube"];
    private static readonly string[] NetworkHosts = ["facebook.com", "twitter.com", "t.me", "instagram.com", "linkedin.com", "whatsapp.com", "news.google.com", "youtube.com"];
    private static readonly string[] Sites = ["BLiTZ", "The Morning Ledger", "Tagesblatt", "Le Petit Journal", "El Diario Sur", "Zprávy Dnes", "Uutiset24", "Kabar Kita"];
    private static readonly string[] Families = [.. Phrasings.Keys];
    private static readonly string[] Families2 = [.. HeldOutPhrasings.Phrasings.Keys];
    private static readonly string[] Families3 = [.. HeldOutPhrasings3.Phrasings.Keys];
    private static readonly string[] Families4 = [.. HeldOutPhrasings4.Phrasings.Keys];
    private static readonly string[] Families5 = [.. HeldOutPhrasings5.Phrasings.Keys];
    private static readonly string[] Families6 = [.. HeldOutPhrasings6.Phrasings.Keys];
    private static readonly string[] Families7 = [.. HeldOutPhrasings7.Phrasings.Keys];
    private static readonly string[] Families8 = [.. HeldOutPhrasings8.Phrasings.Keys];
    private static readonly string[] Families9 = [.. HeldOutPhrasings9.Phrasings.Keys];
    private static readonly string[] Families10 = [.. HeldOutPhrasings10.Phrasings.Keys];
    private static readonly string[] Families11 = [.. HeldOutPhrasings11.Phrasings.Keys];
    private static readonly string[] Families12 = [.. HeldOutPhrasings12.Phrasings.Keys];
    private static readonly string[] Families13 = [.. HeldOutPhrasings13.Phrasings.Keys];
    private static readonly string[] Families14 = [.. HeldOutPhrasings14.Phrasings.Keys];
    private static readonly string[] Families15 = [.. HeldOutPhrasings15.Phrasings.Keys];
    private static readonly string[] Families16 = [.. HeldOutPhrasings16.Phrasings.Keys];
    private static readonly string[] Families17 = [.. HeldOutPhrasings17.Phrasings.Keys];

    public LabelledItem Wrap(int index, IReadOnlyList<string> paragraphs, IReadOnlyList<string> otherTitles,
        string? feedSite = null, IReadOnlyList<string>? houseLines = null)
    {
        var site = feedSite ?? Pick(Sites);
        var host = site.ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal) + ".example";
        var title = Title(paragraphs[0]);
        var originalUrl = $"https://{host}/2025/03/{index:D3}/{Slug(title)}/";
        var itemUrl = new Uri($"https://aggregator.example/news/{index}/");
        var planted = new List<PlantedBlock>();
        var plantedUrls = new List<string>();
        string? plantedOriginal = null;

        var head = new List<string>();
        var tail = new List<string>();
        var middle = new List<string>();
        var families = set switch { PhraseSet.HeldOut2 => Families2, PhraseSet.HeldOut3 => Families3, PhraseSet.HeldOut4 => Families4, PhraseSet.HeldOut5 => Families5, PhraseSet.HeldOut6 => Families6, PhraseSet.HeldOut7 => Families7, PhraseSet.HeldOut8 => Families8, PhraseSet.HeldOut9 => Families9, PhraseSet.HeldOut10 => Families10, PhraseSet.HeldOut11 => Families11, PhraseSet.HeldOut12 => Families12, PhraseSet.HeldOut13 => Families13, PhraseSet.HeldOut14 => Families14, PhraseSet.HeldOut15 => Families15, PhraseSet.HeldOut16 => Families16, PhraseSet.HeldOut17 => Families17, _ => Families };
        _families ??= oneTemplate ? [.. families.OrderBy(_ => random.Next()).Take(random.Next(2, 7))] : null;
        foreach (var family in _families ?? families.OrderBy(_ => random.Next()).Take(random.Next(2, 7)))
        {
            var (phrasing, group) = Phrase(family);
            var tags = family == "tags" ? TagsOf(title) : [];
            var text = phrasing.Replace("{t}", title, StringComparison.Ordinal).Replace("{s}", site, StringComparison.Ordinal)
                .Replace("{n}", Pick(Networks), StringComparison.Ordinal).Replace("{k}", string.Join(", ", tags), StringComparison.Ordinal)
                .Replace("{#}", string.Join(' ', tags.Select(k => "#" + k)), StringComparison.Ordinal)
                .Replace("{h}", "@" + Slug(site).Replace("-", "", StringComparison.Ordinal), StringComparison.Ordinal);
            var related = family == "related" ? otherTitles.OrderBy(_ => random.Next()).Take(3).ToList() : [];
            planted.Add(new PlantedBlock(family, group, string.Join('\n', related.Prepend(text))));
            var html = RenderOfSet(set, family, text, title, site, host, originalUrl, related, tags) ?? Render(family, text, title, site, host, originalUrl, related, tags);
            if (family is "appeared-first-on" or "read-more" or "source" && html.Contains(originalUrl, StringComparison.Ordinal))
                plantedOriginal ??= originalUrl;
            // Where each kind sits: re-posters' lines at the end (some at the top), ads and related lists anywhere.
            var where = family switch
            {
                "advertisement" or "related" or "follow-us" or "subscribe" or "support" => random.Next(3),
                "source" => random.Next(4) == 0 ? 0 : 2,
                "share" => random.Next(4) == 0 ? 0 : 2,
                "listen" => 0,
                "reading-time" => 0, // a byline's meta line, above the text
                "paywall" => 2, // where the free part of the text stops
                "image-credit" => random.Next(3) == 0 ? 2 : 0,
                "affiliate" => random.Next(2) == 0 ? 0 : 2,
                _ => 2,
            };
            (where == 0 ? head : where == 1 ? middle : tail).Add(html);
        }

        var body = new StringBuilder();
        var shape = random.Next(4); // 0,1: <p> paragraphs; 2: wrapped in a div; 3: top-level text with <br><br>
        if (shape == 2)
            body.Append("<div class=\"entry-content\">");
        foreach (var block in head)
            body.Append(block).Append('\n');
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var paragraph = ArticleParagraph(paragraphs[i], i == 0 && random.Next(3) == 0, plantedUrls, planted);
            if (shape == 3)
                body.Append(paragraph).Append("<br><br>\n");
            else if (paragraphs[i].Length < 70 && !paragraphs[i].EndsWith('.') && random.Next(2) == 0)
                body.Append("<h3>").Append(paragraph).Append("</h3>\n");
            else
                body.Append("<p>").Append(paragraph).Append("</p>\n");
            if (i == paragraphs.Count / 2)
            {
                foreach (var block in middle)
                    body.Append(block).Append('\n');
                if (random.Next(3) == 0)
                    body.Append(random.Next(2) == 0 ? "<p>&nbsp;</p>\n" : "<p></p>\n<div><br></div>\n");
            }
        }
        foreach (var line in houseLines ?? [])
        {
            planted.Add(new PlantedBlock("house", "dev", line));
            tail.Insert(random.Next(tail.Count + 1), Wrap(WebUtility.HtmlEncode(line)));
        }
        foreach (var block in tail)
        {
            // Some re-posters append their lines to the last paragraph after a line break.
            // (The fourth to ninth sets' block containers are not put inside a paragraph.)
            if (shape != 3 && !block.StartsWith("<h", StringComparison.Ordinal) && !block.StartsWith("<ul", StringComparison.Ordinal)
                && (set < PhraseSet.HeldOut4 || InlineOnly(StripWrapper(block))) && random.Next(5) == 0
                && body.ToString().EndsWith("</p>\n", StringComparison.Ordinal))
            {
                body.Length -= "</p>\n".Length;
                body.Append("<br>").Append(StripWrapper(block)).Append("</p>\n");
                continue;
            }
            body.Append(block).Append('\n');
        }
        if (random.Next(2) == 0)
            body.Append(random.Next(2) == 0
                ? $"<img src=\"https://pixel.wp.com/g.gif?blog={index}&post={index}\" width=\"1\" height=\"1\" alt=\"\">"
                : $"<img src=\"https://stats.{host}/t.gif?i={index}\" width=\"1\" height=\"1\" style=\"display:none\">");
        if (shape == 2)
            body.Append("</div>");
        return new LabelledItem(body.ToString(), itemUrl, paragraphs, planted, plantedOriginal, plantedUrls);
    }

    // A feed's own recurring lines, in phrasings no built-in rule was written from: what learning must catch.
    private static readonly string[] HouseLines =
    [
        "{s} is reader-supported. When you buy through links on our site, we may earn an affiliate commission.",
        "Opinions expressed by contributors are their own.",
        "Photos: {s} archive",
        "Tips? Write to the {s} newsroom at tips@{h}",
        "Hören Sie auch unseren Podcast „Der Morgen“ – jeden Werktag ab 6 Uhr.",
        "{s} est un média indépendant, financé par ses lecteurs.",
        "Tekst: redakcja {s}",
        "Tämä juttu on osa {s} -sarjaa.",
        "Copyright © 2025 {s}. All rights reserved.",
        "Disclaimer: this is not investment advice.",
    ];

    /// <summary>A feed's house lines: the same for every item of the feed.</summary>
    public static IReadOnlyList<string> HouseLinesOf(int feed, string site) =>
        [.. Enumerable.Range(0, 1 + feed % 2).Select(i => HouseLines[(feed * 3 + i * 7) % HouseLines.Length]
            .Replace("{s}", site, StringComparison.Ordinal).Replace("{h}", site.ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal) + ".example", StringComparison.Ordinal))];

    public static string SiteOf(int feed) => Sites[feed % Sites.Length];

    private (string Text, string Group) Phrase(string family)
    {
        (string, string) phrase;
        switch (set)
        {
            case PhraseSet.HeldOut17:
                var (listed17, unlisted17) = HeldOutPhrasings17.Phrasings[family];
                phrase = FromGroups((listed17, HeldOutPhrasings17.ListedGroup), (unlisted17, HeldOutPhrasings17.UnlistedGroup));
                break;
            case PhraseSet.HeldOut16:
                var (listed16, unlisted16) = HeldOutPhrasings16.Phrasings[family];
                phrase = FromGroups((listed16, HeldOutPhrasings16.ListedGroup), (unlisted16, HeldOutPhrasings16.UnlistedGroup));
                break;
            case PhraseSet.HeldOut15:
                var (listed15, unlisted15) = HeldOutPhrasings15.Phrasings[family];
                phrase = FromGroups((listed15, HeldOutPhrasings15.ListedGroup), (unlisted15, HeldOutPhrasings15.UnlistedGroup));
                break;
            case PhraseSet.HeldOut14:
                var (listed14, unlisted14) = HeldOutPhrasings14.Phrasings[family];
                phrase = FromGroups((listed14, HeldOutPhrasings14.ListedGroup), (unlisted14, HeldOutPhrasings14.UnlistedGroup));
                break;
            case PhraseSet.HeldOut13:
                var (listed13, unlisted13) = HeldOutPhrasings13.Phrasings[family];
                phrase = FromGroups((listed13, HeldOutPhrasings13.ListedGroup), (unlisted13, HeldOutPhrasings13.UnlistedGroup));
                break;
            case PhraseSet.HeldOut12:
                var (listed12, unlisted12) = HeldOutPhrasings12.Phrasings[family];
                phrase = FromGroups((listed12, HeldOutPhrasings12.ListedGroup), (unlisted12, HeldOutPhrasings12.UnlistedGroup));
                break;
            case PhraseSet.HeldOut11:
                var (listed11, unlisted11) = HeldOutPhrasings11.Phrasings[family];
                phrase = FromGroups((listed11, HeldOutPhrasings11.ListedGroup), (unlisted11, HeldOutPhrasings11.UnlistedGroup));
                break;
            case PhraseSet.HeldOut10:
                var (listed10, unlisted10) = HeldOutPhrasings10.Phrasings[family];
                phrase = FromGroups((listed10, HeldOutPhrasings10.ListedGroup), (unlisted10, HeldOutPhrasings10.UnlistedGroup));
                break;
            case PhraseSet.HeldOut9:
                var (listed9, unlisted9) = HeldOutPhrasings9.Phrasings[family];
                phrase = FromGroups((listed9, HeldOutPhrasings9.ListedGroup), (unlisted9, HeldOutPhrasings9.UnlistedGroup));
                break;
            case PhraseSet.HeldOut8:
                var (listed8, unlisted8) = HeldOutPhrasings8.Phrasings[family];
                phrase = FromGroups((listed8, HeldOutPhrasings8.ListedGroup), (unlisted8, HeldOutPhrasings8.UnlistedGroup));
                break;
            case PhraseSet.HeldOut7:
                var (listed7, unlisted7) = HeldOutPhrasings7.Phrasings[family];
                phrase = FromGroups((listed7, HeldOutPhrasings7.ListedGroup), (unlisted7, HeldOutPhrasings7.UnlistedGroup));
                break;
            case PhraseSet.HeldOut6:
                var (listed6, unlisted6) = HeldOutPhrasings6.Phrasings[family];
                phrase = FromGroups((listed6, HeldOutPhrasings6.ListedGroup), (unlisted6, HeldOutPhrasings6.UnlistedGroup));
                break;
            case PhraseSet.HeldOut5:
                var (listed5, unlisted5) = HeldOutPhrasings5.Phrasings[family];
                phrase = FromGroups((listed5, HeldOutPhrasings5.ListedGroup), (unlisted5, HeldOutPhrasings5.UnlistedGroup));
                break;
            case PhraseSet.HeldOut4:
                var (listed4, newly4, unlisted4) = HeldOutPhrasings4.Phrasings[family];
                phrase = FromGroups((listed4, HeldOutPhrasings4.ListedGroup), (newly4, HeldOutPhrasings4.NewlyListedGroup), (unlisted4, HeldOutPhrasings4.UnlistedGroup));
                break;
            case PhraseSet.HeldOut3:
                var (other3, unlisted3) = HeldOutPhrasings3.Phrasings[family];
                phrase = FromGroups((other3, HeldOutPhrasings3.OtherGroup), (unlisted3, HeldOutPhrasings3.UnlistedGroup));
                break;
            case PhraseSet.HeldOut2:
                var (other2, unlisted2) = HeldOutPhrasings.Phrasings[family];
                phrase = FromGroups((other2, HeldOutPhrasings.ListedGroup), (unlisted2, HeldOutPhrasings.UnlistedGroup));
                break;
            default:
                var (dev, held) = Phrasings[family];
                phrase = set == PhraseSet.HeldOut ? (Pick(held), "held-out") : (Pick(dev), "dev");
                break;
        }
        if (oneTemplate)
            phrase = _template.TryGetValue(family, out var pinned) ? pinned : _template[family] = phrase;
        return phrase;
    }

    /// <summary>A held-out set's own shapes, then those of the sets before it down to the fourth; null where the shared rendering serves.</summary>
    private string? RenderOfSet(PhraseSet of, string family, string text, string title, string site, string host, string originalUrl,
        IReadOnlyList<string> otherTitles, IReadOnlyList<string> tags) => of switch
    {
        PhraseSet.HeldOut17 => Render17(family, text, title, site, host, originalUrl, otherTitles, tags) ?? RenderOfSet(PhraseSet.HeldOut16, family, text, title, site, host, originalUrl, otherTitles, tags),
        PhraseSet.HeldOut16 => Render16(family, text, title, site, host, originalUrl, otherTitles, tags) ?? RenderOfSet(PhraseSet.HeldOut15, family, text, title, site, host, originalUrl, otherTitles, tags),
        PhraseSet.HeldOut15 => Render15(family, text, title, site, host, originalUrl, otherTitles, tags) ?? RenderOfSet(PhraseSet.HeldOut14, family, text, title, site, host, originalUrl, otherTitles, tags),
        PhraseSet.HeldOut14 => Render14(family, text, title, site, host, originalUrl, otherTitles, tags) ?? RenderOfSet(PhraseSet.HeldOut13, family, text, title, site, host, originalUrl, otherTitles, tags),
        PhraseSet.HeldOut13 => Render13(family, text, title, site, host, originalUrl, otherTitles, tags) ?? RenderOfSet(PhraseSet.HeldOut12, family, text, title, site, host, originalUrl, otherTitles, tags),
        PhraseSet.HeldOut12 => Render12(family, text, title, site, host, originalUrl, otherTitles, tags) ?? RenderOfSet(PhraseSet.HeldOut11, family, text, title, site, host, originalUrl, otherTitles, tags),
        PhraseSet.HeldOut11 => Render11(family, text, title, site, host, originalUrl, otherTitles, tags) ?? RenderOfSet(PhraseSet.HeldOut10, family, text, title, site, host, originalUrl, otherTitles, tags),
        PhraseSet.HeldOut10 => Render10(family, text, title, site, host, originalUrl, otherTitles, tags) ?? RenderOfSet(PhraseSet.HeldOut9, family, text, title, site, host, originalUrl, otherTitles, tags),
        PhraseSet.HeldOut9 => Render9(family, text, title, site, host, originalUrl, otherTitles, tags) ?? RenderOfSet(PhraseSet.HeldOut8, family, text, title, site, host, originalUrl, otherTitles, tags),
        PhraseSet.HeldOut8 => Render8(family, text, title, site, host, originalUrl, otherTitles, tags) ?? RenderOfSet(PhraseSet.HeldOut7, family, text, title, site, host, originalUrl, otherTitles, tags),
        PhraseSet.HeldOut7 => Render7(family, text, title, site, host, originalUrl, otherTitles, tags) ?? RenderOfSet(PhraseSet.HeldOut6, family, text, title, site, host, originalUrl, otherTitles, tags),
        PhraseSet.HeldOut6 => Render6(family, text, title, site, host, originalUrl, otherTitles, tags) ?? RenderOfSet(PhraseSet.HeldOut5, family, text, title, site, host, originalUrl, otherTitles, tags),
        PhraseSet.HeldOut5 => Render5(family, text, title, site, host, originalUrl, otherTitles, tags) ?? RenderOfSet(PhraseSet.HeldOut4, family, text, title, site, host, originalUrl, otherTitles, tags),
        PhraseSet.HeldOut4 => Render4(family, text, title, site, host, originalUrl, otherTitles, tags),
        PhraseSet.HeldOut3 => Render3(family, text, title, site, host, originalUrl, otherTitles, tags),
        _ => null,
    };

    /// <summary>One phrasing drawn evenly from all the groups' lines (one draw), with the name of its group.</summary>
    private (string Text, string Group) FromGroups(params (string[] Lines, string Group)[] groups)
    {
        var index = random.Next(groups.Sum(g => g.Lines.Length));
        foreach (var (lines, group) in groups)
        {
            if (index < lines.Length)
                return (lines[index], group);
            index -= lines.Length;
        }
        throw new InvalidOperationException("a phrase group set with no lines");
    }

    /// <summary>Tag names as blogs make them: a few longer words of the title, lower case.</summary>
    private static List<string> TagsOf(string title) =>
        [.. title.Split(' ').Select(w => w.Trim(',', '.', ':', ';', '"', '“', '”').ToLowerInvariant()).Where(w => w.Length >= 4).Distinct(StringComparer.Ordinal).Take(3)];

    private string Render(string family, string text, string title, string site, string host, string originalUrl, IReadOnlyList<string> otherTitles,
        IReadOnlyList<string> tags)
    {
        var e = WebUtility.HtmlEncode(text);
        var link = $"<a href=\"{originalUrl}\">";
        var home = $"<a href=\"https://{host}/\">";
        switch (family)
        {
            case "appeared-first-on":
                e = e.Replace(WebUtility.HtmlEncode(title), link + WebUtility.HtmlEncode(title) + "</a>", StringComparison.Ordinal)
                    .Replace(WebUtility.HtmlEncode(site) + ".", home + WebUtility.HtmlEncode(site) + "</a>.", StringComparison.Ordinal);
                return Wrap(e);
            case "read-more":
                return Wrap(random.Next(4) == 0 ? e : link + e + "</a>");
            case "source":
                return Wrap(random.Next(2) == 0 ? e : e.Replace(WebUtility.HtmlEncode(site), home + WebUtility.HtmlEncode(site) + "</a>", StringComparison.Ordinal));
            case "follow-us":
                foreach (var (network, index) in Networks.Select((n, i) => (n, i)))
                {
                    if (random.Next(2) == 0 && e.Contains(network, StringComparison.Ordinal))
                        return Wrap(e.Replace(network, $"<a href=\"https://{NetworkHosts[index]}/{Slug(site)}\">{network}</a>", StringComparison.Ordinal));
                }
                return Wrap(e);
            case "share" when random.Next(2) == 0:
                return $"<div class=\"sharedaddy\"><h3>{e}</h3><ul><li><a href=\"https://www.facebook.com/sharer/sharer.php?u={Uri.EscapeDataString(originalUrl)}\">Facebook</a></li>"
                    + $"<li><a href=\"https://twitter.com/intent/tweet?url={Uri.EscapeDataString(originalUrl)}\">X</a></li><li><a href=\"mailto:?subject={Uri.EscapeDataString(title)}\">Email</a></li></ul></div>";
            case "related":
                var items = string.Concat(otherTitles.Select(t => $"<li><a href=\"https://{host}/{Slug(t)}/\">{WebUtility.HtmlEncode(t)}</a></li>"));
                return random.Next(2) == 0 ? $"<h4>{e}</h4><ul>{items}</ul>" : $"<div class=\"related\"><p><strong>{e}</strong></p><ul>{items}</ul></div>";
            case "tags":
                e = LinkTags(e, tags, tag => $"<a href=\"https://{host}/tag/{Slug(tag)}/\" rel=\"tag\">");
                return Wrap(e);
            case "support":
                return Wrap(random.Next(2) == 0 ? e : $"<a href=\"https://{host}/support/\">{e}</a>");
            default:
                return Wrap(e);
        }
    }

    // The second held-out set adds other containers and inline shapes.
    private string Wrap(string inner) => set == PhraseSet.HeldOut17 && random.Next(2) == 0 ? (random.Next(2) == 0 ? WrapSeventeenth(inner) : WrapSixteenth(inner))
        : set == PhraseSet.HeldOut16 && random.Next(2) == 0 ? (random.Next(2) == 0 ? WrapSixteenth(inner) : WrapFifteenth(inner))
        : set == PhraseSet.HeldOut15 && random.Next(2) == 0 ? (random.Next(2) == 0 ? WrapFifteenth(inner) : WrapFourteenth(inner))
        : set == PhraseSet.HeldOut14 && random.Next(2) == 0 ? (random.Next(2) == 0 ? WrapFourteenth(inner) : WrapThirteenth(inner))
        : set == PhraseSet.HeldOut13 && random.Next(2) == 0 ? (random.Next(2) == 0 ? WrapThirteenth(inner) : WrapTwelfth(inner))
        : set == PhraseSet.HeldOut12 && random.Next(2) == 0 ? (random.Next(2) == 0 ? WrapTwelfth(inner) : WrapEleventh(inner))
        : set == PhraseSet.HeldOut11 && random.Next(2) == 0 ? (random.Next(2) == 0 ? WrapEleventh(inner) : WrapTenth(inner))
        : set == PhraseSet.HeldOut10 && random.Next(2) == 0 ? (random.Next(2) == 0 ? WrapTenth(inner) : WrapNinth(inner))
        : set == PhraseSet.HeldOut9 && random.Next(2) == 0 ? (random.Next(2) == 0 ? WrapNinth(inner) : WrapEighth(inner))
        : set == PhraseSet.HeldOut8 && random.Next(2) == 0 ? (random.Next(2) == 0 ? WrapEighth(inner) : WrapSeventh(inner))
        : set == PhraseSet.HeldOut7 && random.Next(2) == 0 ? (random.Next(2) == 0 ? WrapSeventh(inner) : WrapSixth(inner))
        : set == PhraseSet.HeldOut6 && random.Next(2) == 0 ? WrapSixth(inner)
        : set == PhraseSet.HeldOut5 && random.Next(2) == 0 ? WrapFifth(inner)
        : set == PhraseSet.HeldOut4 && random.Next(2) == 0 ? WrapFourth(inner)
        : set == PhraseSet.HeldOut3 && random.Next(2) == 0 ? WrapThird(inner)
        : set == PhraseSet.HeldOut2 && random.Next(2) == 0 ? WrapOther(inner) : random.Next(7) switch
    {
        0 => $"<div>{inner}</div>",
        1 => $"<p><em>{inner}</em></p>",
        2 => $"<p><small>{inner}</small></p>",
        3 => $"<p class=\"footer-note\"><strong>{inner}</strong></p>",
        4 => $"<footer><p>{inner}</p></footer>",
        _ => $"<p>{inner}</p>",
    };

    private string WrapOther(string inner) => random.Next(7) switch
    {
        0 => $"<aside><p>{inner}</p></aside>",
        1 => $"<section class=\"cta\"><p>{inner}</p></section>",
        2 => $"<p style=\"text-align: center;\"><span style=\"font-size: 10pt;\">{inner}</span></p>",
        3 => $"<h5>{inner}</h5>",
        4 => $"<div><span>{inner}</span></div>",
        5 => $"<table><tbody><tr><td>{inner}</td></tr></tbody></table>",
        _ => $"<p><b><i>{inner}</i></b></p>",
    };

    // The third held-out set's containers: centred italics, quotes, small headings, subscripts, a rule above, a
    // one-item list, a block-editor font-size class, a figure caption, a description list.
    private string WrapThird(string inner) => random.Next(9) switch
    {
        0 => $"<div style=\"text-align:center\"><em>{inner}</em></div>",
        1 => $"<blockquote><p>{inner}</p></blockquote>",
        2 => $"<h6>{inner}</h6>",
        3 => $"<p><sub>{inner}</sub></p>",
        4 => $"<hr><p>{inner}</p>",
        5 => $"<ul><li>{inner}</li></ul>",
        6 => $"<p class=\"has-small-font-size\"><span>{inner}</span></p>",
        7 => $"<figure><figcaption>{inner}</figcaption></figure>",
        _ => $"<dl><dd>{inner}</dd></dl>",
    };

    /// <summary>The third held-out set's link shapes; null where the shared rendering serves.</summary>
    private string? Render3(string family, string text, string title, string site, string host, string originalUrl, IReadOnlyList<string> otherTitles,
        IReadOnlyList<string> tags)
    {
        var e = WebUtility.HtmlEncode(text);
        var slug = Slug(site);
        switch (family)
        {
            case "follow-us" when text.Contains('@', StringComparison.Ordinal):
                var handle = e[e.IndexOf('@', StringComparison.Ordinal)..];
                return Wrap(e.Replace(handle, $"<a href=\"https://{Pick(NetworkHosts)}/{slug}\">{handle}</a>", StringComparison.Ordinal));
            case "share" when random.Next(2) == 0:
                // Icon buttons with the network only in alt text, after the label.
                var label = e.Split(':')[0];
                return $"<p>{label} <a href=\"https://api.whatsapp.com/send?text={Uri.EscapeDataString(originalUrl)}\"><img src=\"https://{host}/icons/wa.svg\" alt=\"WhatsApp\"></a> "
                    + $"<a href=\"https://www.linkedin.com/shareArticle?mini=true&amp;url={Uri.EscapeDataString(originalUrl)}\"><img src=\"https://{host}/icons/in.svg\" alt=\"LinkedIn\"></a> "
                    + $"<a href=\"https://t.me/share/url?url={Uri.EscapeDataString(originalUrl)}\"><img src=\"https://{host}/icons/tg.svg\" alt=\"Telegram\"></a></p>";
            case "read-more" when random.Next(3) > 0:
                return Wrap($"<a href=\"{originalUrl}\">{e}</a>");
            case "source" when random.Next(2) == 0:
                return Wrap(e.Replace(WebUtility.HtmlEncode(site), $"<a href=\"{originalUrl}\">{WebUtility.HtmlEncode(site)}</a>", StringComparison.Ordinal));
            case "support":
                return random.Next(3) switch
                {
                    0 => Wrap($"<a href=\"https://www.buymeacoffee.com/{slug}\">{e}</a>"),
                    1 => $"<div class=\"wp-block-buttons\"><div class=\"wp-block-button\"><a class=\"wp-block-button__link\" href=\"https://{host}/donate/\">{e}</a></div></div>",
                    _ => Wrap(e),
                };
            case "subscribe" when random.Next(2) == 0:
                return $"<div class=\"wp-block-buttons\"><div class=\"wp-block-button\"><a class=\"wp-block-button__link\" href=\"https://{slug}.substack.com/subscribe\">{e}</a></div></div>";
            case "tags" when text.StartsWith('#'):
                foreach (var tag in tags)
                    e = e.Replace("#" + WebUtility.HtmlEncode(tag), $"<a href=\"https://{Pick(NetworkHosts)}/hashtag/{Slug(tag)}\">#{WebUtility.HtmlEncode(tag)}</a>", StringComparison.Ordinal);
                return Wrap(e);
            case "affiliate" when random.Next(2) == 0:
                return Wrap(e + $" <a href=\"https://{host}/disclosure/\">(?)</a>");
            case "image-credit" when random.Next(2) == 0:
                return $"<figure><img src=\"https://{host}/media/{Slug(title)}.jpg\" alt=\"\"><figcaption>{e}</figcaption></figure>";
            case "listen" when random.Next(2) == 0:
                return Wrap($"<a href=\"https://{host}/audio/{Slug(title)}.mp3\">{e}</a>");
            case "related" when random.Next(2) == 0:
                var items = string.Concat(otherTitles.Select(t => $"<p>→ <a href=\"https://{host}/{Slug(t)}/\">{WebUtility.HtmlEncode(t)}</a></p>"));
                return $"<h6>{e}</h6>{items}";
            default:
                return null;
        }
    }

    // The fourth held-out set's containers: a block-editor group, a muted span in a div, an inline-colour mark, grey
    // italics from a classic editor, a callout box, a paragraph with dir="auto", an old font tag, right-aligned small print.
    private string WrapFourth(string inner) => random.Next(8) switch
    {
        0 => $"<div class=\"wp-block-group\"><div class=\"wp-block-group__inner-container\"><p>{inner}</p></div></div>",
        1 => $"<div class=\"post-note\"><span class=\"text-muted\">{inner}</span></div>",
        2 => $"<p><mark style=\"background-color:rgba(0, 0, 0, 0)\" class=\"has-inline-color has-cyan-bluish-gray-color\">{inner}</mark></p>",
        3 => $"<p><span style=\"color: #808080;\"><em>{inner}</em></span></p>",
        4 => $"<div class=\"callout\"><p>{inner}</p></div>",
        5 => $"<p dir=\"auto\">{inner}</p>",
        6 => $"<p><font size=\"2\">{inner}</font></p>",
        _ => $"<p class=\"has-text-align-right\"><em><small>{inner}</small></em></p>",
    };

    /// <summary>The fourth held-out set's shapes; null where the shared rendering serves.</summary>
    private string? Render4(string family, string text, string title, string site, string host, string originalUrl, IReadOnlyList<string> otherTitles,
        IReadOnlyList<string> tags)
    {
        var e = WebUtility.HtmlEncode(text);
        var slug = Slug(site);
        var colon = LabelEnd(text);
        switch (family)
        {
            case "source" or "tags" or "image-credit" or "share" or "reading-time" when colon > 0 && random.Next(2) == 0:
                // A bold label, then the text: <p><strong>Label:</strong> text</p>.
                return $"<p><strong>{WebUtility.HtmlEncode(text[..(colon + 1)])}</strong> {WebUtility.HtmlEncode(text[(colon + 1)..].TrimStart())}</p>";
            case "reading-time" when random.Next(2) == 0:
                return $"<div class=\"entry-meta\"><span class=\"reading-time\">{e}</span></div>";
            case "related" when random.Next(2) == 0:
                var items = string.Concat(otherTitles.Select(t => $"<li><a href=\"https://{host}/{Slug(t)}/\">{WebUtility.HtmlEncode(t)}</a></li>"));
                return random.Next(2) == 0 ? $"<details><summary>{e}</summary><ul>{items}</ul></details>"
                    : $"<div class=\"wp-block-group\"><div class=\"wp-block-group__inner-container\"><p><strong>{e}</strong></p><ul>{items}</ul></div></div>";
            case "subscribe" or "support" or "paywall" or "read-more" or "follow-us" when random.Next(3) == 0:
                // A link styled as a button.
                var href = family switch
                {
                    "read-more" => originalUrl,
                    "follow-us" => $"https://t.me/{slug}",
                    "support" => $"https://www.patreon.com/{slug}",
                    "paywall" => $"https://{host}/account/login/?redirect={Uri.EscapeDataString(originalUrl)}",
                    _ => $"https://{host}/newsletter/",
                };
                return $"<p><a class=\"button btn-primary\" role=\"button\" href=\"{href}\">{e}</a></p>";
            case "paywall" when random.Next(2) == 0:
                return $"<div class=\"paywall-notice\"><p>{e}</p></div>";
            case "affiliate" when random.Next(3) == 0:
                return $"<details><summary>{e}</summary></details>";
            case "listen" when random.Next(2) == 0:
                return $"<div class=\"audio-player\"><audio controls preload=\"none\" src=\"https://{host}/audio/{Slug(title)}.mp3\"></audio><span class=\"audio-label\">{e}</span></div>";
            case "image-credit" when random.Next(2) == 0:
                return $"<p><img src=\"https://{host}/media/{Slug(title)}.jpg\" alt=\"\"><br><span class=\"wp-caption-text\">{e}</span></p>";
            default:
                return null;
        }
    }

    // The fifth held-out set's containers: a page-builder widget, a centred grey small-print line, an old centre tag,
    // a WordPress block heading, a theme's post-footer note, a bordered inline-styled box, italic bold in a span.
    private string WrapFifth(string inner) => random.Next(7) switch
    {
        0 => $"<div class=\"elementor-widget-container\"><p>{inner}</p></div>",
        1 => $"<p style=\"text-align: center; color: #999999; font-size: 12px;\">{inner}</p>",
        2 => $"<center>{inner}</center>",
        3 => $"<h4 class=\"wp-block-heading\">{inner}</h4>",
        4 => $"<div class=\"post-footer\"><p><small><em>{inner}</em></small></p></div>",
        5 => $"<div style=\"border: 1px solid #ddd; padding: 10px;\"><span>{inner}</span></div>",
        _ => $"<p><span class=\"note\"><strong><em>{inner}</em></strong></span></p>",
    };

    /// <summary>The fifth held-out set's shapes; null where the fourth set's or the shared rendering serves.</summary>
    private string? Render5(string family, string text, string title, string site, string host, string originalUrl, IReadOnlyList<string> otherTitles,
        IReadOnlyList<string> tags)
    {
        var e = WebUtility.HtmlEncode(text);
        var slug = Slug(site);
        switch (family)
        {
            case "related" when random.Next(2) == 0:
                // A theme's related-posts nav with a numbered list.
                var items = string.Concat(otherTitles.Select(t => $"<li><a href=\"https://{host}/{Slug(t)}/\">{WebUtility.HtmlEncode(t)}</a></li>"));
                return $"<nav class=\"related-posts\" aria-label=\"{e}\"><h2 class=\"related-title\">{e}</h2><ol>{items}</ol></nav>";
            case "read-more" when random.Next(2) == 0:
                // WordPress's more link with the title for screen readers.
                return $"<p class=\"more-link-wrap\"><a href=\"{originalUrl}\" class=\"more-link\">{e}<span class=\"screen-reader-text\"> “{WebUtility.HtmlEncode(title)}”</span></a></p>";
            case "subscribe" when random.Next(2) == 0:
                // An embedded sign-up form: the call, an email field, a submit button.
                return $"<form class=\"newsletter-form\" action=\"https://{host}/subscribe\" method=\"post\"><p><label for=\"nl-email\">{e}</label></p>"
                    + "<p><input type=\"email\" id=\"nl-email\" name=\"email\" placeholder=\"you@example.com\"> <input type=\"submit\" value=\"OK\"></p></form>";
            case "advertisement" when random.Next(2) == 0:
                // An ad slot: its label and an empty AdSense unit.
                return $"<div class=\"ad-slot\"><span class=\"ad-label\">{e}</span><ins class=\"adsbygoogle\" style=\"display:block\" data-ad-client=\"ca-pub-1234567890\" data-ad-slot=\"42\"></ins></div>";
            case "comments-closed" when random.Next(2) == 0:
                return random.Next(2) == 0 ? $"<p class=\"nocomments\">{e}</p>"
                    : $"<div id=\"respond\" class=\"comment-respond\"><h3 id=\"reply-title\" class=\"comment-reply-title\">{e}</h3></div>";
            case "tags" when random.Next(2) == 0:
                e = LinkTags(e, tags, tag => $"<a href=\"https://{host}/tag/{Slug(tag)}/\" rel=\"tag\">");
                return $"<div class=\"post-tags\"><span class=\"tags-links\">{e}</span></div>";
            case "source" when random.Next(2) == 0:
                return $"<p class=\"source\"><cite>{e.Replace(WebUtility.HtmlEncode(site), $"<a href=\"https://{host}/\">{WebUtility.HtmlEncode(site)}</a>", StringComparison.Ordinal)}</cite></p>";
            case "support" when random.Next(2) == 0:
                return $"<aside class=\"donate-box\"><a href=\"https://ko-fi.com/{slug}\">{e}</a></aside>";
            case "reading-time" when random.Next(2) == 0:
                // A reading-time plugin's nested spans.
                return $"<p><span class=\"span-reading-time rt-reading-time\" style=\"display: block;\"><span class=\"rt-label rt-prefix\">{e}</span></span></p>";
            case "listen" when random.Next(2) == 0:
                return $"<div class=\"tts-player\"><button type=\"button\" aria-label=\"play\">▶</button> <span class=\"tts-label\">{e}</span></div>";
            case "paywall" when random.Next(2) == 0:
                return $"<section class=\"piano-offer\"><p><strong>{e}</strong></p></section>";
            case "affiliate" when random.Next(2) == 0:
                return $"<div class=\"affiliate-disclosure\" role=\"note\"><p><em>{e}</em></p></div>";
            case "image-credit" when random.Next(2) == 0:
                return $"<div class=\"wp-caption aligncenter\"><img src=\"https://{host}/media/{Slug(title)}.jpg\" alt=\"\" width=\"800\" height=\"450\"><p class=\"wp-caption-text\">{e}</p></div>";
            default:
                return null;
        }
    }

    // The sixth held-out set's containers: a block-editor paragraph on a tinted background, a Bootstrap alert, tiny
    // grey text from a classic editor, a theme's entry-footer meta span, plain italics, a nested box, red bold text,
    // a block-editor heading with a font-size class.
    private string WrapSixth(string inner) => random.Next(8) switch
    {
        0 => $"<p class=\"has-text-align-center has-background\" style=\"background-color:#f5f5f5\">{inner}</p>",
        1 => $"<div class=\"alert alert-info\" role=\"alert\">{inner}</div>",
        2 => $"<p><span style=\"font-size: 8pt; color: #888888;\">{inner}</span></p>",
        3 => $"<div class=\"entry-footer\"><span class=\"meta\">{inner}</span></div>",
        4 => $"<p><i>{inner}</i></p>",
        5 => $"<div class=\"box\"><div class=\"box-inner\"><p>{inner}</p></div></div>",
        6 => $"<p><strong><span style=\"color: #ff0000;\">{inner}</span></strong></p>",
        _ => $"<h3 class=\"wp-block-heading has-medium-font-size\"><strong>{inner}</strong></h3>",
    };

    /// <summary>The sixth held-out set's shapes; null where the fifth, fourth or shared rendering serves.</summary>
    private string? Render6(string family, string text, string title, string site, string host, string originalUrl, IReadOnlyList<string> otherTitles,
        IReadOnlyList<string> tags)
    {
        var e = WebUtility.HtmlEncode(text);
        var slug = Slug(site);
        var url = Uri.EscapeDataString(originalUrl);
        switch (family)
        {
            case "share" when random.Next(2) == 0:
                // AddToAny: a header and icon-only buttons.
                return $"<div class=\"addtoany_share_save_container addtoany_content\"><div class=\"addtoany_header\">{e}</div><div class=\"a2a_kit a2a_kit_size_32 addtoany_list\">"
                    + $"<a class=\"a2a_button_facebook\" href=\"https://www.addtoany.com/add_to/facebook?linkurl={url}\" title=\"Facebook\" rel=\"nofollow noopener\" target=\"_blank\"></a>"
                    + $"<a class=\"a2a_button_x\" href=\"https://www.addtoany.com/add_to/x?linkurl={url}\" title=\"X\" rel=\"nofollow noopener\" target=\"_blank\"></a>"
                    + $"<a class=\"a2a_button_whatsapp\" href=\"https://www.addtoany.com/add_to/whatsapp?linkurl={url}\" title=\"WhatsApp\" rel=\"nofollow noopener\" target=\"_blank\"></a></div></div>";
            case "follow-us" when random.Next(2) == 0:
                // The call, then icon links with the network only in aria-label.
                return $"<div class=\"social-follow\"><p>{e}</p><ul class=\"social-icons\"><li><a href=\"https://t.me/{slug}\" aria-label=\"Telegram\"><i class=\"fab fa-telegram\"></i></a></li>"
                    + $"<li><a href=\"https://www.instagram.com/{slug}/\" aria-label=\"Instagram\"><i class=\"fab fa-instagram\"></i></a></li></ul></div>";
            case "related" when random.Next(2) == 0:
                // Jetpack's related posts.
                var posts = string.Concat(otherTitles.Select(t => $"<div class=\"jp-relatedposts-post\"><h4 class=\"jp-relatedposts-post-title\"><a href=\"https://{host}/{Slug(t)}/\">{WebUtility.HtmlEncode(t)}</a></h4></div>"));
                return $"<div id=\"jp-relatedposts\" class=\"jp-relatedposts\"><h3 class=\"jp-relatedposts-headline\"><em>{e}</em></h3><div class=\"jp-relatedposts-items\">{posts}</div></div>";
            case "subscribe" when random.Next(2) == 0:
                // A Mailchimp embed: the heading, an email field, a submit button.
                return $"<div id=\"mc_embed_signup\"><form action=\"https://{slug}.us1.list-manage.com/subscribe/post?u=1a2b3c&amp;id=4d5e6f\" method=\"post\" target=\"_blank\"><h2>{e}</h2>"
                    + "<input type=\"email\" name=\"EMAIL\" class=\"email\" placeholder=\"Email address\" required> <input type=\"submit\" value=\"Subscribe\" name=\"subscribe\" class=\"button\"></form></div>";
            case "image-credit" when random.Next(2) == 0:
                return $"<div class=\"featured-image\"><img src=\"https://{host}/media/{Slug(title)}-1200x675.jpg\" alt=\"\" loading=\"lazy\"><span class=\"image-credit\">{e}</span></div>";
            case "listen" when random.Next(2) == 0:
                return $"<figure class=\"wp-block-audio\"><audio controls src=\"https://{host}/audio/{Slug(title)}.mp3\"></audio><figcaption class=\"wp-element-caption\">{e}</figcaption></figure>";
            case "reading-time" when random.Next(2) == 0:
                return $"<div class=\"post-meta\"><span class=\"meta-item read-time\"><i class=\"icon-clock\"></i> {e}</span></div>";
            case "paywall" when random.Next(2) == 0:
                // MemberPress's unauthorised message.
                return $"<div class=\"mepr-unauthorized-message\"><p>{e}</p></div>";
            case "affiliate" when random.Next(2) == 0:
                return $"<div class=\"wp-block-group affiliate-note\"><p><sup>*</sup> {e}</p></div>";
            case "advertisement" when random.Next(2) == 0:
                // Ad Inserter: a label above an empty ad block.
                return $"<div class=\"code-block code-block-2\" style=\"margin: 8px auto; text-align: center;\"><span class=\"ai-label\">{e}</span><div class=\"ai-ad\"></div></div>";
            case "tags" when random.Next(2) == 0:
                e = LinkTags(e, tags, tag => $"<a href=\"https://{host}/tag/{Slug(tag)}/\" rel=\"tag\">");
                return $"<p class=\"post-tags\"><i class=\"fa fa-tags\"></i> {e}</p>";
            case "comments-closed" when random.Next(2) == 0:
                return $"<div id=\"comments\" class=\"comments-area\"><p class=\"no-comments\">{e}</p></div>";
            case "support" when random.Next(2) == 0:
                return $"<p class=\"liberapay\"><a href=\"https://liberapay.com/{slug}/donate\" rel=\"noopener\">{e}</a></p>";
            case "read-more" when random.Next(2) == 0:
                return $"<p><a href=\"{originalUrl}\" class=\"read-more-button\" target=\"_blank\" rel=\"noopener\">{e} <span aria-hidden=\"true\">→</span></a></p>";
            case "source" when random.Next(2) == 0:
                // The site name linked to the original article.
                return $"<p><span class=\"source-label\">{e.Replace(WebUtility.HtmlEncode(site), $"<a href=\"{originalUrl}\" rel=\"nofollow\">{WebUtility.HtmlEncode(site)}</a>", StringComparison.Ordinal)}</span></p>";
            default:
                return null;
        }
    }

    // The seventh held-out set's containers: a block-editor group with an inner container, a small-font block
    // paragraph, a plain quote block, a right-to-left-aware paragraph as Telegram and Medium exports write it, light grey
    // italics, an old centre tag, a callout box.
    private string WrapSeventh(string inner) => random.Next(7) switch
    {
        0 => $"<div class=\"wp-block-group is-layout-flow\"><div class=\"wp-block-group__inner-container\"><p>{inner}</p></div></div>",
        1 => $"<p class=\"has-small-font-size\">{inner}</p>",
        2 => $"<blockquote class=\"wp-block-quote\"><p>{inner}</p></blockquote>",
        3 => $"<p dir=\"auto\">{inner}</p>",
        4 => $"<p><span style=\"color: #999999;\"><em>{inner}</em></span></p>",
        5 => $"<center>{inner}</center>",
        _ => $"<div class=\"callout callout-note\"><p>{inner}</p></div>",
    };

    /// <summary>The seventh held-out set's shapes; null where the sixth, fifth, fourth or shared rendering serves.</summary>
    private string? Render7(string family, string text, string title, string site, string host, string originalUrl, IReadOnlyList<string> otherTitles,
        IReadOnlyList<string> tags)
    {
        var e = WebUtility.HtmlEncode(text);
        var url = Uri.EscapeDataString(originalUrl);
        switch (family)
        {
            case "share" when random.Next(3) == 0:
                // Social Warfare: a label and buttons carrying counts.
                return $"<div class=\"swp_social_panel swp_horizontal_panel\"><span class=\"swp_share_label\">{e}</span>"
                    + $"<div class=\"nc_tweetContainer swp_share_button swp_facebook\"><a class=\"nc_tweet\" rel=\"nofollow noreferrer noopener\" target=\"_blank\" href=\"https://www.facebook.com/share.php?u={url}\"><span class=\"swp_count\">12</span></a></div>"
                    + $"<div class=\"nc_tweetContainer swp_share_button swp_linkedin\"><a class=\"nc_tweet\" rel=\"nofollow noreferrer noopener\" target=\"_blank\" href=\"https://www.linkedin.com/cws/share?url={url}\"><span class=\"swp_count swp_hide\"></span></a></div></div>";
            case "related" when random.Next(3) == 0:
                // YARPP: a heading and an ordered list.
                var items = string.Concat(otherTitles.Select(t => $"<li><a href=\"https://{host}/{Slug(t)}/\" rel=\"bookmark\" title=\"{WebUtility.HtmlEncode(t)}\">{WebUtility.HtmlEncode(t)}</a></li>"));
                return $"<div class=\"yarpp yarpp-related yarpp-template-list\"><h3>{e}</h3><ol>{items}</ol></div>";
            case "paywall" when random.Next(3) == 0:
                // Paid Memberships Pro's message.
                return $"<div class=\"pmpro\"><div class=\"pmpro_card pmpro_content_message\"><div class=\"pmpro_card_content\"><p>{e}</p></div></div></div>";
            case "affiliate" when random.Next(3) == 0:
                return $"<aside class=\"affiliate-disclosure\" role=\"note\"><p>{e}</p></aside>";
            case "comments-closed" when random.Next(3) == 0:
                // A classic theme's note under the post.
                return $"<p class=\"nocomments\">{e}</p>";
            case "image-credit" when random.Next(3) == 0:
                return $"<figure class=\"wp-block-image size-large\"><img src=\"https://{host}/wp-content/uploads/2025/03/{Slug(title)}.webp\" alt=\"\" decoding=\"async\"><figcaption class=\"wp-element-caption\"><em>{e}</em></figcaption></figure>";
            case "tags" when random.Next(3) == 0:
                e = LinkTags(e, tags, tag => $"<a href=\"https://{host}/tag/{Slug(tag)}/\" rel=\"tag\">");
                return $"<footer class=\"entry-meta\"><span class=\"tags-links\">{e}</span></footer>";
            case "reading-time" when random.Next(3) == 0:
                // The Reading Time WP plugin's span.
                return $"<span class=\"span-reading-time rt-reading-time\" style=\"display: block;\"><span class=\"rt-time\">{e}</span></span>";
            default:
                return null;
        }
    }

    // The eighth held-out set's containers: a card-styled block-editor aside, a newsletter's presentation table, a
    // small-print quote card, an inline badge span with a data-attribute, a notice box kept out of snippets, a page
    // builder's text widget with its data-attributes, faded small text, nested divs in a section.
    private string WrapEighth(string inner) => random.Next(8) switch
    {
        0 => $"<aside class=\"wp-block-group is-style-card\"><p>{inner}</p></aside>",
        1 => $"<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr><td style=\"padding: 12px 0; font-size: 13px; color: #666666;\">{inner}</td></tr></table>",
        2 => $"<blockquote class=\"card\"><p><small>{inner}</small></p></blockquote>",
        3 => $"<p><span class=\"badge badge-note\" data-kind=\"note\">{inner}</span></p>",
        4 => $"<div class=\"notice\" data-nosnippet=\"\"><div class=\"notice__body\"><p>{inner}</p></div></div>",
        5 => $"<div class=\"elementor-element elementor-widget elementor-widget-text-editor\" data-element_type=\"widget\" data-widget_type=\"text-editor.default\"><div class=\"elementor-widget-container\">{inner}</div></div>",
        6 => $"<p style=\"font-size: 0.8em; opacity: 0.7;\">{inner}</p>",
        _ => $"<section class=\"post-extra\"><div class=\"post-extra__inner\"><div class=\"post-extra__text\"><span>{inner}</span></div></div></section>",
    };

    /// <summary>The eighth held-out set's shapes; null where the seventh, sixth, fifth, fourth or shared rendering serves.</summary>
    private string? Render8(string family, string text, string title, string site, string host, string originalUrl, IReadOnlyList<string> otherTitles,
        IReadOnlyList<string> tags)
    {
        var e = WebUtility.HtmlEncode(text);
        var slug = Slug(site);
        var url = Uri.EscapeDataString(originalUrl);
        var s = WebUtility.HtmlEncode(site);
        switch (family)
        {
            case "share" when random.Next(3) == 0:
                // Sassy Social Share: a title, then icon links; the page's address in a data-attribute.
                return $"<div class=\"heateor_sss_sharing_container heateor_sss_horizontal_sharing\" data-heateor-sss-href=\"{originalUrl}\"><div class=\"heateor_sss_sharing_title\" style=\"font-weight:bold\">{e}</div><div class=\"heateor_sss_sharing_ul\">"
                    + $"<a aria-label=\"Facebook\" class=\"heateor_sss_facebook\" href=\"https://www.facebook.com/sharer/sharer.php?u={url}\" title=\"Facebook\" rel=\"nofollow noopener\" target=\"_blank\"><span class=\"heateor_sss_svg\"></span></a>"
                    + $"<a aria-label=\"Whatsapp\" class=\"heateor_sss_whatsapp\" href=\"https://api.whatsapp.com/send?text={url}\" title=\"Whatsapp\" rel=\"nofollow noopener\" target=\"_blank\"><span class=\"heateor_sss_svg\"></span></a>"
                    + $"<a aria-label=\"Reddit\" class=\"heateor_sss_button_reddit\" href=\"https://reddit.com/submit?url={url}\" title=\"Reddit\" rel=\"nofollow noopener\" target=\"_blank\"><span class=\"heateor_sss_svg\"></span></a></div></div>";
            case "related" when random.Next(3) == 0:
                // Contextual Related Posts: thumbnails in figures, the titles in spans.
                var posts = string.Concat(otherTitles.Select(t => $"<li><a href=\"https://{host}/{Slug(t)}/\" class=\"crp_link post-{Math.Abs(t.Length * 37 % 9000)}\"><figure><img width=\"150\" height=\"150\" src=\"https://{host}/wp-content/uploads/{Slug(t)}-150x150.jpg\" class=\"crp_thumb crp_featured\" alt=\"\"></figure><span class=\"crp_title\">{WebUtility.HtmlEncode(t)}</span></a></li>"));
                return $"<div class=\"crp_related crp-rounded-thumbs\"><h3>{e}</h3><ul>{posts}</ul><div class=\"crp_clear\"></div></div>";
            case "tags" when LabelEnd(text) is var colon && colon > 0 && random.Next(2) == 0:
                // A definition list: the label as the term, the linked tags as its description.
                var rest = WebUtility.HtmlEncode(text[(colon + 1)..].TrimStart());
                rest = LinkTags(rest, tags, tag => $"<a href=\"https://{host}/tag/{Slug(tag)}/\" rel=\"tag\">");
                return $"<dl class=\"entry-tags\"><dt>{WebUtility.HtmlEncode(text[..(colon + 1)])}</dt><dd>{rest}</dd></dl>";
            case "image-credit" when random.Next(3) == 0:
                // The Media Credit plugin's container: the image, then the credit in its own span.
                return $"<div id=\"attachment_{Slug(title).Length * 11}\" class=\"wp-caption alignnone media-credit-container\"><img class=\"size-full\" src=\"https://{host}/wp-content/uploads/2025/03/{Slug(title)}.jpg\" alt=\"\" width=\"1024\" height=\"576\"><span class=\"media-credit\">{e}</span></div>";
            case "appeared-first-on" when random.Next(3) == 0:
                // A newsletter-style footer table, the title linked to the original, the site to its home page.
                var linked = e.Replace(WebUtility.HtmlEncode(title), $"<a href=\"{originalUrl}\" style=\"color:#1a0dab\">{WebUtility.HtmlEncode(title)}</a>", StringComparison.Ordinal)
                    .Replace(s, $"<a href=\"https://{host}/\" style=\"color:#1a0dab\">{s}</a>", StringComparison.Ordinal);
                return $"<table class=\"syndication-footer\" role=\"presentation\" width=\"100%\"><tbody><tr><td align=\"left\" style=\"font-size:12px;line-height:18px;color:#777777\">{linked}</td></tr></tbody></table>";
            case "source" when random.Next(3) == 0:
                return $"<table class=\"source-box\" role=\"presentation\"><tbody><tr><td><em>{e.Replace(s, $"<a href=\"{originalUrl}\" target=\"_blank\" rel=\"noopener\">{s}</a>", StringComparison.Ordinal)}</em></td></tr></tbody></table>";
            case "subscribe" when random.Next(3) == 0:
                // Jetpack's subscription block: the call, an email field, a submit button; its settings in data-attributes.
                return $"<div class=\"wp-block-jetpack-subscriptions__container\"><form action=\"#\" method=\"post\" accept-charset=\"utf-8\" data-blog=\"{slug.Length * 1013}\" data-post_access_level=\"everybody\" id=\"subscribe-blog-1\">"
                    + $"<p id=\"subscribe-text\">{e}</p><p id=\"subscribe-email\"><input type=\"email\" name=\"email\" required=\"required\" class=\"no-border-radius\" placeholder=\"Type your email…\" value=\"\"></p>"
                    + "<p id=\"subscribe-submit\"><input type=\"hidden\" name=\"action\" value=\"subscribe\"><input type=\"submit\" class=\"wp-block-button__link\" value=\"Subscribe\"></p></form></div>";
            case "advertisement" when random.Next(3) == 0:
                // A Raptive (AdThrive) in-content slot: a label and an empty ad container with data-attributes.
                return $"<div class=\"adthrive-ad adthrive-content adthrive-content-1\" data-google-query-id=\"CKbS2pL\" style=\"min-height: 250px;\"><span class=\"adthrive-label\" data-nosnippet=\"\">{e}</span><div id=\"google_ads_iframe_content_1\"></div></div>";
            case "comments-closed" when random.Next(3) == 0:
                // A Disqus thread placeholder with its identifier, and the theme's note.
                return $"<div id=\"disqus_thread\" data-disqus-identifier=\"{Slug(title)}\" data-disqus-url=\"{originalUrl}\"><p class=\"dsq-comments-closed\">{e}</p></div>";
            case "read-more" when random.Next(3) == 0:
                // An Elementor button: nested spans in a link to the original.
                return $"<div class=\"elementor-button-wrapper\"><a class=\"elementor-button elementor-button-link elementor-size-sm\" href=\"{originalUrl}\"><span class=\"elementor-button-content-wrapper\"><span class=\"elementor-button-text\">{e}</span></span></a></div>";
            case "follow-us" when random.Next(3) == 0:
                // The call in an aside, then the block editor's logo-only social links (the networks only in aria-label).
                return $"<aside class=\"follow-box\"><p class=\"follow-box__text\">{e}</p><ul class=\"wp-block-social-links is-style-logos-only\">"
                    + $"<li class=\"wp-social-link wp-social-link-mastodon wp-block-social-link\"><a rel=\"me noopener\" href=\"https://mastodon.social/@{slug}\" class=\"wp-block-social-link-anchor\" aria-label=\"Mastodon\"><svg width=\"24\" height=\"24\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" focusable=\"false\"><path d=\"M0 0h24v24H0z\"></path></svg></a></li>"
                    + $"<li class=\"wp-social-link wp-social-link-bluesky wp-block-social-link\"><a rel=\"noopener\" href=\"https://bsky.app/profile/{slug}.bsky.social\" class=\"wp-block-social-link-anchor\" aria-label=\"Bluesky\"><svg width=\"24\" height=\"24\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" focusable=\"false\"><path d=\"M0 0h24v24H0z\"></path></svg></a></li></ul></aside>";
            case "paywall" when random.Next(3) == 0:
                // Leaky Paywall's message.
                return $"<div class=\"leaky_paywall_message_wrap\"><div id=\"leaky_paywall_message\"><p>{e}</p></div></div>";
            case "listen" when random.Next(3) == 0:
                // Trinity Audio's player table, the label in bold.
                return $"<table id=\"trinity-audio-table\" style=\"width: 100%; display: table;\"><tbody><tr><td id=\"trinity-audio-tab\"><div class=\"trinity-tts-pb\" dir=\"ltr\" style=\"font: 12px / 18px Verdana, Arial; height: 80px; line-height: 80px;\"><strong>{e}</strong></div></td></tr></tbody></table>";
            case "reading-time" when random.Next(3) == 0:
                // An inline badge in the byline's meta line, the minutes in a data-attribute.
                return $"<div class=\"byline-meta\"><span class=\"badge rounded-pill text-bg-light\" data-reading-time=\"{title.Length % 9 + 2}\">{e}</span></div>";
            case "support" when random.Next(3) == 0:
                // A donation card in a blockquote, a heart button to the donation page.
                return $"<blockquote class=\"support-card\" data-campaign=\"reader-revenue\"><p>{e}</p><p><a class=\"support-card__button\" href=\"https://{host}/donate/\" aria-label=\"donate\">♥</a></p></blockquote>";
            case "affiliate" when random.Next(3) == 0:
                // The Lasso plugin's disclosure line.
                return $"<div class=\"lasso-container\"><div class=\"lasso-disclosure\" data-lasso-id=\"{slug.Length * 7}\"><span>{e}</span></div></div>";
            default:
                return null;
        }
    }

    // The ninth held-out set's containers: a Ghost callout card, a Ghost toggle card (a heading and an inline SVG
    // chevron), a footer paragraph in schema.org microdata, nested sections, a Medium-style paragraph with a
    // data-attribute, a closed details element, a paragraph with an inline SVG icon, an AMP fit-text element, a
    // Substack captioned container.
    private string WrapNinth(string inner) => random.Next(9) switch
    {
        0 => $"<div class=\"kg-card kg-callout-card kg-callout-card-grey\"><div class=\"kg-callout-emoji\">💡</div><div class=\"kg-callout-text\">{inner}</div></div>",
        1 => $"<div class=\"kg-card kg-toggle-card\" data-kg-toggle-state=\"close\"><div class=\"kg-toggle-heading\"><h4 class=\"kg-toggle-heading-text\"><span style=\"white-space: pre-wrap;\">{inner}</span></h4>"
            + "<button class=\"kg-toggle-card-icon\" aria-label=\"Expand toggle to read content\"><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\"><path d=\"M23.25,7.311,12.53,18.03a.749.749,0,0,1-1.06,0L.75,7.311\"></path></svg></button></div></div>",
        2 => $"<div itemscope itemtype=\"https://schema.org/WPFooter\"><p itemprop=\"text\">{inner}</p></div>",
        3 => $"<section class=\"post-aside\"><section class=\"post-aside__body\"><p>{inner}</p></section></section>",
        4 => $"<p class=\"pw-post-body-paragraph\" data-selectable-paragraph=\"\">{inner}</p>",
        5 => $"<details class=\"post-note\"><summary>{inner}</summary></details>",
        6 => $"<p class=\"with-icon\"><svg class=\"icon\" width=\"14\" height=\"14\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" focusable=\"false\"><circle cx=\"12\" cy=\"12\" r=\"10\"></circle><path d=\"M12 8v4m0 4h.01\"></path></svg> <span>{inner}</span></p>",
        7 => $"<amp-fit-text width=\"300\" height=\"40\" layout=\"responsive\" max-font-size=\"14\">{inner}</amp-fit-text>",
        _ => $"<div class=\"captioned-image-container\"><figure><figcaption class=\"image-caption\">{inner}</figcaption></figure></div>",
    };

    /// <summary>The ninth held-out set's shapes; null where the eighth, seventh, sixth, fifth, fourth or shared rendering serves.</summary>
    private string? Render9(string family, string text, string title, string site, string host, string originalUrl, IReadOnlyList<string> otherTitles,
        IReadOnlyList<string> tags)
    {
        var e = WebUtility.HtmlEncode(text);
        var slug = Slug(site);
        var url = Uri.EscapeDataString(originalUrl);
        var s = WebUtility.HtmlEncode(site);
        var encodedTitle = WebUtility.HtmlEncode(title);
        switch (family)
        {
            case "share" when random.Next(3) == 0:
                // AMP's social-share elements after a label.
                return $"<div class=\"amp-social-share-bar\"><span class=\"amp-social-share-label\">{e}</span>"
                    + $"<amp-social-share type=\"facebook\" data-param-app_id=\"{slug.Length * 104729}\" data-param-href=\"{originalUrl}\" width=\"32\" height=\"32\"></amp-social-share>"
                    + $"<amp-social-share type=\"whatsapp\" data-param-text=\"{encodedTitle} {originalUrl}\" width=\"32\" height=\"32\"></amp-social-share>"
                    + $"<amp-social-share type=\"email\" data-param-subject=\"{encodedTitle}\" data-param-body=\"{originalUrl}\" width=\"32\" height=\"32\"></amp-social-share></div>";
            case "share" when random.Next(3) == 0:
                // Shared Counts: the theme's small heading, then buttons with an inline SVG icon beside the network's name.
                return $"<div class=\"shared-counts-wrap after_content style-fancy\"><h5 class=\"shared-counts-heading\">{e}</h5>"
                    + $"<a href=\"https://www.facebook.com/sharer/sharer.php?u={url}&amp;display=popup&amp;ref=plugin&amp;src=share_button\" title=\"Share on Facebook\" target=\"_blank\" rel=\"nofollow noopener noreferrer\" class=\"shared-counts-button facebook shared-counts-no-count\" data-postid=\"{title.Length * 13}\" data-social-network=\"Facebook\" data-social-action=\"Share\" data-social-target=\"{originalUrl}\">"
                    + "<span class=\"shared-counts-icon-label\"><span class=\"shared-counts-icon\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"18\" height=\"32\" viewBox=\"0 0 602 1024\" aria-hidden=\"true\"><path d=\"M548 6.857v150.857h-89.714q-49.143 0-66.286 20.571t-17.143 61.714v108h167.429l-22.286 169.143h-145.143v433.714h-174.857v-433.714h-145.714v-169.143h145.714v-124.571q0-106.286 59.429-164.857t158.286-58.571q84 0 130.286 6.857z\"></path></svg></span><span class=\"shared-counts-label\">Facebook</span></span></a>"
                    + $"<a href=\"https://api.whatsapp.com/send?text={url}\" title=\"Share on WhatsApp\" target=\"_blank\" rel=\"nofollow noopener noreferrer\" class=\"shared-counts-button whatsapp shared-counts-no-count\" data-postid=\"{title.Length * 13}\" data-social-network=\"WhatsApp\" data-social-action=\"Share\" data-social-target=\"{originalUrl}\">"
                    + "<span class=\"shared-counts-icon-label\"><span class=\"shared-counts-icon\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"28\" height=\"32\" viewBox=\"0 0 448 512\" aria-hidden=\"true\"><path d=\"M380.9 97.1C339 55.1 283.2 32 223.9 32c-122.4 0-222 99.6-222 222 0 39.1 10.2 77.3 29.6 111L0 480l117.7-30.9z\"></path></svg></span><span class=\"shared-counts-label\">WhatsApp</span></span></a></div>";
            case "related" when random.Next(3) == 0:
                // A related list in schema.org ItemList microdata under a small heading.
                var listed = string.Concat(otherTitles.Select((o, i) => $"<li itemprop=\"itemListElement\" itemscope itemtype=\"https://schema.org/ListItem\"><meta itemprop=\"position\" content=\"{i + 1}\"><a itemprop=\"url\" href=\"https://{host}/{Slug(o)}/\"><span itemprop=\"name\">{WebUtility.HtmlEncode(o)}</span></a></li>"));
                return $"<nav class=\"related-list\" itemscope itemtype=\"https://schema.org/ItemList\"><h5 itemprop=\"name\">{e}</h5><ul>{listed}</ul></nav>";
            case "related" when random.Next(3) == 0:
                // A Ghost theme's read-more section: nested sections, each post a card with its title in a heading.
                var cards = string.Concat(otherTitles.Select(o => $"<article class=\"post-card post\"><a class=\"post-card-image-link\" href=\"https://{host}/{Slug(o)}/\"><img class=\"post-card-image\" src=\"https://{host}/content/images/size/w600/2025/03/{Slug(o)}.jpg\" alt=\"\" loading=\"lazy\"></a>"
                    + $"<div class=\"post-card-content\"><a class=\"post-card-content-link\" href=\"https://{host}/{Slug(o)}/\"><header class=\"post-card-header\"><h3 class=\"post-card-title\">{WebUtility.HtmlEncode(o)}</h3></header></a></div></article>"));
                return $"<section class=\"read-more-wrap outer\"><section class=\"read-more inner\"><h2 class=\"read-more-heading\">{e}</h2><div class=\"read-more-feed\">{cards}</div></section></section>";
            case "subscribe" when random.Next(3) == 0:
                // Substack's subscription widget: a caption, an email field, a submit button; its settings in data-attrs.
                return $"<div class=\"subscription-widget-wrap-editor\" data-attrs=\"{{&quot;url&quot;:&quot;https://{slug}.substack.com/subscribe?&quot;,&quot;text&quot;:&quot;Subscribe&quot;,&quot;language&quot;:&quot;en&quot;}}\" data-component-name=\"SubscribeWidgetToDOM\">"
                    + $"<div class=\"subscription-widget show-subscribe\"><div class=\"preamble\"><p class=\"cta-caption\">{e}</p></div><form class=\"subscription-widget-subscribe\"><input type=\"email\" class=\"email-input\" name=\"email\" placeholder=\"Type your email...\" tabindex=\"-1\">"
                    + "<input type=\"submit\" class=\"button primary\" value=\"Subscribe\"><div class=\"fake-input-wrapper\"><div class=\"fake-input\"></div><div class=\"fake-button\"></div></div></form></div></div>";
            case "subscribe" when random.Next(3) == 0:
                // Ghost's signup card: the call as its heading, a members form.
                return $"<div class=\"kg-card kg-signup-card kg-width-wide\" data-lexical-signup-form=\"\" style=\"background-color: #F0F0F0;\"><div class=\"kg-signup-card-content\"><div class=\"kg-signup-card-text\"><h2 class=\"kg-signup-card-heading\" style=\"color: #000000;\"><span style=\"white-space: pre-wrap;\">{e}</span></h2></div>"
                    + "<form class=\"kg-signup-card-form\" data-members-form=\"signup\"><div class=\"kg-signup-card-fields\"><input class=\"kg-signup-card-input\" data-members-email=\"\" type=\"email\" required=\"true\" placeholder=\"Your email\"><button class=\"kg-signup-card-button kg-style-accent\" type=\"submit\"><span class=\"kg-signup-card-button-default\">Subscribe</span><span class=\"kg-signup-card-button-loading\"></span></button></div>"
                    + "<div class=\"kg-signup-card-error\" data-members-error=\"\"></div></form></div></div>";
            case "read-more" when random.Next(3) == 0:
                // Ghost's button card, linked to the original.
                return $"<div class=\"kg-card kg-button-card kg-align-center\"><a href=\"{originalUrl}\" class=\"kg-btn kg-btn-accent\">{e}</a></div>";
            case "appeared-first-on" when random.Next(3) == 0:
                // Nested footer sections in schema.org microdata: the title linked to the original, the site as its publisher.
                var linked = e.Replace(encodedTitle, $"<a itemprop=\"url\" href=\"{originalUrl}\"><span itemprop=\"name\">{encodedTitle}</span></a>", StringComparison.Ordinal)
                    .Replace(s, $"<span itemprop=\"publisher\" itemscope itemtype=\"https://schema.org/Organization\"><a href=\"https://{host}/\"><span itemprop=\"name\">{s}</span></a></span>", StringComparison.Ordinal);
                return $"<section class=\"post-footer\"><section class=\"post-footer__origin\" itemprop=\"isBasedOn\" itemscope itemtype=\"https://schema.org/CreativeWork\"><p>{linked}</p></section></section>";
            case "source" when random.Next(3) == 0:
                // The source in schema.org microdata: an organisation whose name links to the original.
                return $"<p class=\"article-source\" itemprop=\"sourceOrganization\" itemscope itemtype=\"https://schema.org/NewsMediaOrganization\">{e.Replace(s, $"<a itemprop=\"url\" href=\"{originalUrl}\"><span itemprop=\"name\">{s}</span></a>", StringComparison.Ordinal)}</p>";
            case "source" or "appeared-first-on" when random.Next(4) == 0:
                // A Substack footnote.
                return $"<div class=\"footnote\" data-component-name=\"FootnoteToDOM\"><a id=\"footnote-1\" href=\"#footnote-anchor-1\" class=\"footnote-number\" contenteditable=\"false\" target=\"_self\">1</a><div class=\"footnote-content\"><p>{e}</p></div></div>";
            case "comments-closed" when random.Next(3) == 0:
                // A static site's comments toggle: the note as the summary of a closed details element.
                return $"<details class=\"comments\" id=\"comments\"><summary class=\"comments__toggle\">{e}</summary><div class=\"comments__list\"></div></details>";
            case "comments-closed" when random.Next(3) == 0:
                // wpDiscuz's container with the closed note.
                return $"<div class=\"wpdiscuz_top_clearing\"></div><div id=\"comments\" class=\"comments-area\"><div id=\"wpdcom\" class=\"wpdiscuz_unauth wpd-default wpd-layout-1 wpd-comments-closed\"><div class=\"wpd-comment-info-bar\"></div><div class=\"wpd-form-wrap\"><div class=\"wpd-comments-closed-message\" data-wpd-closed=\"1\">{e}</div></div></div></div>";
            case "advertisement" when random.Next(3) == 0:
                // An AMP ad slot: the label above an amp-ad element with its fallback.
                return $"<div class=\"amp-ad-wrapper\"><div class=\"amp-ad-label\">{e}</div><amp-ad width=\"300\" height=\"250\" type=\"doubleclick\" data-slot=\"/21{slug.Length * 7}/{slug}/article_mid\" data-multi-size=\"320x50,300x100\" layout=\"fixed\"><div fallback=\"\"></div></amp-ad></div>";
            case "advertisement" when random.Next(3) == 0:
                // Advanced Ads: a label, then a banner linked through the plugin's tracking link.
                return $"<div class=\"advads-inline advads-target\" id=\"advads-{slug.Length * 31}\" data-advadstrackid=\"{slug.Length * 31}\" data-advadstrackbid=\"1\"><div class=\"advads-adlabel\">{e}</div><a data-bid=\"1\" href=\"https://{host}/linkout/{slug.Length * 31}\" rel=\"sponsored noopener\" target=\"_blank\"><img src=\"https://{host}/wp-content/uploads/banner-300x250.png\" alt=\"\" width=\"300\" height=\"250\"></a></div>";
            case "tags" when random.Next(3) == 0:
                // An inline SVG tag icon beside the linked tags; the keywords again in a microdata meta element.
                e = LinkTags(e, tags, tag => $"<a href=\"https://{host}/tag/{Slug(tag)}/\" rel=\"tag\">");
                return $"<div class=\"post-keywords\"><meta itemprop=\"keywords\" content=\"{WebUtility.HtmlEncode(string.Join(',', tags))}\"><svg class=\"icon icon-tag\" width=\"16\" height=\"16\" viewBox=\"0 0 24 24\" aria-hidden=\"true\"><path d=\"M20.59 13.41l-7.17 7.17a2 2 0 0 1-2.83 0L2 12V2h10l8.59 8.59a2 2 0 0 1 0 2.82z\"></path></svg> <span class=\"post-keywords__list\">{e}</span></div>";
            case "image-credit" when random.Next(3) == 0:
                // Ghost's image card, the credit as its caption.
                return $"<figure class=\"kg-card kg-image-card kg-card-hascaption\"><img src=\"https://{host}/content/images/2025/03/{Slug(title)}.jpg\" class=\"kg-image\" alt=\"\" loading=\"lazy\" width=\"2000\" height=\"1333\" srcset=\"https://{host}/content/images/size/w600/2025/03/{Slug(title)}.jpg 600w, https://{host}/content/images/size/w1000/2025/03/{Slug(title)}.jpg 1000w\" sizes=\"(min-width: 720px) 720px\"><figcaption><span style=\"white-space: pre-wrap;\">{e}</span></figcaption></figure>";
            case "image-credit" when random.Next(3) == 0:
                // A schema.org ImageObject in microdata, the credit in its creditText property.
                return $"<div class=\"article-image\" itemprop=\"image\" itemscope itemtype=\"https://schema.org/ImageObject\"><img itemprop=\"contentUrl\" src=\"https://{host}/images/{Slug(title)}-1200.jpg\" alt=\"\"><meta itemprop=\"width\" content=\"1200\"><small itemprop=\"creditText\">{e}</small></div>";
            case "listen" when random.Next(3) == 0:
                // The BeyondWords player: a label, then the player's placeholder with its ids in data-attributes.
                return $"<div class=\"beyondwords-wrapper\"><p class=\"beyondwords-heading\">{e}</p><div data-beyondwords-player=\"true\" data-beyondwords-project-id=\"{slug.Length * 2741}\" data-beyondwords-content-id=\"{title.Length * 7919:x8}-4b1e-9c2d-{slug.Length:x12}\" contenteditable=\"false\"></div></div>";
            case "listen" when random.Next(3) == 0:
                // An AMP audio element in a figure, the label as its caption.
                return $"<figure class=\"audio-article\"><amp-audio width=\"auto\" height=\"50\" layout=\"fixed-height\" src=\"https://{host}/audio/{Slug(title)}.mp3\"><div fallback=\"\"></div></amp-audio><figcaption>{e}</figcaption></figure>";
            case "reading-time" when random.Next(3) == 0:
                // Casper's byline meta: a bullet, then the reading time.
                return $"<div class=\"article-byline-meta\"><span class=\"byline-reading-time\"><span class=\"bull\">•</span> {e}</span></div>";
            case "reading-time" when random.Next(3) == 0:
                // Medium's story meta: the reading time in a span with a test id.
                return $"<div class=\"pw-reading-time\"><span data-testid=\"storyReadTime\">{e}</span></div>";
            case "paywall" when random.Next(3) == 0:
                // Substack's paywall: the jump marker, then the title and a button.
                return $"<div class=\"paywall-jump\" data-component-name=\"PaywallToDOM\"></div><div class=\"paywall\"><h3 class=\"paywall-title\">{e}</h3><p class=\"button-wrapper\"><a class=\"button primary\" href=\"https://{slug}.substack.com/subscribe?simple=true&amp;next={url}\" aria-label=\"subscribe\">→</a></p></div>";
            case "paywall" when random.Next(3) == 0:
                // Ghost's upgrade call for members-only posts.
                return $"<aside class=\"gh-post-upgrade-cta\"><div class=\"gh-post-upgrade-cta-content\" style=\"background-color: #15171a\"><h2>{e}</h2><a class=\"gh-btn\" data-portal=\"signup\" href=\"#/portal/signup\" style=\"color:#15171a\" aria-label=\"signup\">→</a></div></aside>";
            case "support" when random.Next(3) == 0:
                // Substack's button block; its settings in data-attrs.
                return $"<p class=\"button-wrapper\" data-attrs=\"{{&quot;url&quot;:&quot;https://{slug}.substack.com/subscribe?&quot;,&quot;action&quot;:null,&quot;class&quot;:null}}\" data-component-name=\"ButtonCreateButton\"><a class=\"button primary\" href=\"https://{slug}.substack.com/subscribe?\"><span>{e}</span></a></p>";
            case "support" when random.Next(3) == 0:
                // An inline SVG heart beside a link to the site's Open Collective page.
                return $"<div class=\"support-line\"><svg class=\"icon icon-heart\" width=\"16\" height=\"16\" viewBox=\"0 0 24 24\" aria-hidden=\"true\"><path d=\"M12 21s-7-4.35-9.5-8.5C.5 8.5 3 4 7 4c2 0 3.5 1 5 3 1.5-2 3-3 5-3 4 0 6.5 4.5 4.5 8.5C19 16.65 12 21 12 21z\"></path></svg> <a href=\"https://opencollective.com/{slug}/donate\" rel=\"noopener\">{e}</a></div>";
            case "affiliate" when random.Next(3) == 0:
                // AAWP's disclaimer.
                return $"<div class=\"aawp\"><div class=\"aawp-disclaimer\"><small>{e}</small></div></div>";
            case "follow-us" when random.Next(3) == 0:
                // An inline SVG logo beside the linked call, in nested sections.
                return $"<section class=\"social-cta\"><section class=\"social-cta__inner\"><p><svg class=\"social-cta__icon\" width=\"20\" height=\"20\" viewBox=\"0 0 24 24\" role=\"img\" aria-label=\"Telegram\"><path d=\"M9.78 18.65l.28-4.23 7.68-6.92c.34-.31-.07-.46-.52-.19L7.74 13.3 3.64 12c-.88-.25-.89-.86.2-1.3l15.97-6.16c.73-.33 1.43.18 1.15 1.3l-2.72 12.81c-.19.91-.74 1.13-1.5.71L12.6 16.3l-1.99 1.93c-.23.23-.42.42-.83.42z\"></path></svg> <a href=\"https://t.me/{slug}\" target=\"_blank\" rel=\"noopener\">{e}</a></p></section></section>";
            default:
                return null;
        }
    }

    // The tenth held-out set's containers: a Drupal text field, small print in a footer, an address element, Joomla's
    // custom-module chrome, a Bootstrap card, a Blogger post-footer line, a dismissible Bootstrap alert, a Hugo notice
    // shortcode with an inline SVG icon, a Jekyll (Minimal Mistakes) notice paragraph.
    private string WrapTenth(string inner) => random.Next(9) switch
    {
        0 => $"<div class=\"clearfix text-formatted field field--name-field-note field--type-text-long field--label-hidden field__item\"><p>{inner}</p></div>",
        1 => $"<footer class=\"entry-footer\"><small>{inner}</small></footer>",
        2 => $"<address class=\"post-address\">{inner}</address>",
        3 => $"<div class=\"moduletable\"><div id=\"mod-custom112\" class=\"mod-custom custom\"><p>{inner}</p></div></div>",
        4 => $"<div class=\"card mb-3\"><div class=\"card-body\"><p class=\"card-text\">{inner}</p></div></div>",
        5 => $"<div class=\"post-footer\"><div class=\"post-footer-line post-footer-line-3\"><span class=\"post-location\">{inner}</span></div></div>",
        6 => $"<div class=\"alert alert-secondary alert-dismissible fade show\" role=\"alert\">{inner}<button type=\"button\" class=\"btn-close\" data-bs-dismiss=\"alert\" aria-label=\"Close\"></button></div>",
        7 => $"<div class=\"notice info\"><div class=\"notice-head\"><svg class=\"notice-icon\" viewBox=\"0 0 512 512\" width=\"16\" height=\"16\" aria-hidden=\"true\"><path d=\"M256 8a248 248 0 1 0 0 496 248 248 0 0 0 0-496z\"></path></svg></div><div class=\"notice-body\"><p>{inner}</p></div></div>",
        _ => $"<p class=\"notice--info\">{inner}</p>",
    };

    /// <summary>The tenth held-out set's shapes; null where the ninth, eighth, seventh, sixth, fifth, fourth or shared rendering serves.</summary>
    private string? Render10(string family, string text, string title, string site, string host, string originalUrl, IReadOnlyList<string> otherTitles,
        IReadOnlyList<string> tags)
    {
        var e = WebUtility.HtmlEncode(text);
        var slug = Slug(site);
        var url = Uri.EscapeDataString(originalUrl);
        var s = WebUtility.HtmlEncode(site);
        var encodedTitle = WebUtility.HtmlEncode(title);
        var colon = LabelEnd(text);
        switch (family)
        {
            case "tags" when colon > 0 && random.Next(3) == 0:
                // Drupal's entity-reference field with an inline label: the label, then one field item per linked term.
                var terms = string.Concat(tags.Select(k => $"<div class=\"field__item\"><a href=\"/taxonomy/term/{k.Length * 17}\" hreflang=\"{(k.All(char.IsAscii) ? "en" : "und")}\">{WebUtility.HtmlEncode(k)}</a></div>"));
                return $"<div class=\"field field--name-field-tags field--type-entity-reference field--label-inline clearfix\"><div class=\"field__label\">{WebUtility.HtmlEncode(text[..colon])}</div><div class=\"field__items\">{terms}</div></div>";
            case "tags" when random.Next(3) == 0:
                // Blogger's post footer: the labels line, each tag linked to the label search.
                e = LinkTags(e, tags, tag => $"<a href=\"https://{host}/search/label/{Uri.EscapeDataString(tag)}\" rel=\"tag\">");
                return $"<div class=\"post-footer\"><div class=\"post-footer-line post-footer-line-2\"><span class=\"post-labels\">{e}</span></div></div>";
            case "tags" when random.Next(3) == 0:
                // A Hugo theme's terms partial: a row of links in a nav.
                e = LinkTags(e, tags, tag => $"<a class=\"tag-link\" href=\"https://{host}/tags/{Slug(tag)}/\">");
                return $"<nav class=\"post-terms\" aria-label=\"tags\">{e}</nav>";
            case "related" when random.Next(3) == 0:
                // Joomla's module chrome around a "most read" list.
                var mostRead = string.Concat(otherTitles.Select(o => $"<li itemscope itemtype=\"https://schema.org/Article\"><a href=\"https://{host}/index.php/{Slug(o)}\" itemprop=\"url\"><span itemprop=\"name\">{WebUtility.HtmlEncode(o)}</span></a></li>"));
                return $"<div class=\"moduletable\"><h3>{e}</h3><ul class=\"mod-articlesmostread mostread mod-list\">{mostRead}</ul></div>";
            case "related" when random.Next(3) == 0:
                // A Bootstrap list group: the heading as its active item, then action links.
                var group = string.Concat(otherTitles.Select(o => $"<a href=\"https://{host}/{Slug(o)}/\" class=\"list-group-item list-group-item-action\">{WebUtility.HtmlEncode(o)}</a>"));
                return $"<div class=\"list-group my-4\"><div class=\"list-group-item active\" aria-current=\"true\">{e}</div>{group}</div>";
            case "image-credit" when random.Next(3) == 0:
                // Blogger's caption table under an image.
                return $"<table align=\"center\" cellpadding=\"0\" cellspacing=\"0\" class=\"tr-caption-container\" style=\"margin-left: auto; margin-right: auto;\"><tbody><tr><td style=\"text-align: center;\"><a href=\"https://blogger.googleusercontent.com/img/b/{slug}/s1600/{Slug(title)}.jpg\" style=\"margin-left: auto; margin-right: auto;\"><img border=\"0\" data-original-height=\"900\" data-original-width=\"1600\" height=\"360\" src=\"https://blogger.googleusercontent.com/img/b/{slug}/w640-h360/{Slug(title)}.jpg\" width=\"640\"></a></td></tr>"
                    + $"<tr><td class=\"tr-caption\" style=\"text-align: center;\">{e}</td></tr></tbody></table>";
            case "image-credit" when random.Next(3) == 0:
                // Drupal's image field, then the credit in a string field of its own.
                return $"<div class=\"field field--name-field-image field--type-image field--label-hidden field__item\"><img loading=\"lazy\" src=\"/sites/default/files/styles/wide/public/2025-03/{Slug(title)}.jpg?itok=Ab3dE9xZ\" width=\"1090\" height=\"613\" alt=\"\"></div>"
                    + $"<div class=\"field field--name-field-photo-credit field--type-string field--label-hidden field__item\">{e}</div>";
            case "advertisement" when random.Next(3) == 0:
                // Joomla's banners module: the banner linked through the click counter, the label in the module's footer.
                return $"<div class=\"moduletable\"><div class=\"mod-banners bannergroup\"><div class=\"mod-banners__item banneritem\"><a href=\"https://{host}/index.php/component/banners/click/{slug.Length}\" target=\"_blank\" rel=\"noopener noreferrer\" title=\"banner\"><img src=\"https://{host}/images/banners/{slug}-728x90.jpg\" alt=\"\" width=\"728\" height=\"90\"></a></div><div class=\"mod-banners__footer bannerfooter\">{e}</div></div></div>";
            case "separator" when random.Next(3) == 0:
                // Blogger's centred separator div.
                return $"<div class=\"separator\" style=\"clear: both; text-align: center;\">{e}</div>";
            case "subscribe" when random.Next(3) == 0:
                // A Bootstrap card: the call as the card title, an inline email form.
                return $"<div class=\"card text-center my-4\"><div class=\"card-body\"><h5 class=\"card-title\">{e}</h5><form class=\"row g-2 justify-content-center\" action=\"https://{host}/newsletter/subscribe\" method=\"post\"><div class=\"col-auto\"><input type=\"email\" class=\"form-control\" name=\"email\" placeholder=\"name@example.com\" required></div>"
                    + "<div class=\"col-auto\"><button type=\"submit\" class=\"btn btn-primary\" aria-label=\"subscribe\">→</button></div></form></div></div>";
            case "support" when random.Next(3) == 0:
                // A Mailchimp campaign's button block: nested presentation tables around the link.
                return $"<table border=\"0\" cellpadding=\"0\" cellspacing=\"0\" width=\"100%\" class=\"mcnButtonBlock\" style=\"min-width:100%;\"><tbody class=\"mcnButtonBlockOuter\"><tr><td style=\"padding-top:0; padding-right:18px; padding-bottom:18px; padding-left:18px;\" valign=\"top\" align=\"center\" class=\"mcnButtonBlockInner\">"
                    + $"<table border=\"0\" cellpadding=\"0\" cellspacing=\"0\" class=\"mcnButtonContentContainer\" style=\"border-collapse: separate !important;border-radius: 4px;background-color: #2BAADF;\"><tbody><tr><td align=\"center\" valign=\"middle\" class=\"mcnButtonContent\" style=\"font-family: Arial; font-size: 16px; padding: 15px;\">"
                    + $"<a class=\"mcnButton\" title=\"support\" href=\"https://{host}/support/?utm_source=newsletter\" target=\"_blank\" style=\"font-weight: bold;letter-spacing: normal;line-height: 100%;text-align: center;text-decoration: none;color: #FFFFFF;\">{e}</a></td></tr></tbody></table></td></tr></tbody></table>";
            case "source" when random.Next(3) == 0:
                // An address element, the site linked to the original.
                return $"<address class=\"article-source\">{e.Replace(s, $"<a href=\"{originalUrl}\" rel=\"author external\">{s}</a>", StringComparison.Ordinal)}</address>";
            case "appeared-first-on" when random.Next(3) == 0:
                // Small print in a footer: the title linked to the original, the site to its home page.
                var linked = e.Replace(encodedTitle, $"<a href=\"{originalUrl}\" rel=\"canonical\">{encodedTitle}</a>", StringComparison.Ordinal)
                    .Replace(s, $"<a href=\"https://{host}/\">{s}</a>", StringComparison.Ordinal);
                return $"<footer class=\"syndication-note\"><small>{linked}</small></footer>";
            case "affiliate" when random.Next(3) == 0:
                return $"<footer class=\"entry-disclosure\"><small>{e}</small></footer>";
            case "read-more" when random.Next(3) == 0:
                // Drupal's node links: the read-more item in an inline list.
                return $"<ul class=\"links inline\"><li class=\"node-readmore\"><a href=\"{originalUrl}\" rel=\"tag\" title=\"{encodedTitle}\" hreflang=\"en\">{e}</a></li></ul>";
            case "share" when random.Next(3) == 0:
                // Tumblr's post footer: the reblog link, the note count in a data-attribute.
                return $"<div class=\"post-footer tumblr-post-footer\"><a class=\"reblog-button\" href=\"https://www.tumblr.com/reblog/{title.Length * 1000003}/{slug}\" data-reblog-key=\"{slug}\" data-notes=\"{title.Length % 40 + 3}\">{e}</a></div>";
            case "share" when random.Next(3) == 0:
                // A Hugo theme's share partial: the label, then icon links whose network is only in aria-label.
                return $"<div class=\"share-buttons\"><span class=\"share-label\">{e}</span> <a target=\"_blank\" rel=\"noopener noreferrer\" aria-label=\"share on x\" href=\"https://x.com/intent/tweet/?text={Uri.EscapeDataString(title)}&amp;url={url}\"><svg viewBox=\"0 0 512 512\" height=\"30\" width=\"30\" fill=\"currentColor\"><path d=\"M512 62.554v386.892C512 483.97 483.97 512 449.446 512H62.554C28.03 512 0 483.97 0 449.446V62.554C0 28.03 28.029 0 62.554 0h386.892C483.97 0 512 28.03 512 62.554z\"></path></svg></a>"
                    + $" <a target=\"_blank\" rel=\"noopener noreferrer\" aria-label=\"share on telegram\" href=\"https://telegram.me/share/url?text={Uri.EscapeDataString(title)}&amp;url={url}\"><svg viewBox=\"2 2 28 28\" height=\"30\" width=\"30\" fill=\"currentColor\"><path d=\"M26.49 29.86H5.5a3.37 3.37 0 0 1-2.47-1 3.35 3.35 0 0 1-1-2.47V5.48A3.36 3.36 0 0 1 3 3a3.37 3.37 0 0 1 2.52-1h21a3.38 3.38 0 0 1 2.48 1A3.36 3.36 0 0 1 30 5.48v21a3.35 3.35 0 0 1-1 2.47 3.37 3.37 0 0 1-2.51.91z\"></path></svg></a></div>";
            case "follow-us" when random.Next(3) == 0:
                // A Bootstrap button group: the call as its label, outline buttons with icon fonts.
                return $"<div class=\"d-flex align-items-center gap-2 my-3\"><span class=\"fw-semibold\">{e}</span><div class=\"btn-group\" role=\"group\" aria-label=\"social\"><a class=\"btn btn-outline-secondary btn-sm\" href=\"https://t.me/{slug}\" aria-label=\"Telegram\"><i class=\"bi bi-telegram\"></i></a><a class=\"btn btn-outline-secondary btn-sm\" href=\"https://www.threads.net/@{slug}\" aria-label=\"Threads\"><i class=\"bi bi-threads\"></i></a></div></div>";
            case "comments-closed" when random.Next(3) == 0:
                // Drupal's comment field, the closed note as its title.
                return $"<section class=\"field field--name-comment field--type-comment field--label-above comment-wrapper\"><h2 class=\"title comment-form__title\">{e}</h2></section>";
            case "paywall" when random.Next(3) == 0:
                // A dismissible-looking Bootstrap warning alert with an inline SVG icon and a sign-in link.
                return $"<div class=\"alert alert-warning d-flex align-items-center\" role=\"alert\"><svg class=\"bi flex-shrink-0 me-2\" width=\"24\" height=\"24\" role=\"img\" aria-label=\"Warning:\"><use xlink:href=\"#exclamation-triangle-fill\"></use></svg><div>{e} <a href=\"https://{host}/user/login?destination={url}\" class=\"alert-link\" aria-label=\"sign in\">→</a></div></div>";
            case "reading-time" when random.Next(3) == 0:
                // The Hugo Stack theme's article-time footer: a clock icon, then the reading time in a time element.
                return $"<footer class=\"article-time\"><div><svg xmlns=\"http://www.w3.org/2000/svg\" class=\"icon icon-tabler icon-tabler-clock\" width=\"24\" height=\"24\" viewBox=\"0 0 24 24\" stroke-width=\"2\" stroke=\"currentColor\" fill=\"none\"><circle cx=\"12\" cy=\"12\" r=\"9\"></circle><polyline points=\"12 7 12 12 15 15\"></polyline></svg><time class=\"article-time--reading\">{e}</time></div></footer>";
            case "listen" when random.Next(3) == 0:
                // A podcast embed: the label, then a Spotify episode iframe.
                return $"<div class=\"podcast-embed\"><p class=\"podcast-embed__label\">{e}</p><iframe style=\"border-radius:12px\" src=\"https://open.spotify.com/embed/episode/{slug}{title.Length}?utm_source=generator\" width=\"100%\" height=\"152\" frameborder=\"0\" allowfullscreen=\"\" allow=\"autoplay; clipboard-write; encrypted-media; fullscreen; picture-in-picture\" loading=\"lazy\"></iframe></div>";
            default:
                return null;
        }
    }

    /// <summary>Each tag in the encoded line wrapped in the link its platform gives it (<paramref name="openTag"/> writes the <c>&lt;a&gt;</c>).</summary>
    private static string LinkTags(string encoded, IReadOnlyList<string> tags, Func<string, string> openTag)
    {
        foreach (var tag in tags)
            encoded = encoded.Replace(WebUtility.HtmlEncode(tag), openTag(tag) + WebUtility.HtmlEncode(tag) + "</a>", StringComparison.Ordinal);
        return encoded;
    }

    // The eleventh held-out set's containers: a Squarespace HTML block, Webflow rich text, Wix rich text spans, a
    // Discourse post's cooked body, a MediaWiki hatnote, an MJML newsletter text cell, superscript small print, a
    // Tailwind-styled muted box.
    private string WrapEleventh(string inner) => random.Next(8) switch
    {
        0 => $"<div class=\"sqs-block html-block sqs-block-html\" data-block-type=\"2\"><div class=\"sqs-block-content\"><div class=\"sqs-html-content\"><p class=\"\" style=\"white-space:pre-wrap;\">{inner}</p></div></div></div>",
        1 => $"<div class=\"w-richtext\"><p>{inner}</p></div>",
        2 => $"<p class=\"font_8 wixui-rich-text__text\"><span class=\"wixui-rich-text__text\">{inner}</span></p>",
        3 => $"<div class=\"cooked\"><p>{inner}</p></div>",
        4 => $"<div role=\"note\" class=\"hatnote navigation-not-searchable\">{inner}</div>",
        5 => $"<div style=\"font-family:Ubuntu, Helvetica, Arial, sans-serif;font-size:13px;line-height:1.5;text-align:left;color:#555555;\">{inner}</div>",
        6 => $"<p><sup>{inner}</sup></p>",
        _ => $"<div class=\"mt-8 rounded-lg border border-gray-200 bg-gray-50 p-4 text-sm text-gray-600 dark:border-gray-700 dark:bg-gray-800\"><p>{inner}</p></div>",
    };

    /// <summary>The eleventh held-out set's shapes; null where the tenth, ninth, eighth, seventh, sixth, fifth, fourth or shared rendering serves.</summary>
    private string? Render11(string family, string text, string title, string site, string host, string originalUrl, IReadOnlyList<string> otherTitles,
        IReadOnlyList<string> tags)
    {
        var e = WebUtility.HtmlEncode(text);
        var slug = Slug(site);
        var url = Uri.EscapeDataString(originalUrl);
        var s = WebUtility.HtmlEncode(site);
        var encodedTitle = WebUtility.HtmlEncode(title);
        switch (family)
        {
            case "related" when random.Next(3) == 0:
                // Discourse's suggested topics: a heading, then a topic-list table with reply counts.
                var rows = string.Concat(otherTitles.Select(o => $"<tr class=\"topic-list-item\"><td class=\"main-link\"><a class=\"title raw-link raw-topic-link\" href=\"https://{host}/t/{Slug(o)}/{o.Length * 13}\">{WebUtility.HtmlEncode(o)}</a></td><td class=\"num posts-map posts\" title=\"replies\"><span class=\"number\">{o.Length % 30 + 2}</span></td></tr>"));
                return $"<div class=\"suggested-topics\"><h3 class=\"suggested-topics-title\">{e}</h3><table class=\"topic-list\"><tbody>{rows}</tbody></table></div>";
            case "comments-closed" when random.Next(3) == 0:
                // Discourse's small-action post: a lock icon, the closed note.
                return $"<article class=\"small-action topic-post-visited\"><div class=\"topic-avatar\"><svg class=\"fa d-icon d-icon-lock svg-icon\" aria-hidden=\"true\"><use href=\"#lock\"></use></svg></div><div class=\"small-action-desc\"><div class=\"small-action-contents\"><p>{e}</p></div></div></article>";
            case "subscribe" when random.Next(3) == 0:
                // A ConvertKit inline form: the call as its header, an email field, an arrow button.
                return $"<form action=\"https://app.convertkit.com/forms/{slug.Length * 7919}/subscriptions\" class=\"seva-form formkit-form\" method=\"post\" data-sv-form=\"{slug.Length * 7919}\" data-uid=\"{slug}\" data-format=\"inline\" data-version=\"5\"><div data-style=\"clean\"><div class=\"formkit-header\" data-element=\"header\"><h2>{e}</h2></div>"
                    + "<ul class=\"formkit-alert formkit-alert-error\" data-element=\"errors\" data-group=\"alert\"></ul><div data-element=\"fields\" class=\"seva-fields formkit-fields\"><div class=\"formkit-field\"><input class=\"formkit-input\" name=\"email_address\" aria-label=\"Email Address\" required=\"\" type=\"email\"></div><button data-element=\"submit\" class=\"formkit-submit\" aria-label=\"Subscribe\"><span>→</span></button></div></div></form>";
            case "read-more" when random.Next(3) == 0:
                // Blogger's jump link to the rest of the post.
                return $"<div class=\"jump-link\"><a href=\"{originalUrl}#more\" title=\"{encodedTitle}\">{e}</a></div>";
            case "source" when random.Next(3) == 0:
                // A MediaWiki reference list: the source as its one note, the site linked to the original.
                return $"<div class=\"reflist\"><ol class=\"references\"><li id=\"cite_note-1\"><span class=\"reference-text\">{e.Replace(s, $"<a rel=\"nofollow\" class=\"external text\" href=\"{originalUrl}\">{s}</a>", StringComparison.Ordinal)}</span></li></ol></div>";
            case "image-credit" when random.Next(3) == 0:
                // A Squarespace image block: the image in its wrapper, the credit in the caption's paragraph.
                return $"<figure class=\"sqs-block-image-figure intrinsic\"><div class=\"image-block-wrapper\" data-animation-role=\"image\"><img data-src=\"https://images.squarespace-cdn.com/content/v1/{slug}/{Slug(title)}.jpg\" data-image-dimensions=\"1600x900\" src=\"https://images.squarespace-cdn.com/content/v1/{slug}/{Slug(title)}.jpg?format=1000w\" alt=\"\" loading=\"lazy\"></div>"
                    + $"<figcaption class=\"image-caption-wrapper\"><div class=\"image-caption\"><p class=\"\" style=\"white-space:pre-wrap;\">{e}</p></div></figcaption></figure>";
            case "advertisement" when random.Next(3) == 0:
                // A Google Ad Manager slot: the label, the slot's div, the tag's display call.
                return $"<div class=\"ad-unit ad-unit--inline\"><span class=\"ad-unit__label\">{e}</span><div id=\"div-gpt-ad-{slug.Length * 104729}-0\" style=\"min-width: 300px; min-height: 250px;\"><script>googletag.cmd.push(function() {{ googletag.display('div-gpt-ad-{slug.Length * 104729}-0'); }});</script></div></div>";
            case "tags" when random.Next(3) == 0:
                // A Squarespace blog item's tags, each linked to the blog's tag filter.
                e = LinkTags(e, tags, tag => $"<a class=\"blog-item-tag\" href=\"https://{host}/blog?tag={Uri.EscapeDataString(tag)}\">");
                return $"<div class=\"blog-item-tag-wrapper\"><span class=\"blog-meta-item blog-meta-item--tags\">{e}</span></div>";
            case "follow-us" when random.Next(3) == 0:
                // Webflow social links: the call in a text block, then logo-only link blocks.
                return $"<div class=\"social-row w-layout-hflex\"><div class=\"text-block\">{e}</div><a href=\"https://bsky.app/profile/{slug}.bsky.social\" target=\"_blank\" class=\"social-link w-inline-block\"><img src=\"https://cdn.prod.website-files.com/{slug}/bluesky.svg\" loading=\"lazy\" alt=\"\"></a>"
                    + $"<a href=\"https://www.instagram.com/{slug}/\" target=\"_blank\" class=\"social-link w-inline-block\"><img src=\"https://cdn.prod.website-files.com/{slug}/instagram.svg\" loading=\"lazy\" alt=\"\"></a></div>";
            case "listen" when random.Next(3) == 0:
                // A SoundCloud embed under the label.
                return $"<div class=\"audio-embed\"><h4 class=\"audio-embed__title\">{e}</h4><iframe width=\"100%\" height=\"166\" scrolling=\"no\" frameborder=\"no\" allow=\"autoplay\" src=\"https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/{title.Length * 99991}&amp;color=%23ff5500&amp;auto_play=false\"></iframe></div>";
            case "reading-time" when random.Next(3) == 0:
                // The reading time as a duration in a byline's meta list.
                return $"<ul class=\"post-meta\"><li class=\"post-meta__item post-meta__item--reading-time\"><time datetime=\"PT{title.Length % 9 + 2}M\">{e}</time></li></ul>";
            case "paywall" when random.Next(3) == 0:
                // Piano's inline offer: the message, then the sign-up link as an arrow.
                return $"<div class=\"tp-container-inner\"><div class=\"piano-offer\" data-offer-id=\"OF{slug.Length * 31}\"><p class=\"piano-offer__headline\">{e}</p><a class=\"piano-offer__cta\" href=\"https://{host}/subscribe/?return={url}\" aria-label=\"subscribe\">→</a></div></div>";
            case "support" when random.Next(3) == 0:
                // The call, then a GitHub Sponsors button iframe.
                return $"<div class=\"sponsor-cta\"><p>{e}</p><iframe src=\"https://github.com/sponsors/{slug}/button\" title=\"Sponsor {slug}\" height=\"32\" width=\"114\" style=\"border: 0; border-radius: 6px;\"></iframe></div>";
            case "appeared-first-on" when random.Next(3) == 0:
                // A Discourse onebox for the original: the site's icon, the line with the title linked to the original.
                var linked = e.Replace(encodedTitle, $"<a href=\"{originalUrl}\" target=\"_blank\" rel=\"noopener\">{encodedTitle}</a>", StringComparison.Ordinal);
                return $"<aside class=\"onebox allowlistedgeneric\" data-onebox-src=\"{originalUrl}\"><header class=\"source\"><img src=\"https://{host}/favicon.ico\" class=\"site-icon\" width=\"16\" height=\"16\" alt=\"\"></header><article class=\"onebox-body\"><p>{linked}</p></article></aside>";
            default:
                return null;
        }
    }

    // The twelfth held-out set's containers: a Medium export paragraph (graf classes), a block theme's constrained group
    // with a preset-coloured small paragraph, an Elementor heading widget in a flexbox container, a Divi text module,
    // tagDiv Newspaper's source/via box, a Mastodon status's content, a Divi blurb's description, a block theme paragraph
    // with preset colour, size and element classes.
    private string WrapTwelfth(string inner) => random.Next(8) switch
    {
        0 => $"<p name=\"{inner.Length * 2671 % 65536:x4}\" id=\"{inner.Length * 2671 % 65536:x4}\" class=\"graf graf--p graf-after--p graf--trailing\">{inner}</p>",
        1 => $"<div class=\"wp-block-group is-layout-constrained wp-block-group-is-layout-constrained\" style=\"margin-top:var(--wp--preset--spacing--40);padding-top:var(--wp--preset--spacing--20)\"><p class=\"has-contrast-2-color has-text-color has-small-font-size\">{inner}</p></div>",
        2 => $"<div class=\"elementor-element elementor-element-5d2e8f1 e-con-full e-flex e-con e-child\" data-id=\"5d2e8f1\" data-element_type=\"container\"><div class=\"elementor-element elementor-element-7a41c0b elementor-widget elementor-widget-heading\" data-id=\"7a41c0b\" data-element_type=\"widget\" data-widget_type=\"heading.default\"><div class=\"elementor-widget-container\"><h6 class=\"elementor-heading-title elementor-size-small\">{inner}</h6></div></div></div>",
        3 => $"<div class=\"et_pb_module et_pb_text et_pb_text_3 et_pb_text_align_left et_pb_bg_layout_light\"><div class=\"et_pb_text_inner\"><p>{inner}</p></div></div>",
        4 => $"<div class=\"td-post-source-tags\"><div class=\"td-post-source-via td-post-small-box\"><span>{inner}</span></div></div>",
        5 => $"<div class=\"status__content__text status__content__text--visible translate\" lang=\"und\"><p>{inner}</p></div>",
        6 => $"<div class=\"et_pb_module et_pb_blurb et_pb_blurb_1 et_pb_text_align_left et_pb_blurb_position_left et_pb_bg_layout_light\"><div class=\"et_pb_blurb_content\"><div class=\"et_pb_blurb_container\"><div class=\"et_pb_blurb_description\"><p>{inner}</p></div></div></div></div>",
        _ => $"<p class=\"has-text-align-center has-contrast-3-color has-text-color has-link-color has-x-small-font-size wp-elements-{inner.Length * 40503 % 16777216:x6}\">{inner}</p>",
    };

    /// <summary>The twelfth held-out set's shapes; null where the eleventh, tenth, ninth, eighth, seventh, sixth, fifth, fourth or shared rendering serves.</summary>
    private string? Render12(string family, string text, string title, string site, string host, string originalUrl, IReadOnlyList<string> otherTitles,
        IReadOnlyList<string> tags)
    {
        var e = WebUtility.HtmlEncode(text);
        var slug = Slug(site);
        var url = Uri.EscapeDataString(originalUrl);
        var s = WebUtility.HtmlEncode(site);
        var encodedTitle = WebUtility.HtmlEncode(title);
        switch (family)
        {
            case "related" when random.Next(3) == 0:
                // Outbrain's AR widget as it renders: the label in the widget header, one recommendation per title (a
                // thumbnail, the title in a span), the "what is" link as a logo only.
                var recs = string.Concat(otherTitles.Select((o, i) => $"<div class=\"ob-dynamic-rec-container ob-recIdx-{i} ob-p\"><a class=\"ob-dynamic-rec-link\" href=\"https://{host}/{Slug(o)}/\" target=\"_top\" rel=\"noopener\"><div class=\"ob-rec-image-container\"><div class=\"ob-image-ratio\"></div><img class=\"ob-rec-image ob-show\" src=\"https://images.outbrainimg.com/transform/v3/{Slug(o)}.webp\" alt=\"\" title=\"\" onload=\"this.classList.add('ob-show')\"></div>"
                    + $"<div class=\"ob-rec-text-container\"><span class=\"ob-unit ob-rec-text\" title=\"{WebUtility.HtmlEncode(o)}\">{WebUtility.HtmlEncode(o)}</span></div></a></div>"));
                return $"<div class=\"OUTBRAIN\" data-src=\"https://{host}/\" data-widget-id=\"AR_1\" data-ob-template=\"{slug}\"><div class=\"ob-widget ob-feed-layout AR_1\" data-dynamic-truncate=\"true\"><div class=\"ob-widget-header\"><span class=\"ob-widget-text\">{e}</span></div>"
                    + $"<div class=\"ob-widget-section ob-last\"><div class=\"ob-widget-items-container\">{recs}</div></div><div class=\"ob_what\"><a href=\"https://www.outbrain.com/what-is/default/en\" rel=\"nofollow\" aria-label=\"Recommended by Outbrain\"><span class=\"ob_logo\"></span></a></div></div></div>";
            case "related" when random.Next(3) == 0:
                // Jetpack's Related Posts block (the i2 markup): a headline, then a list of links, each with its date in
                // a definition list whose term is for screen readers.
                var posts = string.Concat(otherTitles.Select((o, i) => $"<li id=\"related-posts-item-{o.Length * 7919:x8}\" class=\"jp-related-posts-i2__post\"><a id=\"related-posts-item-{o.Length * 7919:x8}-label\" href=\"https://{host}/{Slug(o)}/\" class=\"jp-related-posts-i2__post-link\" rel=\"nofollow\" data-origin=\"{title.Length * 131}\" data-position=\"{i}\">{WebUtility.HtmlEncode(o)}</a>"
                    + $"<dl class=\"jp-related-posts-i2__post-defs\"><dt class=\"screen-reader-text\">Post date</dt><dd class=\"jp-related-posts-i2__post-date\">{(o.Length % 27) + 1} March 2025</dd></dl></li>"));
                return $"<nav class=\"jp-relatedposts-i2 wp-block-jetpack-related-posts\" data-layout=\"list\" aria-label=\"{e}\"><h3 class=\"jp-relatedposts-headline\">{e}</h3><ul class=\"jp-related-posts-i2__list\" role=\"list\" data-post-count=\"{otherTitles.Count}\">{posts}</ul></nav>";
            case "share" when random.Next(3) == 0:
                // A fediverse share bar: the label, then a Mastodon share-to-instance link (s2f) and a Bluesky intent, each an inline SVG.
                return $"<div class=\"fediverse-share\"><span class=\"fediverse-share__label\">{e}</span> <a class=\"fediverse-share__button fediverse-share__button--mastodon\" href=\"https://s2f.kytta.org/?text={Uri.EscapeDataString(title + " " + originalUrl)}\" target=\"_blank\" rel=\"noopener noreferrer\" aria-label=\"Mastodon\"><svg width=\"20\" height=\"20\" viewBox=\"0 0 24 24\" aria-hidden=\"true\"><path d=\"M21.58 13.91c-.29 1.48-2.57 3.1-5.2 3.42-1.37.16-2.72.31-4.15.25-2.35-.11-4.2-.56-4.2-.56 0 .23.01.45.04.65.3 2.31 2.29 2.45 4.17 2.51 1.9.07 3.59-.47 3.59-.47l.08 1.72s-1.33.71-3.7.84c-1.3.07-2.92-.03-4.8-.53C3.36 20.68 2.65 16.28 2.54 11.8c-.03-1.33-.01-2.58-.01-3.63 0-4.58 3-5.92 3-5.92C7.04 1.55 9.64 1.26 12.34 1.24h.07c2.7.02 5.3.31 6.82 1.01 0 0 3 1.34 3 5.92 0 0 .04 3.38-.42 5.74z\"></path></svg></a>"
                    + $" <a class=\"fediverse-share__button fediverse-share__button--bluesky\" href=\"https://bsky.app/intent/compose?text={Uri.EscapeDataString(title + " " + originalUrl)}\" target=\"_blank\" rel=\"noopener noreferrer\" aria-label=\"Bluesky\"><svg width=\"20\" height=\"20\" viewBox=\"0 0 24 24\" aria-hidden=\"true\"><path d=\"M12 10.8c-1.09-2.12-4.05-6.06-6.8-8C2.56.93 1.55 1.26.89 1.56.12 1.9 0 3.08 0 3.77c0 .69.38 5.7.62 6.53.81 2.76 3.73 3.69 6.42 3.39-3.94.58-7.44 2.02-2.85 7.12 5.05 5.23 6.92-1.12 7.81-4.11.89 2.99 1.93 8.72 7.65 4.11 4.3-4.11 1.18-6.54-2.76-7.12 2.69.3 5.61-.63 6.42-3.39.24-.83.62-5.84.62-6.53 0-.69-.12-1.87-.89-2.21-.66-.3-1.67-.63-4.31 1.24C16.05 4.74 13.09 8.68 12 10.8z\"></path></svg></a></div>";
            case "subscribe" when random.Next(3) == 0:
                // A Revue embed: the call above the form, an email field, the submit input.
                return $"<div id=\"revue-embed\"><form action=\"https://www.getrevue.co/profile/{slug}/add_subscriber\" method=\"post\" id=\"revue-form\" name=\"revue-form\" target=\"_blank\"><p class=\"revue-form-header\">{e}</p><div class=\"revue-form-group\"><input class=\"revue-form-field\" placeholder=\"Your email address...\" type=\"email\" name=\"member[email]\" id=\"member_email\" aria-label=\"Email address\"></div>"
                    + "<div class=\"revue-form-actions\"><input type=\"submit\" value=\"Subscribe\" name=\"member[subscribe]\" id=\"member_submit\"></div></form></div>";
            case "follow-us" when random.Next(3) == 0:
                // Elementor: a heading widget with the call, then the social-icons widget (each network's name in a screen-reader span).
                return $"<div class=\"elementor-element elementor-element-2b7c9e4 elementor-widget elementor-widget-heading\" data-id=\"2b7c9e4\" data-element_type=\"widget\" data-widget_type=\"heading.default\"><div class=\"elementor-widget-container\"><h4 class=\"elementor-heading-title elementor-size-default\">{e}</h4></div></div>"
                    + $"<div class=\"elementor-element elementor-element-6e0d3a8 elementor-shape-circle elementor-grid-0 e-grid-align-left elementor-widget elementor-widget-social-icons\" data-id=\"6e0d3a8\" data-element_type=\"widget\" data-widget_type=\"social-icons.default\"><div class=\"elementor-widget-container\"><div class=\"elementor-social-icons-wrapper elementor-grid\">"
                    + $"<span class=\"elementor-grid-item\"><a class=\"elementor-icon elementor-social-icon elementor-social-icon-facebook elementor-repeater-item-3c5e1a2\" href=\"https://www.facebook.com/{slug}\" target=\"_blank\"><span class=\"elementor-screen-only\">Facebook</span><i class=\"fab fa-facebook\"></i></a></span>"
                    + $"<span class=\"elementor-grid-item\"><a class=\"elementor-icon elementor-social-icon elementor-social-icon-youtube elementor-repeater-item-8d1f0b6\" href=\"https://www.youtube.com/@{slug}\" target=\"_blank\"><span class=\"elementor-screen-only\">Youtube</span><i class=\"fab fa-youtube\"></i></a></span></div></div></div>";
            case "read-more" when random.Next(3) == 0:
                // The block editor's Read More block in a flex group: the label, then the title for screen readers.
                return $"<div class=\"wp-block-group is-content-justification-right is-nowrap is-layout-flex wp-block-group-is-layout-flex\"><a class=\"wp-block-read-more\" href=\"{originalUrl}\" target=\"_self\">{e}<span class=\"screen-reader-text\">: {encodedTitle}</span></a></div>";
            case "source" when random.Next(3) == 0:
                // A block theme's bordered group: the source in a small paragraph, the site linked to the original.
                return $"<div class=\"wp-block-group has-border-color has-base-3-border-color is-layout-constrained wp-block-group-is-layout-constrained\" style=\"border-width:1px;border-radius:6px;padding-top:var(--wp--preset--spacing--20);padding-bottom:var(--wp--preset--spacing--20)\"><p class=\"has-small-font-size\">{e.Replace(s, $"<a href=\"{originalUrl}\" data-type=\"link\" data-id=\"{originalUrl}\">{s}</a>", StringComparison.Ordinal)}</p></div>";
            case "comments-closed" when random.Next(3) == 0:
                // Newspaper (tagDiv): the comments block's title wrap, the closed note as its title.
                return $"<div class=\"comments\" id=\"comments\"><div class=\"td-comments-title-wrap td_block_template_1\"><h4 class=\"td-comments-title block-title\"><span>{e}</span></h4></div></div>";
            case "tags" when random.Next(3) == 0:
                // Divi's post meta line: the date, a bar, then the line with each term linked as a category.
                e = LinkTags(e, tags, tag => $"<a href=\"https://{host}/category/{Slug(tag)}/\" rel=\"category tag\">");
                return $"<p class=\"post-meta\"><span class=\"published\">Mar {title.Length % 28 + 1}, 2025</span> | {e}</p>";
            case "image-credit" when random.Next(3) == 0:
                // Divi: an image module, then a centred text module with the credit in italics.
                return $"<div class=\"et_pb_module et_pb_image et_pb_image_0\"><span class=\"et_pb_image_wrap\"><img fetchpriority=\"high\" decoding=\"async\" width=\"1200\" height=\"675\" src=\"https://{host}/wp-content/uploads/2025/03/{Slug(title)}.jpg\" alt=\"\" title=\"{Slug(title)}\" class=\"wp-image-{title.Length * 97}\"></span></div>"
                    + $"<div class=\"et_pb_module et_pb_text et_pb_text_0 et_pb_text_align_center et_pb_bg_layout_light\"><div class=\"et_pb_text_inner\"><p><em>{e}</em></p></div></div>";
            case "advertisement" when random.Next(3) == 0:
                // A Taboola mid-article placement: the label in the rbox header, an empty items box, the disclosure link as a logo.
                return $"<div id=\"taboola-mid-article-thumbnails\" class=\"trc_related_container trc_spotlight_widget tbl-feed-container\"><div class=\"trc_rbox_container\"><div class=\"trc_rbox thumbnails-a trc-content-sponsored\"><div class=\"trc_rbox_header trc_rbox_border_elm\"><div class=\"trc_header_ext\"><span class=\"trc_rbox_header_span\">{e}</span></div></div><div class=\"trc_rbox_outer\"><div class=\"trc_rbox_div trc_rbox_border_elm\"></div></div></div></div>"
                    + $"<div class=\"trc_rbox_attribution\"><a class=\"trc_desktop_disclosure_link trc_attribution_position_after\" href=\"https://popup.taboola.com/en/?template=colorbox&amp;taboola_utm_source={slug}&amp;taboola_utm_medium=bytaboola&amp;taboola_utm_content=thumbnails-a:mid-article-thumbnails:\" rel=\"nofollow\" target=\"_blank\" aria-label=\"by Taboola\"><span class=\"trc_logos_v_align\"></span></a></div></div>";
            case "affiliate" when random.Next(3) == 0:
                // Elementor's alert widget with no title: the disclosure as its description, a dismiss button.
                return $"<div class=\"elementor-element elementor-element-4f9a7d2 elementor-widget elementor-widget-alert\" data-id=\"4f9a7d2\" data-element_type=\"widget\" data-widget_type=\"alert.default\"><div class=\"elementor-widget-container\"><div class=\"elementor-alert elementor-alert-info\" role=\"alert\"><span class=\"elementor-alert-description\">{e}</span><button type=\"button\" class=\"elementor-alert-dismiss\" aria-label=\"Dismiss this alert.\"><span aria-hidden=\"true\">&times;</span></button></div></div></div>";
            case "listen" when random.Next(3) == 0:
                // Divi's audio module: cover art, the label as the module header, the audio shortcode's player.
                return $"<div class=\"et_pb_module et_pb_audio_0 et_pb_audio_module clearfix et_pb_bg_layout_dark\"><div class=\"et_pb_audio_cover_art\" style=\"background-image: url(https://{host}/wp-content/uploads/2025/03/{Slug(title)}-cover.jpg);\"></div><div class=\"et_pb_audio_module_content et_audio_container\"><h2 class=\"et_pb_module_header\">{e}</h2><p class=\"et_audio_module_meta\"></p>"
                    + $"<audio class=\"wp-audio-shortcode\" id=\"audio-{title.Length * 3}-1\" preload=\"none\" style=\"width: 100%;\" controls=\"controls\"><source type=\"audio/mpeg\" src=\"https://{host}/wp-content/uploads/2025/03/{Slug(title)}.mp3?_=1\"></audio></div></div>";
            case "reading-time" when random.Next(3) == 0:
                // Elementor Pro's post-info widget: one inline item, a clock icon, the reading time as a custom item.
                return $"<div class=\"elementor-element elementor-element-1e8b5c3 elementor-widget elementor-widget-post-info\" data-id=\"1e8b5c3\" data-element_type=\"widget\" data-widget_type=\"post-info.default\"><div class=\"elementor-widget-container\"><ul class=\"elementor-inline-items elementor-icon-list-items elementor-post-info\"><li class=\"elementor-icon-list-item elementor-repeater-item-9f1c2d4 elementor-inline-item\">"
                    + $"<span class=\"elementor-icon-list-icon\"><i aria-hidden=\"true\" class=\"far fa-clock\"></i></span><span class=\"elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-custom\">{e}</span></li></ul></div></div>";
            case "paywall" when random.Next(3) == 0:
                // Medium's member wall, with its atomic class names: the message as a heading, a sign-up link as an arrow.
                return $"<div class=\"ab cb\"><div class=\"ch bg fz ga gb gc\" data-testid=\"paywall-upsell\"><div class=\"gd ge\"><h2 class=\"be gf gg gh gi gj gk bj\">{e}</h2></div><div class=\"gl n\"><a class=\"be b bf z bl gm gn go gp gq gr gs gt gu gv gw gx\" href=\"https://medium.com/m/signin?operation=register&amp;redirect={url}\" rel=\"noopener follow\" aria-label=\"become a member\">→</a></div></div></div>";
            case "support" when random.Next(3) == 0:
                // The block editor's Buttons block as block themes emit it: layout classes, a wide filled button.
                return $"<div class=\"wp-block-buttons is-content-justification-center is-layout-flex wp-container-core-buttons-is-layout-1 wp-block-buttons-is-layout-flex\"><div class=\"wp-block-button has-custom-width wp-block-button__width-75 is-style-fill\"><a class=\"wp-block-button__link has-accent-background-color has-background wp-element-button\" href=\"https://{host}/support-us/\">{e}</a></div></div>";
            case "separator" when random.Next(3) == 0:
                // Elementor's divider widget with the ornament as its text.
                return $"<div class=\"elementor-element elementor-element-0c6d2f7 elementor-widget-divider--view-line_text elementor-widget-divider--element-align-center elementor-widget elementor-widget-divider\" data-id=\"0c6d2f7\" data-element_type=\"widget\" data-widget_type=\"divider.default\"><div class=\"elementor-widget-container\"><div class=\"elementor-divider\"><span class=\"elementor-divider-separator\"><span class=\"elementor-divider__text elementor-divider__element\">{e}</span></span></div></div></div>";
            case "appeared-first-on" when random.Next(3) == 0:
                // A Medium export's trailing paragraph in italics: the title linked to the original, the site to its home page.
                var linked = e.Replace(encodedTitle, $"<a href=\"{originalUrl}\" data-href=\"{originalUrl}\" class=\"markup--anchor markup--p-anchor\" rel=\"noopener\" target=\"_blank\">{encodedTitle}</a>", StringComparison.Ordinal)
                    .Replace(s, $"<a href=\"https://{host}/\" data-href=\"https://{host}/\" class=\"markup--anchor markup--p-anchor\" rel=\"noopener\" target=\"_blank\">{s}</a>", StringComparison.Ordinal);
                return $"<p name=\"{title.Length * 2671 % 65536:x4}\" id=\"{title.Length * 2671 % 65536:x4}\" class=\"graf graf--p graf-after--p graf--trailing\"><em class=\"markup--em markup--p-em\">{linked}</em></p>";
            default:
                return null;
        }
    }

    // The thirteenth held-out set's containers: a WeChat article paragraph with inline styles, a Naver blog SmartEditor
    // ONE text component, a Tistory post paragraph with its size attribute, a LiveJournal entry's text in small print, a
    // phpBB post body in a smaller font, an Astro page's prose block with its scoped-style attributes, a LinkedIn
    // article's text block, a Shopify (Dawn) rich-text block in italics, a Weibo post's text.
    private string WrapThirteenth(string inner) => random.Next(9) switch
    {
        0 => $"<p style=\"margin-bottom: 0px;letter-spacing: 0.578px;text-wrap: wrap;\"><span style=\"color: rgb(136, 136, 136);font-size: 14px;\">{inner}</span></p>",
        1 => $"<div class=\"se-component se-text se-l-default\"><div class=\"se-component-content\"><div class=\"se-section se-section-text se-l-default\"><div class=\"se-module se-module-text\"><p class=\"se-text-paragraph se-text-paragraph-align-center\" style=\"\"><span style=\"\" class=\"se-fs-fs13 se-ff-\">{inner}</span></p></div></div></div></div>",
        2 => $"<div class=\"tt_article_useless_p_margin contents_style\"><p data-ke-size=\"size14\">{inner}</p></div>",
        3 => $"<div class=\"aentry-post__text aentry-post__text--view\"><small>{inner}</small></div>",
        4 => $"<div class=\"postbody\"><div class=\"content\"><span style=\"font-size: 85%; line-height: 116%;\">{inner}</span></div></div>",
        5 => $"<div class=\"prose prose-sm dark:prose-invert\" data-astro-cid-j7pv25f6=\"\"><p data-astro-cid-j7pv25f6=\"\">{inner}</p></div>",
        6 => $"<div class=\"article-main__content\" data-test-id=\"publishing-text-block\"><p>{inner}</p></div>",
        7 => $"<div class=\"rte scroll-trigger animate--slide-in\" data-cascade=\"\"><p><em>{inner}</em></p></div>",
        _ => $"<div class=\"WB_text W_f14\" node-type=\"feed_list_content\">{inner}</div>",
    };

    /// <summary>The thirteenth held-out set's shapes; null where the twelfth, eleventh, tenth, ninth, eighth, seventh, sixth, fifth, fourth or shared rendering serves.</summary>
    private string? Render13(string family, string text, string title, string site, string host, string originalUrl, IReadOnlyList<string> otherTitles,
        IReadOnlyList<string> tags)
    {
        var e = WebUtility.HtmlEncode(text);
        var slug = Slug(site);
        var url = Uri.EscapeDataString(originalUrl);
        var s = WebUtility.HtmlEncode(site);
        var encodedTitle = WebUtility.HtmlEncode(title);
        switch (family)
        {
            case "related" when random.Next(3) == 0:
                // Tistory's "other posts in this category" box: the label as a small heading, then a table row per post with its date.
                var rows = string.Concat(otherTitles.Select(o => $"<tr><th><a href=\"https://{slug}.tistory.com/{o.Length * 7 + 100}\">{WebUtility.HtmlEncode(o)}</a>&nbsp;&nbsp;<span>(2025.03.{o.Length % 28 + 1:D2})</span></th><td></td></tr>"));
                return $"<div class=\"another_category another_category_color_gray\"><h4>{e}</h4><table><tbody>{rows}</tbody></table></div>";
            case "related" when random.Next(3) == 0:
                // A WeChat article's "previous issues" list: the label in bold link-blue, then one inner link per past article.
                var issues = string.Concat(otherTitles.Select(o => $"<p style=\"text-align: left;\"><a target=\"_blank\" href=\"https://mp.weixin.qq.com/s?__biz=MzA{slug.Length * 104729}==&amp;mid={o.Length * 2650001}&amp;idx=1&amp;sn={o.Length * 48271:x8}&amp;scene=21#wechat_redirect\" textvalue=\"{WebUtility.HtmlEncode(o)}\" linktype=\"text\" imgurl=\"\" imgdata=\"null\" data-itemshowtype=\"0\" tab=\"innerlink\" data-linktype=\"2\"><span style=\"font-size: 14px;\">{WebUtility.HtmlEncode(o)}</span></a></p>"));
                return $"<section style=\"margin-top: 24px;\"><p style=\"text-align: left;\"><span style=\"font-size: 15px;color: rgb(87, 107, 149);\"><strong>{e}</strong></span></p>{issues}</section>";
            case "share" when random.Next(3) == 0:
                // Shopify's Dawn share button: a details element whose summary is the label, the link in a read-only field, a copy button.
                return $"<share-button id=\"Share-template--{slug.Length * 1579}__main\" class=\"share-button quick-add-hidden\"><details id=\"Details-share-template--{slug.Length * 1579}__main\"><summary class=\"share-button__button\"><svg width=\"13\" height=\"12\" viewBox=\"0 0 13 12\" class=\"icon icon-share\" fill=\"none\" xmlns=\"http://www.w3.org/2000/svg\" aria-hidden=\"true\" focusable=\"false\"><path d=\"M1.625 8.125V10.2917C1.625 10.579 1.73914 10.8545 1.94177 11.0572C2.14441 11.2598 2.41993 11.375 2.70833 11.375H10.2917C10.5801 11.375 10.8556 11.2598 11.0582 11.0572C11.2609 10.8545 11.375 10.579 11.375 10.2917V8.125\" stroke=\"currentColor\" stroke-linecap=\"round\" stroke-linejoin=\"round\"></path></svg>{e}</summary>"
                    + $"<div class=\"share-button__fallback motion-reduce\"><div class=\"field\"><span id=\"ShareMessage-template--{slug.Length * 1579}__main\" class=\"share-button__message hidden\" role=\"status\"></span><input type=\"text\" class=\"field__input\" id=\"ShareUrl-template--{slug.Length * 1579}__main\" value=\"{originalUrl}\" placeholder=\"Link\" onclick=\"this.select();\" readonly></div>"
                    + "<button class=\"share-button__copy no-js-hidden\" aria-label=\"Copy link\"><svg class=\"icon icon-clipboard\" width=\"11\" height=\"13\" fill=\"none\" xmlns=\"http://www.w3.org/2000/svg\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 11 13\"><path fill-rule=\"evenodd\" clip-rule=\"evenodd\" d=\"M2 1a1 1 0 011-1h7a1 1 0 011 1v9a1 1 0 01-1 1V1H2zM1 2a1 1 0 00-1 1v9a1 1 0 001 1h7a1 1 0 001-1V3a1 1 0 00-1-1H1zm0 10V3h7v9H1z\" fill=\"currentColor\"></path></svg></button></div></details></share-button>";
            case "subscribe" when random.Next(3) == 0:
                // Shopify's Dawn newsletter section: the call as its heading, the customer form with hidden fields, an arrow button.
                return $"<div class=\"newsletter center newsletter--narrow page-width\"><div class=\"newsletter__wrapper color-scheme-1 gradient content-container isolate\"><h2 class=\"inline-richtext h2\">{e}</h2><form method=\"post\" action=\"https://{host}/contact#ContactFooter\" id=\"ContactFooter\" accept-charset=\"UTF-8\" class=\"footer__newsletter newsletter-form\"><input type=\"hidden\" name=\"form_type\" value=\"customer\"><input type=\"hidden\" name=\"utf8\" value=\"✓\"><input type=\"hidden\" name=\"contact[tags]\" value=\"newsletter\">"
                    + "<div class=\"newsletter-form__field-wrapper\"><div class=\"field\"><input id=\"NewsletterForm--footer\" type=\"email\" name=\"contact[email]\" class=\"field__input\" value=\"\" aria-required=\"true\" autocorrect=\"off\" autocapitalize=\"off\" autocomplete=\"email\" placeholder=\"Email\" required><button type=\"submit\" class=\"newsletter-form__button field__button\" name=\"commit\" id=\"Subscribe\" aria-label=\"Subscribe\"><svg viewBox=\"0 0 14 10\" fill=\"none\" aria-hidden=\"true\" focusable=\"false\" class=\"icon icon-arrow\" xmlns=\"http://www.w3.org/2000/svg\"><path fill-rule=\"evenodd\" clip-rule=\"evenodd\" d=\"M8.537.808a.5.5 0 01.817-.162l4 4a.5.5 0 010 .708l-4 4a.5.5 0 11-.708-.708L11.793 5.5H1a.5.5 0 010-1h10.793L8.646 1.354a.5.5 0 01-.109-.546z\" fill=\"currentColor\"></path></svg></button></div></div></form></div></div>";
            case "follow-us" when random.Next(3) == 0:
                // A phpBB (prosilver) post signature: the call, the network's name linked as a post link.
                var signature = e;
                foreach (var (network, index) in Networks.Select((n, i) => (n, i)))
                {
                    if (signature.Contains(network, StringComparison.Ordinal))
                    {
                        signature = signature.Replace(network, $"<a href=\"https://{NetworkHosts[index]}/{slug}\" class=\"postlink\">{network}</a>", StringComparison.Ordinal);
                        break;
                    }
                }
                return $"<div id=\"sig{title.Length * 173}\" class=\"signature\">{signature}</div>";
            case "comments-closed" when random.Next(3) == 0:
                // phpBB's action bar on a locked topic: the reply button turned into the locked note, with a lock icon.
                return $"<div class=\"action-bar bar-bottom\"><a href=\"https://{host}/forum/posting.php?mode=reply&amp;t={title.Length * 311}\" class=\"button\" title=\"{e}\"><span>{e}</span> <i class=\"icon fa-lock fa-fw\" aria-hidden=\"true\"></i></a></div>";
            case "read-more" when random.Next(3) == 0:
                // LiveJournal's cut: the anchor, then the expand link to the rest of the entry.
                return $"<a name=\"cutid1\"></a><b class=\"ljcut-link lj-widget\" data-widget=\"ljcut\" data-widget-options=\"{{&quot;ditemid&quot;:{title.Length * 1031},&quot;journalid&quot;:{slug.Length * 95441},&quot;cutid&quot;:1,&quot;placeholder&quot;:0}}\"><span class=\"ljcut-link-expand\"><a class=\"ljcut-link-expandlink\" href=\"{originalUrl}#cutid1\">{e}</a></span></b>";
            case "tags" when random.Next(3) == 0:
                // LiveJournal's tags line under an entry, each tag linked to the journal's tag page.
                e = LinkTags(e, tags, tag => $"<a rel=\"tag\" href=\"https://{slug.Replace('-', '_')}.livejournal.com/tag/{Uri.EscapeDataString(tag)}\">");
                return $"<div class=\"ljtags\">{e}</div>";
            case "image-credit" when random.Next(3) == 0:
                // A Next.js page: next/image's img with its srcset through the image optimiser, the credit as a Tailwind-styled caption.
                var optimised = $"https://{host}/_next/image?url=%2Fimages%2F{Slug(title)}.jpg";
                return $"<figure class=\"not-prose my-8\"><img alt=\"\" loading=\"lazy\" width=\"1200\" height=\"675\" decoding=\"async\" data-nimg=\"1\" class=\"rounded-lg\" style=\"color:transparent\" srcset=\"{optimised}&amp;w=1200&amp;q=75 1x, {optimised}&amp;w=3840&amp;q=75 2x\" src=\"{optimised}&amp;w=3840&amp;q=75\"><figcaption class=\"mt-2 text-center text-sm text-zinc-500\">{e}</figcaption></figure>";
            case "listen" when random.Next(3) == 0:
                // Ghost's audio card: the audio element, the label as the card's title, the player's controls and times.
                return $"<div class=\"kg-card kg-audio-card\"><img src=\"\" alt=\"audio-thumbnail\" class=\"kg-audio-thumbnail kg-audio-hide\"><div class=\"kg-audio-thumbnail placeholder\"><svg width=\"24\" height=\"24\" fill=\"none\"><path fill-rule=\"evenodd\" clip-rule=\"evenodd\" d=\"M7.5 15.33a.75.75 0 1 0 0 1.5.75.75 0 0 0 0-1.5Z\" fill=\"currentColor\"></path></svg></div><div class=\"kg-audio-player-container\"><audio src=\"https://{host}/content/media/2025/03/{Slug(title)}.mp3\" preload=\"metadata\"></audio><div class=\"kg-audio-title\">{e}</div>"
                    + $"<div class=\"kg-audio-player\"><button class=\"kg-audio-play-icon\" aria-label=\"Play audio\"><svg viewBox=\"0 0 24 24\"><path d=\"M23.14 10.608 2.253.164A1.559 1.559 0 0 0 0 1.557v20.887a1.558 1.558 0 0 0 2.253 1.392L23.14 13.393a1.557 1.557 0 0 0 0-2.785Z\"></path></svg></button><button class=\"kg-audio-pause-icon kg-audio-hide\" aria-label=\"Pause audio\"><svg viewBox=\"0 0 24 24\"><rect x=\"3\" y=\"1\" width=\"7\" height=\"22\" rx=\"1.5\" ry=\"1.5\"></rect><rect x=\"14\" y=\"1\" width=\"7\" height=\"22\" rx=\"1.5\" ry=\"1.5\"></rect></svg></button>"
                    + $"<span class=\"kg-audio-current-time\">0:00</span><div class=\"kg-audio-time\">/<span class=\"kg-audio-duration\">{title.Length % 9 + 2}:{title.Length % 60:D2}</span></div><input type=\"range\" class=\"kg-audio-seek-slider\" max=\"100\" value=\"0\"></div></div></div>";
            case "reading-time" when random.Next(3) == 0:
                // An Astro blog's post header meta: a clock icon and the reading time, with the component's scoped-style attributes.
                return $"<div class=\"flex items-center gap-x-2 text-sm text-slate-500\" data-astro-cid-bvzihdzo=\"\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"16\" height=\"16\" viewBox=\"0 0 24 24\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\" data-astro-cid-bvzihdzo=\"\"><circle cx=\"12\" cy=\"12\" r=\"10\"></circle><path d=\"M12 6v6l4 2\"></path></svg><span data-astro-cid-bvzihdzo=\"\">{e}</span></div>";
            case "paywall" when random.Next(3) == 0:
                // A Next.js site's gated-content card: a fade over the text, the message, a sign-in link as an arrow (Tailwind classes).
                return $"<div class=\"relative mt-8\"><div class=\"pointer-events-none absolute inset-x-0 -top-32 h-32 bg-gradient-to-t from-white dark:from-zinc-950\"></div><div class=\"rounded-2xl border border-zinc-200 bg-white p-8 text-center shadow-sm\"><p class=\"text-lg font-semibold text-zinc-900\">{e}</p><a href=\"https://{host}/api/auth/signin?callbackUrl={url}\" class=\"mt-4 inline-flex items-center rounded-full bg-zinc-900 px-4 py-2 text-sm text-white\" aria-label=\"sign in\">→</a></div></div>";
            case "support" when random.Next(3) == 0:
                // A WeChat article's appreciation area: the call, then the tipping QR code.
                return $"<div id=\"js_reward_area\" class=\"reward_area\"><div class=\"reward_area_inner\"><p class=\"reward_tips\">{e}</p><div class=\"reward_qrcode_area\"><img class=\"reward_qrcode_img\" src=\"https://mmbiz.qpic.cn/mmbiz_png/{slug}/0?wx_fmt=png\" alt=\"\"></div></div></div>";
            case "advertisement" when random.Next(3) == 0:
                // A WeChat article's bottom ad area: the label as the ad tag, an empty ad slot.
                return $"<div class=\"mpda_bottom_container js_ad_area\"><div class=\"ad_tag_area\"><span class=\"ad_tag\">{e}</span></div><div id=\"js_bottom_ad_area\" class=\"rich_media_extra\"></div></div>";
            case "affiliate" when random.Next(3) == 0:
                // A Naver blog SmartEditor ONE quotation component holding the disclosure.
                return $"<div class=\"se-component se-quotation se-l-quotation_line\"><div class=\"se-component-content\"><div class=\"se-section se-section-quotation se-l-quotation_line\"><blockquote class=\"se-quotation-container\"><div class=\"se-module se-module-text se-quote\"><p class=\"se-text-paragraph se-text-paragraph-align-\" style=\"\"><span style=\"\" class=\"se-fs- se-ff-\">{e}</span></p></div></blockquote></div></div></div>";
            case "source" when random.Next(3) == 0:
                // A WeChat reprint's source panel: the line, the site linked to the original.
                return $"<div class=\"original_panel\" id=\"js_share_source\"><div class=\"original_panel_tool\"><span class=\"original_primary_card_tips\">{e.Replace(s, $"<a class=\"wx_tap_link js_wx_tap_highlight\" href=\"{originalUrl}\">{s}</a>", StringComparison.Ordinal)}</span></div></div>";
            case "separator" when random.Next(3) == 0:
                // A WeChat editor's centred divider section, the ornament in grey with wide letter spacing.
                return $"<section style=\"margin: 24px 0px; text-align: center;\"><section style=\"display: inline-block; color: rgb(178, 178, 178); font-size: 14px; letter-spacing: 4px;\"><span leaf=\"\">{e}</span></section></section>";
            case "appeared-first-on" when random.Next(3) == 0:
                // Ghost's bookmark card to the original: the line as the card's title, the site's icon, a thumbnail.
                return $"<figure class=\"kg-card kg-bookmark-card\"><a class=\"kg-bookmark-container\" href=\"{originalUrl}\"><div class=\"kg-bookmark-content\"><div class=\"kg-bookmark-title\">{e}</div><div class=\"kg-bookmark-metadata\"><img class=\"kg-bookmark-icon\" src=\"https://{host}/favicon.ico\" alt=\"\"></div></div><div class=\"kg-bookmark-thumbnail\"><img src=\"https://{host}/content/images/2025/03/{Slug(title)}.jpg\" alt=\"\" onerror=\"this.style.display = 'none'\"></div></a></figure>";
            default:
                return null;
        }
    }

    // The fourteenth held-out set's containers: a BBC article text block (its generated ssrcss class names), a Guardian
    // article body paragraph, a New York Times story companion column, an Arc XP article body paragraph, a GenerateBlocks
    // container, a Kadence Blocks column, a Spectra container, a beehiiv post's inline-styled content block (no class
    // names), a Patreon post body.
    private string WrapFourteenth(string inner) => random.Next(9) switch
    {
        0 => $"<div data-component=\"text-block\" class=\"ssrcss-uf6wea-RichTextComponentWrapper ep2nwvo0\"><div class=\"ssrcss-7uxr49-RichTextContainer e5tfeyi1\"><p class=\"ssrcss-1q0x1qg-Paragraph e1jhz7w10\"><i>{inner}</i></p></div></div>",
        1 => $"<div class=\"article-body-commercial-selector article-body-viewer-selector dcr-1r7dfm6\"><p class=\"dcr-8zipgp\"><em>{inner}</em></p></div>",
        2 => $"<div class=\"css-s99gbd StoryBodyCompanionColumn\" data-testid=\"companionColumn-0\"><div class=\"css-53u6y8\"><p class=\"css-at9mc1 evys1bk0\"><em>{inner}</em></p></div></div>",
        3 => $"<div class=\"default-output-block\"><p class=\"c-paragraph\"><i>{inner}</i></p></div>",
        4 => $"<div class=\"gb-container gb-container-4a1f2c3d\"><div class=\"gb-inside-container\"><p>{inner}</p></div></div>",
        5 => $"<div class=\"wp-block-kadence-column kadence-column_3f2a1c-9d\"><div class=\"kt-inside-inner-col\"><p class=\"has-small-font-size\">{inner}</p></div></div>",
        6 => $"<div class=\"wp-block-uagb-container uagb-block-8c1d2e3f alignfull uagb-is-root-container\"><div class=\"uagb-container-inner-blocks-wrap\"><p>{inner}</p></div></div>",
        7 => $"<div style=\"padding-bottom:12px;padding-left:0px;padding-right:0px;padding-top:12px;\"><p style=\"color:#2D2D2D;font-family:'Helvetica',Arial,sans-serif;font-size:16px;line-height:24px;\"><i>{inner}</i></p></div>",
        _ => $"<div data-tag=\"post-content\" class=\"sc-jRQBWg jnMTLB\"><p>{inner}</p></div>",
    };

    /// <summary>The fourteenth held-out set's shapes; null where the thirteenth, twelfth, eleventh, tenth, ninth, eighth, seventh, sixth, fifth, fourth or shared rendering serves.</summary>
    private string? Render14(string family, string text, string title, string site, string host, string originalUrl, IReadOnlyList<string> otherTitles,
        IReadOnlyList<string> tags)
    {
        var e = WebUtility.HtmlEncode(text);
        var slug = Slug(site);
        var url = Uri.EscapeDataString(originalUrl);
        var s = WebUtility.HtmlEncode(site);
        var encodedTitle = WebUtility.HtmlEncode(title);
        switch (family)
        {
            case "related" when random.Next(3) == 0:
                // The Guardian's onwards container as its rendering app emits it: the label as the heading, one card per story,
                // an empty overlay link and the headline in nested spans.
                var cards = string.Concat(otherTitles.Select((o, i) => $"<li class=\"dcr-1ovdhvt\"><div class=\"dcr-1a8l7rm\"><a href=\"https://{host}/world/2025/mar/{o.Length % 28 + 1:D2}/{Slug(o)}\" data-link-name=\"news | group-0 | card-@{i + 1}\" aria-label=\"{WebUtility.HtmlEncode(o)}\" class=\"dcr-lv2v9o\"></a><div class=\"dcr-1xiyj9f\"><h3 class=\"card-headline dcr-9pwusb\"><span><span class=\"show-underline dcr-uyefka\">{WebUtility.HtmlEncode(o)}</span></span></h3></div></div></li>"));
                return $"<section data-component=\"more-on-this-story\" data-link-name=\"More on this story\" class=\"dcr-1axg4fx\"><div class=\"dcr-1w6uej9\"><h2 class=\"dcr-k4b9ub\">{e}</h2></div><ul class=\"dcr-9jt6wq\">{cards}</ul></section>";
            case "related" when random.Next(3) == 0:
                // The Kadence theme's related-posts carousel: the label as the section title, a Splide list of loop entries.
                var entries = string.Concat(otherTitles.Select(o => $"<li class=\"entry-list-item carousel-item splide__slide\"><article class=\"entry content-bg loop-entry post-{o.Length * 131} post type-post status-publish format-standard has-post-thumbnail hentry\"><a class=\"post-thumbnail kadence-thumbnail-ratio-2-3\" href=\"https://{host}/{Slug(o)}/\" aria-hidden=\"true\" tabindex=\"-1\"><div class=\"post-thumbnail-inner\"><img width=\"768\" height=\"512\" src=\"https://{host}/wp-content/uploads/2025/03/{Slug(o)}-768x512.jpg\" class=\"attachment-medium_large size-medium_large wp-post-image\" alt=\"\" decoding=\"async\" loading=\"lazy\"></div></a>"
                    + $"<div class=\"entry-content-wrap\"><header class=\"entry-header\"><h3 class=\"entry-title\"><a href=\"https://{host}/{Slug(o)}/\" rel=\"bookmark\">{WebUtility.HtmlEncode(o)}</a></h3></header></div></article></li>"));
                return $"<div class=\"entry-related alignfull entry-related-style-wide\"><div class=\"entry-related-inner content-container site-container\"><div class=\"entry-related-inner-content alignwide\"><h2 class=\"entry-related-title\">{e}</h2>"
                    + $"<div class=\"entry-related-carousel kadence-slide-init splide\" data-columns-xxl=\"3\" data-columns-xl=\"3\" data-columns-md=\"3\" data-columns-sm=\"2\" data-columns-xs=\"2\" data-columns-ss=\"1\" data-slider-anim-speed=\"400\" data-slider-scroll=\"1\" data-slider-dots=\"true\" data-slider-arrows=\"true\" data-slider-hover-pause=\"false\" data-slider-auto=\"false\" data-slider-speed=\"7000\" data-slider-gutter=\"40\" data-slider-loop=\"true\" data-slider-next-label=\"Next\" data-slider-slide-label=\"Posts\" data-slider-prev-label=\"Previous\">"
                    + $"<div class=\"splide__track\"><ul class=\"splide__list kadence-posts-list grid-cols grid-sm-col-2 grid-lg-col-3\">{entries}</ul></div></div></div></div></div>";
            case "share" when random.Next(3) == 0:
                // An Arc XP (Themes) share bar: the label as the block's heading, icon-only buttons whose network is only in aria-label.
                return $"<div class=\"b-share-bar\"><h2 class=\"c-heading b-share-bar__heading\">{e}</h2><div class=\"c-stack\" data-style-direction=\"horizontal\" data-style-justification=\"start\" data-style-alignment=\"unset\" data-style-inline=\"false\" data-style-wrap=\"nowrap\">"
                    + $"<a class=\"c-button c-button--small c-button--secondary-reverse\" href=\"https://www.facebook.com/sharer/sharer.php?u={url}\" target=\"_blank\" rel=\"noreferrer\" aria-label=\"Share on Facebook\"><svg class=\"c-icon\" width=\"16\" height=\"16\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" focusable=\"false\"><path d=\"M24 12.07C24 5.41 18.63 0 12 0S0 5.4 0 12.07C0 18.1 4.39 23.1 10.13 24v-8.44H7.08v-3.49h3.04V9.41c0-3.02 1.8-4.7 4.54-4.7 1.31 0 2.68.24 2.68.24v2.97h-1.5c-1.5 0-1.96.93-1.96 1.89v2.26h3.32l-.53 3.5h-2.8V24C19.62 23.1 24 18.1 24 12.07\"></path></svg></a>"
                    + $"<a class=\"c-button c-button--small c-button--secondary-reverse\" href=\"https://x.com/intent/post?url={url}&amp;text={Uri.EscapeDataString(title)}\" target=\"_blank\" rel=\"noreferrer\" aria-label=\"Share on X\"><svg class=\"c-icon\" width=\"16\" height=\"16\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" focusable=\"false\"><path d=\"M18.9 1.15h3.68l-8.04 9.19L24 22.85h-7.4l-5.8-7.58-6.64 7.58H.47l8.6-9.83L0 1.15h7.59l5.24 6.93 6.07-6.93Z\"></path></svg></a>"
                    + $"<a class=\"c-button c-button--small c-button--secondary-reverse\" href=\"mailto:?subject={Uri.EscapeDataString(title)}&amp;body={url}\" aria-label=\"Share via email\"><svg class=\"c-icon\" width=\"16\" height=\"16\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" focusable=\"false\"><path d=\"M0 4h24v16H0V4zm2 2v.5l10 6.25L22 6.5V6H2z\"></path></svg></a></div></div>";
            case "subscribe" when random.Next(3) == 0:
                // A beehiiv post's subscribe block: inline styles only, the call in bold, the sign-up link as an arrow button.
                return $"<div style=\"padding-bottom:20px;padding-left:15px;padding-right:15px;padding-top:20px;\"><table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"background-color:#F3F4F6;border-radius:10px;\"><tr><td align=\"center\" style=\"padding:24px;\"><p style=\"color:#222222;font-family:'Helvetica',Arial,sans-serif;font-size:18px;font-weight:bold;line-height:26px;margin:0 0 12px 0;\">{e}</p>"
                    + $"<a href=\"https://{slug}.beehiiv.com/subscribe?utm_source={slug}.beehiiv.com&amp;utm_medium=newsletter&amp;utm_campaign={Slug(title)}\" target=\"_blank\" rel=\"noopener noreferrer nofollow\" style=\"background-color:#2C81E5;border-radius:8px;color:#FFFFFF;display:inline-block;font-size:16px;padding:10px 24px;text-decoration:none;\">→</a></td></tr></table></div>";
            case "follow-us" when random.Next(3) == 0:
                // A BBC article's closing text block in italics, the network linked with the generated class names of its inline links.
                var followed = e;
                foreach (var (network, index) in Networks.Select((n, i) => (n, i)))
                {
                    if (followed.Contains(network, StringComparison.Ordinal))
                    {
                        followed = followed.Replace(network, $"<a href=\"https://{NetworkHosts[index]}/{slug}\" class=\"ssrcss-k17ofw-InlineLink e1kn3p7n0\">{network}</a>", StringComparison.Ordinal);
                        break;
                    }
                }
                return $"<div data-component=\"text-block\" class=\"ssrcss-uf6wea-RichTextComponentWrapper ep2nwvo0\"><div class=\"ssrcss-7uxr49-RichTextContainer e5tfeyi1\"><p class=\"ssrcss-1q0x1qg-Paragraph e1jhz7w10\"><i>{followed}</i></p></div></div>";
            case "read-more" when random.Next(3) == 0:
                // GeneratePress's read-more container: a button-styled link, the title in its title and aria-label.
                return $"<p class=\"read-more-container\"><a title=\"{encodedTitle}\" class=\"read-more button\" href=\"{originalUrl}\" aria-label=\"{e} {encodedTitle}\">{e}</a></p>";
            case "source" when random.Next(3) == 0:
                // An Arc XP (Themes) byline block: the line as its attribution, the site linked to the original.
                return $"<section class=\"b-byline\"><span class=\"c-attribution\">{e.Replace(s, $"<a class=\"c-link\" href=\"{originalUrl}\">{s}</a>", StringComparison.Ordinal)}</span></section>";
            case "comments-closed" when random.Next(3) == 0:
                // A Coral comments embed on a closed story: the thread container with the story's address, the closed message.
                return $"<div class=\"coral-comments\"><div id=\"coral_thread\" data-coral-story-id=\"{Slug(title)}\" data-coral-story-url=\"{originalUrl}\"><div class=\"coral coral-stream\"><div class=\"coral coral-closedStream\" role=\"status\"><p class=\"coral coral-closedStream-message\">{e}</p></div></div></div></div>";
            case "separator" when random.Next(3) == 0:
                // Spectra's separator block with the ornament as its text element.
                return $"<div class=\"wp-block-uagb-separator uagb-block-{slug.Length * 4099 % 65536:x4}a1 wp-block-uagb-separator--text\"><div class=\"wp-block-uagb-separator__inner\" style=\"--my-background-image:\"><div class=\"wp-block-uagb-separator-element\"><p class=\"uagb-html-tag\">{e}</p></div></div></div>";
            case "advertisement" when random.Next(3) == 0:
                // An Arc XP ad block: the advertisement label above an empty ad container.
                return $"<div class=\"b-ad-block\"><div class=\"arcad-feature\"><div class=\"advertisement-label advertisement-label--display\">{e}</div><div class=\"arcad-container\"><div id=\"arcad_{slug.Length * 31}-{title.Length}\" class=\"arcad ad-300x250\"></div></div></div></div>";
            case "tags" when random.Next(3) == 0:
                // GeneratePress's entry meta footer: a tag icon, then the line with each tag linked.
                e = LinkTags(e, tags, tag => $"<a href=\"https://{host}/tag/{Slug(tag)}/\" rel=\"tag\">");
                return $"<footer class=\"entry-meta\" aria-label=\"Entry meta\"><span class=\"tags-links\"><span class=\"gp-icon icon-tags\"><svg viewBox=\"0 0 512 512\" aria-hidden=\"true\" xmlns=\"http://www.w3.org/2000/svg\" width=\"1em\" height=\"1em\"><path d=\"M20 39.5c-8.836 0-16 7.163-16 16v176c0 4.243 1.686 8.313 4.687 11.314l224 224c6.248 6.248 16.378 6.248 22.626 0l176-176c6.244-6.244 6.25-16.364.013-22.615l-223.5-224A15.999 15.999 0 00196.5 39.5H20zm56 96c0-13.255 10.745-24 24-24s24 10.745 24 24-10.745 24-24 24-24-10.745-24-24z\"></path></svg></span>{e}</span></footer>";
            case "support" when random.Next(3) == 0:
                // Patreon's become-a-patron button embed: the link the widget script turns into a button, then the script.
                return $"<p><a href=\"https://www.patreon.com/bePatron?u={slug.Length * 1000033}\" data-patreon-widget-type=\"become-patron-button\">{e}</a><script async src=\"https://c6.patreon.com/becomePatronButton.bundle.js\"></script></p>";
            case "affiliate" when random.Next(3) == 0:
                // A Kadence Blocks advanced heading set as a paragraph in a palette colour, the disclosure in italics.
                var block = $"{slug.Length * 37 % 4096:x3}{title.Length % 16:x}_{title.Length * 13 % 256:x2}-{slug.Length % 10}{title.Length % 7}";
                return $"<p class=\"kt-adv-heading{block} wp-block-kadence-advancedheading has-theme-palette-6-color has-text-color\" data-kb-block=\"kb-adv-heading{block}\"><em>{e}</em></p>";
            case "image-credit" when random.Next(3) == 0:
                // A Guardian inline figure: the picture from its image service, the credit in the caption after a camera icon.
                var media = $"https://i.guim.co.uk/img/media/{Slug(title).Length * 2654435761L:x12}/0_0_5000_3000/master/5000.jpg";
                return $"<figure id=\"{Slug(title).Length * 7919:x8}-0000-4000-8000-{slug.Length * 104729:x12}\" data-spacefinder-role=\"inline\" class=\"dcr-173mewl\"><div class=\"dcr-1t8m8f4\"><picture class=\"dcr-evn1e9\"><source srcset=\"{media}?width=620&amp;dpr=2&amp;s=none 1240w\" media=\"(min-width: 660px)\"><img alt=\"\" src=\"{media}?width=445&amp;dpr=1&amp;s=none\" width=\"445\" height=\"267\" loading=\"lazy\" class=\"dcr-4zleql\"></picture></div>"
                    + $"<figcaption class=\"dcr-1f8nbxb\"><span class=\"dcr-1inf02i\"><svg width=\"18\" height=\"13\" viewBox=\"0 0 18 13\"><path d=\"M18 3.5v8l-1.5 1.5h-15L0 11.5v-8L1.5 2H5l2-2h4l2 2h3.5L18 3.5zM9 11c1.9 0 3.5-1.6 3.5-3.5S10.9 4 9 4 5.5 5.6 5.5 7.5 7.1 11 9 11z\"></path></svg></span>{e}</figcaption></figure>";
            case "listen" when random.Next(3) == 0:
                // A New York Times-style article audio player: a play button, the label, the audio element with its duration in a data-attribute.
                return $"<div class=\"css-1j8dw05\" data-testid=\"article-audio-player\"><button type=\"button\" class=\"css-1h4t7fh\" aria-label=\"play\"><svg width=\"24\" height=\"24\" viewBox=\"0 0 24 24\" aria-hidden=\"true\"><path d=\"M8 5v14l11-7z\"></path></svg></button><div class=\"css-6n7j50\"><p class=\"css-1kmlmpw\">{e}</p><audio preload=\"none\" src=\"https://{host}/audio/{Slug(title)}.mp3\" data-duration=\"{title.Length * 7 % 600 + 60}\"></audio></div></div>";
            case "reading-time" when random.Next(3) == 0:
                // Yoast SEO's estimated-reading-time block: the words before the number, the number, the words after, each in its span.
                var digit = text.AsSpan().IndexOfAnyInRange('0', '9');
                var end = digit;
                while (end >= 0 && end < text.Length && char.IsAsciiDigit(text[end]))
                    end++;
                var (before, number, after) = digit < 0 ? (text, "", "") : (text[..digit], text[digit..end], text[end..]);
                return $"<p class=\"yoast-reading-time__wrapper\"><span class=\"yoast-reading-time__icon\"><svg aria-hidden=\"true\" focusable=\"false\" data-icon=\"clock\" width=\"20\" height=\"20\" fill=\"none\" stroke=\"currentColor\" style=\"display:inline-block;vertical-align:-0.1em\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\"><path stroke-linecap=\"round\" stroke-linejoin=\"round\" stroke-width=\"2\" d=\"M12 8v4l3 3m6-3a9 9 0 11-18 0 9 9 0 0118 0z\"></path></svg></span><span class=\"yoast-reading-time__spacer\" style=\"display:inline-block;width:1em\"></span>"
                    + $"<span class=\"yoast-reading-time__descriptive-text\">{WebUtility.HtmlEncode(before)}</span><span class=\"yoast-reading-time__reading-time\">{number}</span><span class=\"yoast-reading-time__time-unit\">{WebUtility.HtmlEncode(after)}</span></p>";
            case "paywall" when random.Next(3) == 0:
                // A locked Patreon post: styled-components classes and data-tag attributes, a lock icon, the message, the join link as an arrow.
                return $"<div data-tag=\"locked-post-card\" class=\"sc-bdVaJa kHrNwv\"><div class=\"sc-htpNat fZuYOd\"><svg viewBox=\"0 0 24 24\" width=\"24\" height=\"24\" aria-hidden=\"true\"><path d=\"M17 9V7A5 5 0 0 0 7 7v2H5v13h14V9h-2zM9 7a3 3 0 0 1 6 0v2H9V7z\"></path></svg><p data-tag=\"locked-post-message\" class=\"sc-bxivhb dAcWqT\">{e}</p><a data-tag=\"join-button\" href=\"https://www.patreon.com/join/{slug}/checkout?redirect_uri={url}\" class=\"sc-ifAKCX bQbmuO\" aria-label=\"join\">→</a></div></div>";
            case "appeared-first-on" when random.Next(3) == 0:
                // A New York Times-style print-information note at the story's foot: italics, the title linked to the original, the site to its home page.
                var linked = e.Replace(encodedTitle, $"<a href=\"{originalUrl}\" class=\"css-yywogo\">{encodedTitle}</a>", StringComparison.Ordinal)
                    .Replace(s, $"<a href=\"https://{host}/\" class=\"css-yywogo\">{s}</a>", StringComparison.Ordinal);
                return $"<div class=\"css-1vkm6nb ehdk2mb0\"><div id=\"print-info\" class=\"css-1ijzd8v\"><p class=\"css-at9mc1 evys1bk0\"><em>{linked}</em></p></div></div>";
            default:
                return null;
        }
    }

    // The fifteenth held-out set's containers: a Hatena Blog entry body, a Zhihu article's rich text (a paragraph with its
    // data-pid), a Tumblr Neue Post Format text block in its "quirky" subtype, a Weebly paragraph element, a Jimdo text
    // module, a Typepad entry body, a Movable Type asset body in small print, a Joomla K2 item's full text, a Plone page's
    // text field in its discreet style, a dev.to article body.
    private string WrapFifteenth(string inner) => random.Next(10) switch
    {
        0 => $"<div class=\"entry-content hatenablog-entry\"><p>{inner}</p></div>",
        1 => $"<div class=\"RichText ztext Post-RichText css-1yl6ec1\" options=\"[object Object]\"><p data-pid=\"{inner.Length * 2654435761L % 4294967296L:x8}\">{inner}</p></div>",
        2 => $"<p class=\"npf_quirky\">{inner}</p>",
        3 => $"<div class=\"paragraph\" style=\"text-align:left;\"><em>{inner}</em></div>",
        4 => $"<div id=\"cc-m-{inner.Length * 1000003 % 100000000:D8}\" class=\"j-module n j-text\"><p><span style=\"font-size: 12px;\">{inner}</span></p></div>",
        5 => $"<div class=\"entry-body\"><p><em>{inner}</em></p></div>",
        6 => $"<div class=\"asset-body\"><p><small>{inner}</small></p></div>",
        7 => $"<div class=\"itemFullText\"><p>{inner}</p></div>",
        8 => $"<div id=\"parent-fieldname-text\"><p class=\"discreet\">{inner}</p></div>",
        _ => $"<div class=\"crayons-article__body text-styles spec__body\" data-article-id=\"{inner.Length * 7919}\" id=\"article-body\"><p>{inner}</p></div>",
    };

    /// <summary>The fifteenth held-out set's shapes; null where the fourteenth, thirteenth, twelfth, eleventh, tenth, ninth, eighth, seventh, sixth, fifth, fourth or shared rendering serves.</summary>
    private string? Render15(string family, string text, string title, string site, string host, string originalUrl, IReadOnlyList<string> otherTitles,
        IReadOnlyList<string> tags)
    {
        var e = WebUtility.HtmlEncode(text);
        var slug = Slug(site);
        var url = Uri.EscapeDataString(originalUrl);
        var s = WebUtility.HtmlEncode(site);
        var encodedTitle = WebUtility.HtmlEncode(title);
        switch (family)
        {
            case "related" when random.Next(3) == 0:
                // Hatena Blog's related-entries module: the module title, then a URL-list item per entry, its date link above its title link.
                var hatena = string.Concat(otherTitles.Select(o => $"<li class=\"urllist-item related-entries-item\"><div class=\"urllist-item-inner related-entries-item-inner\"><div class=\"urllist-date-link related-entries-date-link\"><a href=\"https://{host}/archive/2025/03/{o.Length % 28 + 1:D2}\" rel=\"nofollow\"><time datetime=\"2025-03-{o.Length % 28 + 1:D2}T09:00:00Z\" title=\"2025年3月{o.Length % 28 + 1}日\">2025-03-{o.Length % 28 + 1:D2}</time></a></div>"
                    + $"<a href=\"https://{host}/entry/2025/03/{o.Length % 28 + 1:D2}/{o.Length * 7919 % 1000000:D6}\" class=\"urllist-title-link related-entries-title-link urllist-title related-entries-title\">{WebUtility.HtmlEncode(o)}</a></div></li>"));
                return $"<div class=\"hatena-module hatena-module-related-entries\"><div class=\"hatena-module-title\">{e}</div><div class=\"hatena-module-body\"><ul class=\"related-entries hatena-urllist urllist-with-thumbnails\">{hatena}</ul></div></div>";
            case "related" when random.Next(3) == 0:
                // Joomla K2's related items: the label as a heading, even and odd items, the clearing items K2 adds.
                var k2 = string.Concat(otherTitles.Select((o, i) => $"<li class=\"{(i % 2 == 0 ? "even" : "odd")}\"><a class=\"itemRelTitle\" href=\"https://{host}/index.php/blog/item/{o.Length * 17}-{Slug(o)}\">{WebUtility.HtmlEncode(o)}</a></li>"));
                return $"<div class=\"itemRelated\"><h3>{e}</h3><ul>{k2}<li class=\"clr\"></li></ul><div class=\"clr\"></div></div>";
            case "share" when random.Next(3) == 0:
                // Hatena Blog's entry footer: the label, the Hatena Bookmark button (an image whose alt says what it does), a LINE button placeholder.
                return $"<div class=\"entry-footer-html\"><div class=\"social-buttons\"><p class=\"social-buttons-label\">{e}</p><div class=\"social-button-item\"><a href=\"https://b.hatena.ne.jp/entry/s/{originalUrl["https://".Length..]}\" class=\"hatena-bookmark-button\" data-hatena-bookmark-url=\"{originalUrl}\" data-hatena-bookmark-layout=\"vertical-balloon\" data-hatena-bookmark-lang=\"ja\" title=\"この記事をはてなブックマークに追加\"><img src=\"https://b.st-hatena.com/images/entry-button/button-only.gif\" alt=\"この記事をはてなブックマークに追加\" width=\"20\" height=\"20\" style=\"border: none;\"></a></div>"
                    + $"<div class=\"social-button-item\"><div class=\"line-it-button\" data-lang=\"ja\" data-type=\"share-e\" data-env=\"REAL\" data-url=\"{originalUrl}\" data-color=\"default\" data-size=\"large\" data-count=\"false\" data-ver=\"3\" style=\"display: none;\"></div></div></div></div>";
            case "subscribe" when random.Next(3) == 0:
                // A Hashnode blog's newsletter box (Tailwind classes): the call as its heading, an email field, an arrow button.
                return $"<div id=\"newsletter\" class=\"relative mb-10 flex flex-col items-center rounded-lg bg-slate-50 px-5 py-8 dark:bg-slate-800 md:px-10\"><h3 class=\"mb-4 text-center text-lg font-semibold text-slate-900 dark:text-slate-100\">{e}</h3><form class=\"relative w-full rounded-full border p-2 dark:border-slate-700 md:w-2/3\"><input type=\"email\" placeholder=\"Enter your email address\" class=\"focus:outline-primary-600 w-full rounded-full p-3 text-base text-slate-900 outline-none dark:bg-slate-900\" aria-label=\"email\"><button type=\"submit\" class=\"bg-primary-600 absolute right-2 top-2 rounded-full px-3 py-2 text-white\" aria-label=\"subscribe\">→</button></form></div>";
            case "follow-us" when random.Next(3) == 0:
                // Weebly: a centred paragraph element with the call, then the social-icons element (the networks only in alt and aria-label).
                return $"<div class=\"paragraph\" style=\"text-align:center;\">{e}</div><div style=\"text-align:center;\"><div style=\"height: 10px; overflow: hidden;\"></div><span class=\"wsite-social wsite-social-default\">"
                    + $"<a class=\"first-child wsite-social-item wsite-social-facebook\" href=\"https://www.facebook.com/{slug}\" target=\"_blank\" alt=\"Facebook\" aria-label=\"Facebook\"><span class=\"wsite-social-item-inner\"></span></a>"
                    + $"<a class=\"wsite-social-item wsite-social-twitter\" href=\"https://twitter.com/{slug}\" target=\"_blank\" alt=\"Twitter\" aria-label=\"Twitter\"><span class=\"wsite-social-item-inner\"></span></a>"
                    + $"<a class=\"last-child wsite-social-item wsite-social-instagram\" href=\"https://www.instagram.com/{slug}\" target=\"_blank\" alt=\"Instagram\" aria-label=\"Instagram\"><span class=\"wsite-social-item-inner\"></span></a></span><div style=\"height: 10px; overflow: hidden;\"></div></div>";
            case "read-more" when random.Next(3) == 0:
                // Movable Type's more link under an entry's excerpt.
                return $"<div class=\"asset-more-link\"><p><a href=\"{originalUrl}\" rel=\"bookmark\">{e}</a></p></div>";
            case "source" when random.Next(3) == 0:
                // A Zhihu article paragraph with its data-pid, the site linked through Zhihu's outbound redirect.
                var zhihu = e.Replace(s, $"<a href=\"https://link.zhihu.com/?target={url}\" class=\" wrap external\" target=\"_blank\" rel=\"nofollow noreferrer\">{s}</a>", StringComparison.Ordinal);
                return $"<div class=\"RichText ztext Post-RichText css-1yl6ec1\" options=\"[object Object]\"><p data-pid=\"{title.Length * 2654435761L % 4294967296L:x8}\">{zhihu}</p></div>";
            case "comments-closed" when random.Next(3) == 0:
                // Hatena Blog's comment box with no comments, the note where the leave-a-comment title goes.
                return $"<div class=\"comment-box js-comment-box\"><ul class=\"comment js-comment\"></ul><p class=\"leave-comment-title js-leave-comment-title\">{e}</p></div>";
            case "separator" when random.Next(3) == 0:
                // A Jimdo text module holding the centred ornament in grey.
                return $"<div id=\"cc-m-{slug.Length * 1000003 % 100000000:D8}\" class=\"j-module n j-text\"><p style=\"text-align: center;\"><span style=\"color: #999999;\">{e}</span></p></div>";
            case "advertisement" when random.Next(3) == 0:
                // WordPress.com's WordAds unit: the label in its about span, an empty ad container.
                return $"<div class=\"wpcnt\"><div class=\"wpa wpmrec\"><span class=\"wpa-about\">{e}</span><div class=\"u top_amazon\"><div id=\"atatags-{slug.Length * 26942 + 100000000}-{title.Length * 31}\"></div></div></div></div>";
            case "tags" when random.Next(3) == 0:
                // A Tumblr theme's post footer: the line with each tag linked to the blog's tagged page.
                e = LinkTags(e, tags, tag => $"<a class=\"post-tag\" href=\"https://{slug}.tumblr.com/tagged/{Uri.EscapeDataString(tag)}\">");
                return $"<footer class=\"post-footer\"><div class=\"post-tags\">{e}</div></footer>";
            case "support" when random.Next(3) == 0:
                // Zhihu's reward box: the tagline, then the red reward button as a heart icon.
                return $"<div class=\"Reward\"><div><div class=\"Reward-tagline\">{e}</div><button type=\"button\" class=\"Button Reward-rewardBtn Button--red\" aria-label=\"赞赏\"><svg width=\"16\" height=\"16\" viewBox=\"0 0 24 24\" fill=\"currentColor\" aria-hidden=\"true\"><path d=\"M12 21s-7-4.35-9.5-8.5C.5 8.5 3 4 7 4c2 0 3.5 1 5 3 1.5-2 3-3 5-3 4 0 6.5 4.5 4.5 8.5C19 16.65 12 21 12 21z\"></path></svg></button></div></div>";
            case "affiliate" when random.Next(3) == 0:
                // A dev.to (Forem) Crayons notice.
                return $"<div class=\"crayons-notice crayons-notice--info\" aria-live=\"polite\">{e}</div>";
            case "image-credit" when random.Next(3) == 0:
                // A Tumblr Neue Post Format image block: the full-width figure with its original size, the credit as the next text block.
                var tumblrMedia = $"https://64.media.tumblr.com/{Slug(title).Length * 2654435761L:x12}/{slug.Length * 40503:x8}-{title.Length}";
                return $"<figure class=\"tmblr-full\" data-orig-height=\"1080\" data-orig-width=\"1920\"><img src=\"{tumblrMedia}/s1280x1920/{Slug(title).Length * 7919:x6}.jpg\" data-orig-height=\"1080\" data-orig-width=\"1920\" srcset=\"{tumblrMedia}/s640x960/{Slug(title).Length * 7919:x6}.jpg 640w, {tumblrMedia}/s1280x1920/{Slug(title).Length * 7919:x6}.jpg 1280w\" sizes=\"(max-width: 1280px) 100vw, 1280px\"></figure><p>{e}</p>";
            case "listen" when random.Next(3) == 0:
                // A Tumblr Neue Post Format audio block: its description in data-npf, the native player, the label as the caption.
                var tumblrAudio = $"https://a.tumblr.com/tumblr_{slug.Replace("-", "", StringComparison.Ordinal)}{title.Length}o1.mp3";
                return $"<figure class=\"tmblr-full\" data-npf=\"{{&quot;type&quot;:&quot;audio&quot;,&quot;provider&quot;:&quot;tumblr&quot;,&quot;url&quot;:&quot;{tumblrAudio}&quot;,&quot;title&quot;:&quot;{encodedTitle}&quot;}}\"><audio controls=\"\" preload=\"none\" src=\"{tumblrAudio}\"></audio><figcaption>{e}</figcaption></figure>";
            case "reading-time" when random.Next(3) == 0:
                // A dev.to article's subheader, the reading time in a small muted span.
                return $"<div class=\"crayons-article__subheader\"><span class=\"fs-s color-base-60\">{e}</span></div>";
            case "paywall" when random.Next(3) == 0:
                // Joomla's read-more to the login page on a registered-only article, the return address in base64.
                var back = Uri.EscapeDataString(Convert.ToBase64String(Encoding.UTF8.GetBytes(originalUrl)));
                return $"<p class=\"readmore\"><a class=\"btn\" href=\"https://{host}/index.php?option=com_users&amp;view=login&amp;return={back}\" itemprop=\"url\" aria-label=\"{e}\"><span class=\"icon-chevron-right\" aria-hidden=\"true\"></span> {e}</a></p>";
            case "appeared-first-on" when random.Next(3) == 0:
                // A Plone page's text field: a discreet paragraph, the title and the site as TinyMCE external links.
                var linked = e.Replace(encodedTitle, $"<a href=\"{originalUrl}\" class=\"external-link\" target=\"_blank\" data-linktype=\"external\" data-val=\"{originalUrl}\">{encodedTitle}</a>", StringComparison.Ordinal)
                    .Replace(s, $"<a href=\"https://{host}/\" class=\"external-link\" data-linktype=\"external\" data-val=\"https://{host}/\">{s}</a>", StringComparison.Ordinal);
                return $"<div id=\"parent-fieldname-text\"><p class=\"discreet\">{linked}</p></div>";
            default:
                return null;
        }
    }

    // The sixteenth held-out set's containers: a Le Monde article paragraph, a Spiegel rich-text block (its Tailwind-like
    // utility classes), an El País article body, a Corriere della Sera chapter paragraph, a Wix Blog post paragraph (its
    // data-hook and viewer id), a HubSpot CMS post body rich-text wrapper, a MailerLite newsletter content cell, a Flodesk
    // email text block (inline styles, no class names), a Squarespace Commerce product excerpt.
    private string WrapSixteenth(string inner) => random.Next(9) switch
    {
        0 => $"<p class=\"article__paragraph\"><em>{inner}</em></p>",
        1 => $"<div class=\"RichText RichText--iconLinks lg:w-8/12 md:w-10/12 lg:mx-auto md:mx-auto lg:px-24 md:px-24 sm:px-16 break-words word-wrap\"><p><i>{inner}</i></p></div>",
        2 => $"<div class=\"a_c clearfix\" data-dtm-region=\"articulo_cuerpo\"><p class=\"\">{inner}</p></div>",
        3 => $"<p class=\"chapter-paragraph\"><em>{inner}</em></p>",
        4 => $"<div data-hook=\"post-description\"><p class=\"mm8Nw _1j-51 roLFQS public-DraftStyleDefault-block-depth0 fixed-tab-size public-DraftStyleDefault-text-ltr\" dir=\"auto\" id=\"viewer-{inner.Length * 7919 % 100000:x5}\"><span class=\"_2PHJq public-DraftStyleDefault-ltr\">{inner}</span></p></div>",
        5 => $"<span id=\"hs_cos_wrapper_post_body\" class=\"hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text\" style=\"\" data-hs-cos-general-type=\"meta_field\" data-hs-cos-type=\"rich_text\"><p style=\"font-size: 14px;\">{inner}</p></span>",
        6 => $"<table align=\"center\" border=\"0\" cellpadding=\"0\" cellspacing=\"0\" class=\"mlContentTable\" width=\"640\"><tr><td align=\"left\" class=\"mlContentOuter\" style=\"padding: 0px 50px;\"><p style=\"margin-top: 0px; margin-bottom: 10px; font-family: 'Inter', sans-serif; font-size: 14px; line-height: 165%; color: #6F6F6F;\">{inner}</p></td></tr></table>",
        7 => $"<div style=\"margin: 0 auto; max-width: 600px;\"><div style=\"font-family: 'Georgia', serif; font-size: 15px; line-height: 1.6; color: #7a7a7a; text-align: center; padding: 16px 24px;\">{inner}</div></div>",
        _ => $"<div class=\"ProductItem-details-excerpt\"><p class=\"\" style=\"white-space:pre-wrap;\">{inner}</p></div>",
    };

    /// <summary>The sixteenth held-out set's shapes; null where the fifteenth and the sets before it or the shared rendering serve.</summary>
    private string? Render16(string family, string text, string title, string site, string host, string originalUrl, IReadOnlyList<string> otherTitles,
        IReadOnlyList<string> tags)
    {
        var e = WebUtility.HtmlEncode(text);
        var slug = Slug(site);
        var url = Uri.EscapeDataString(originalUrl);
        var s = WebUtility.HtmlEncode(site);
        var encodedTitle = WebUtility.HtmlEncode(title);
        switch (family)
        {
            case "related" when random.Next(3) == 0:
                // Der Spiegel's related-articles box: the label as its heading, each teaser's headline in a bold span inside the link.
                var spiegel = string.Concat(otherTitles.Select(o => $"<li class=\"border-t border-shade-lighter py-16\"><article aria-label=\"{WebUtility.HtmlEncode(o)}\" data-sara-article-id=\"{o.Length * 7919 % 100000:x5}-0000-0000-0000-{o.Length * 104729:x12}\"><a href=\"https://{host}/politik/{Slug(o)}-a-{o.Length * 2654435761L % 100000000:x8}\" title=\"{WebUtility.HtmlEncode(o)}\" class=\"text-black block\"><span class=\"font-sansUI font-bold text-base leading-tight\">{WebUtility.HtmlEncode(o)}</span></a></article></li>"));
                return $"<section data-area=\"related_articles\" class=\"lg:w-8/12 md:w-10/12 lg:mx-auto md:mx-auto lg:px-24 md:px-24 sm:px-16 my-32\"><h3 class=\"font-sansUI font-bold text-m mb-8\">{e}</h3><ul>{spiegel}</ul></section>";
            case "related" when random.Next(3) == 0:
                // A block-editor query loop: the label as a heading block, the post template as a list, a post-title block per post.
                var loop = string.Concat(otherTitles.Select(o => $"<li class=\"wp-block-post post-{o.Length * 131} post type-post status-publish format-standard hentry category-news\"><h3 class=\"wp-block-post-title has-medium-font-size\"><a href=\"https://{host}/{Slug(o)}/\" target=\"_self\">{WebUtility.HtmlEncode(o)}</a></h3><div class=\"wp-block-post-date\"><time datetime=\"2025-03-{o.Length % 28 + 1:D2}T08:00:00+00:00\"><a href=\"https://{host}/{Slug(o)}/\">{o.Length % 28 + 1:D2}/03/2025</a></time></div></li>"));
                return $"<div class=\"wp-block-query is-layout-flow wp-block-query-is-layout-flow\"><h2 class=\"wp-block-heading\">{e}</h2><ul class=\"wp-block-post-template is-layout-flow wp-block-post-template-is-layout-flow\">{loop}</ul></div>";
            case "share" when random.Next(3) == 0:
                // A Wix Blog post footer: the label, then icon-only share buttons with their data-hooks, the network only in aria-label.
                return $"<div data-hook=\"post-footer\"><div data-hook=\"share-buttons\" class=\"Qy4B0j\"><span class=\"_1AU1z\">{e}</span>"
                    + $"<button data-hook=\"share-button__facebook\" class=\"Ws2S1k\" aria-label=\"Share via Facebook\" data-url=\"https://www.facebook.com/sharer/sharer.php?u={url}\"><svg viewBox=\"0 0 19 19\" width=\"19\" height=\"19\" aria-hidden=\"true\"><path d=\"M8.2 16v-6H6.5V7.7h1.7V6c0-1.8 1.1-2.7 2.6-2.7h1.5v2.1h-1c-.8 0-1 .4-1 1v1.4h2.1l-.3 2.2H10.3v6z\"></path></svg></button>"
                    + $"<button data-hook=\"share-button__x\" class=\"Ws2S1k\" aria-label=\"Share via X\" data-url=\"https://x.com/intent/post?url={url}\"><svg viewBox=\"0 0 19 19\" width=\"19\" height=\"19\" aria-hidden=\"true\"><path d=\"M13.5 3h2.2l-4.8 5.5 5.6 7.5h-4.4L8.7 11.5 4.8 16H2.6l5.1-5.9L2.3 3h4.5l3.1 4.1z\"></path></svg></button>"
                    + $"<button data-hook=\"share-button__link\" class=\"Ws2S1k\" aria-label=\"Share via link\"><svg viewBox=\"0 0 19 19\" width=\"19\" height=\"19\" aria-hidden=\"true\"><path d=\"M11 5h3a3 3 0 010 6h-3v-1.5h3a1.5 1.5 0 000-3h-3zM8 14H5a3 3 0 010-6h3v1.5H5a1.5 1.5 0 000 3h3z\"></path></svg></button></div></div>";
            case "subscribe" when random.Next(3) == 0:
                // A MailerLite embedded form: its nested wrapper classes, the call as the content paragraph, an email field, an arrow button.
                var form = slug.Length * 1000003 % 100000000;
                return $"<div id=\"mlb2-{form}\" class=\"ml-form-embedContainer ml-subscribe-form ml-subscribe-form-{form}\"><div class=\"ml-form-align-center\"><div class=\"ml-form-embedWrapper embedForm\"><div class=\"ml-form-embedBody ml-form-embedBodyDefault row-form\"><div class=\"ml-form-embedContent\"><p>{e}</p></div>"
                    + $"<form class=\"ml-block-form\" action=\"https://assets.mailerlite.com/jsonp/{form % 1000000}/forms/{form}/subscribe\" data-code=\"\" method=\"post\" target=\"_blank\"><div class=\"ml-form-formContent\"><div class=\"ml-form-fieldRow ml-last-item\"><div class=\"ml-field-group ml-field-email ml-validate-email ml-validate-required\"><input aria-label=\"email\" aria-required=\"true\" type=\"email\" class=\"form-control\" name=\"fields[email]\" autocomplete=\"email\"></div></div></div>"
                    + $"<input type=\"hidden\" name=\"ml-submit\" value=\"1\"><div class=\"ml-form-embedSubmit\"><button type=\"submit\" class=\"primary\" aria-label=\"subscribe\">→</button></div><input type=\"hidden\" name=\"anticsrf\" value=\"true\"></form></div></div></div></div>";
            case "follow-us" when random.Next(3) == 0:
                // A HubSpot CMS social-follow module: the module wrapper with its data-hs attributes, the call, icon links with hidden SVGs.
                return $"<div id=\"hs_cos_wrapper_module_{slug.Length * 16127 % 1000000}\" class=\"hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module\" style=\"\" data-hs-cos-general-type=\"widget\" data-hs-cos-type=\"module\"><div class=\"social-links\"><p class=\"social-links__label\">{e}</p>"
                    + $"<a class=\"social-links__link\" href=\"https://www.linkedin.com/company/{slug}\" target=\"_blank\" rel=\"noopener\"><span class=\"hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_icon social-links__icon\" data-hs-cos-general-type=\"widget\" data-hs-cos-type=\"icon\"><svg version=\"1.0\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 448 512\" aria-hidden=\"true\"><g><path d=\"M100.28 448H7.4V148.9h92.88zM53.79 108.1C24.09 108.1 0 83.5 0 53.8a53.79 53.79 0 0 1 107.58 0c0 29.7-24.1 54.3-53.79 54.3z\"></path></g></svg></span></a>"
                    + $"<a class=\"social-links__link\" href=\"https://www.youtube.com/@{slug}\" target=\"_blank\" rel=\"noopener\"><span class=\"hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_icon social-links__icon\" data-hs-cos-general-type=\"widget\" data-hs-cos-type=\"icon\"><svg version=\"1.0\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 576 512\" aria-hidden=\"true\"><g><path d=\"M549.65 124.08c-6.28-23.65-24.79-42.28-48.28-48.6C458.78 64 288 64 288 64S117.22 64 74.63 75.49z\"></path></g></svg></span></a></div></div>";
            case "read-more" when random.Next(3) == 0:
                // A Squarespace blog list's more link.
                return $"<a href=\"{originalUrl}\" class=\"blog-more-link preFade fadeIn\" data-animation-role=\"button\">{e}</a>";
            case "source" when random.Next(3) == 0:
                // An El País-style signature block: the line in a span under the byline, the site linked.
                return $"<div class=\"a_md_a\"><span class=\"a_md_f\">{e.Replace(s, $"<a href=\"https://{host}/\" rel=\"nofollow\">{s}</a>", StringComparison.Ordinal)}</span></div>";
            case "comments-closed" when random.Next(3) == 0:
                // A Disqus embed on a closed thread: the thread container with its config in data-attributes, the closed notice.
                return $"<div id=\"disqus_thread\" data-disqus-shortname=\"{slug}\" data-disqus-identifier=\"{title.Length * 7919} {host}/?p={title.Length * 7919}\" data-disqus-url=\"{originalUrl}\"><p class=\"dsq-comments-closed\">{e}</p></div>";
            case "separator" when random.Next(3) == 0:
                // A Flodesk email spacer row: a presentation table with inline styles only, the ornament centred.
                return $"<table role=\"presentation\" width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\"><tr><td align=\"center\" style=\"padding: 24px 0; font-family: Georgia, serif; font-size: 18px; letter-spacing: 6px; color: #b5a48b;\">{e}</td></tr></table>";
            case "advertisement" when random.Next(3) == 0:
                // A Le Monde-style in-read ad slot: the label above an empty slot the ad script fills.
                return $"<div class=\"dfp-slot dfp__inread dfp-unloaded\" data-format=\"inread\"><p class=\"dfp__label\">{e}</p><div id=\"dfp-inread-{title.Length}\" class=\"dfp__inner\"></div></div>";
            case "tags" when random.Next(3) == 0:
                // A HubSpot CMS blog post's topic line, each tag linked to its topic listing.
                e = LinkTags(e, tags, tag => $"<a class=\"blog-post__tag-link\" href=\"https://{host}/blog/tag/{Slug(tag)}\" rel=\"tag\">");
                return $"<div class=\"blog-post__tags\">{e}</div>";
            case "support" when random.Next(3) == 0:
                // A Squarespace Commerce donation block: the call as the button element's text.
                return $"<div class=\"sqs-block donation-block sqs-block-donation\" data-block-type=\"{53}\" id=\"block-yui_3_17_2_1_{slug.Length * 1000003}_{title.Length * 31}\"><div class=\"sqs-block-content\"><div class=\"sqs-donation-button-wrapper\" data-alignment=\"center\"><a class=\"sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element\" href=\"https://{host}/checkout/donate?donatePageId={slug.Length * 2654435761L:x12}\">{e}</a></div></div></div>";
            case "affiliate" when random.Next(3) == 0:
                // A Wix Blog post paragraph in italics with its viewer id and Draft.js classes.
                return $"<p class=\"mm8Nw _1j-51 roLFQS public-DraftStyleDefault-block-depth0 fixed-tab-size public-DraftStyleDefault-text-ltr\" dir=\"auto\" id=\"viewer-{title.Length * 7919 % 100000:x5}\"><span class=\"_2PHJq public-DraftStyleDefault-ltr\"><em>{e}</em></span></p>";
            case "image-credit" when random.Next(3) == 0:
                // A Le Monde article figure: the picture, the credit in the legend's credit span.
                var lemonde = $"https://img.lemde.fr/2025/03/{title.Length % 28 + 1:D2}/0/0/4000/2667/664/0/75/0/{Slug(title).Length * 2654435761L:x8}_1.jpg";
                return $"<figure class=\"article__media\"><picture class=\"article__media-picture\"><img class=\"article__media-img\" src=\"{lemonde}\" alt=\"\" width=\"664\" height=\"443\" loading=\"lazy\"></picture><figcaption class=\"article__legend\" aria-hidden=\"true\"><span class=\"article__credit\" aria-hidden=\"true\">{e}</span></figcaption></figure>";
            case "listen" when random.Next(3) == 0:
                // A bare audio element with the label under it in small print: no class names at all.
                return $"<div><audio controls preload=\"none\"><source src=\"https://{host}/audio/{Slug(title)}.mp3\" type=\"audio/mpeg\"></audio><br><small>{e}</small></div>";
            case "reading-time" when random.Next(3) == 0:
                // A Wix Blog post header's metadata list: the author's avatar, the date, the reading time in its data-hook span.
                return $"<ul class=\"post-metadata__list\" data-hook=\"post-metadata\"><li><span data-hook=\"time-ago\" title=\"{title.Length % 28 + 1} mars 2025\">{title.Length % 28 + 1} mars</span></li><li><span data-hook=\"time-to-read\" class=\"post-metadata__readTime\">{e}</span></li></ul>";
            case "paywall" when random.Next(3) == 0:
                // Der Spiegel's paywall teaser: the data-area block, the message in bold, the offer link as an arrow.
                return $"<div data-area=\"paywall\" data-paywall-type=\"spiegelplus\"><div class=\"bg-white dark:bg-shade-darkest rounded p-24\"><p class=\"font-sansUI font-bold text-l\">{e}</p><a href=\"https://gruppenkonto.{host}/angebote?targetUrl={url}\" class=\"inline-block bg-primary-base text-white rounded px-16 py-8\" aria-label=\"abo\">→</a></div></div>";
            case "appeared-first-on" when random.Next(3) == 0:
                // A HubSpot CMS post body's rich text: the note in italics, the title linked to the original, the site to its home page.
                var linked = e.Replace(encodedTitle, $"<a href=\"{originalUrl}\" rel=\"noopener\" target=\"_blank\">{encodedTitle}</a>", StringComparison.Ordinal)
                    .Replace(s, $"<a href=\"https://{host}/\" rel=\"noopener\" target=\"_blank\">{s}</a>", StringComparison.Ordinal);
                return $"<span id=\"hs_cos_wrapper_post_body\" class=\"hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text\" style=\"\" data-hs-cos-general-type=\"meta_field\" data-hs-cos-type=\"rich_text\"><p><em>{linked}</em></p></span>";
            default:
                return null;
        }
    }

    // The seventeenth held-out set's containers: a Yahoo News article body (its caas classes), an MSN article body in
    // italics, an Apple News Format body component as an export writes it, an AMP story page's grid layer, a Telegraph
    // (Telegram Instant View) article, a Substack note's ProseMirror body, a Naver News article area (text straight in the
    // article element, no paragraph), a Flipboard item's attribution line, a Google News Showcase panel with generated class
    // names.
    private string WrapSeventeenth(string inner) => random.Next(9) switch
    {
        0 => $"<div class=\"caas-body\"><p>{inner}</p></div>",
        1 => $"<div class=\"articlebody\"><p><em>{inner}</em></p></div>",
        2 => $"<div class=\"component body\" data-anf-role=\"body\" data-anf-textstyle=\"default-caption\"><p>{inner}</p></div>",
        3 => $"<amp-story-page id=\"page-{inner.Length % 97}\"><amp-story-grid-layer template=\"vertical\"><p class=\"caption\">{inner}</p></amp-story-grid-layer></amp-story-page>",
        4 => $"<article id=\"_tl_editor\" class=\"tl_article_content\"><p><i>{inner}</i></p></article>",
        5 => $"<div class=\"FeedProseMirror\" dir=\"auto\"><p>{inner}</p></div>",
        6 => $"<div id=\"newsct_article\" class=\"newsct_article _article_body\"><article id=\"dic_area\" class=\"go_trans _article_content\">{inner}</article></div>",
        7 => $"<div class=\"item-content\"><p class=\"post-attribution\"><small>{inner}</small></p></div>",
        _ => $"<c-wiz jsrenderer=\"Uj2ahd\" class=\"ZYPaAe\"><div class=\"xrnccd\" jsname=\"fnd4Qb\"><p class=\"GI74Re nDgy9d\">{inner}</p></div></c-wiz>",
    };

    /// <summary>The seventeenth held-out set's shapes; null where the sixteenth and the sets before it or the shared rendering serve.</summary>
    private string? Render17(string family, string text, string title, string site, string host, string originalUrl, IReadOnlyList<string> otherTitles,
        IReadOnlyList<string> tags)
    {
        var e = WebUtility.HtmlEncode(text);
        var slug = Slug(site);
        var url = Uri.EscapeDataString(originalUrl);
        var s = WebUtility.HtmlEncode(site);
        var encodedTitle = WebUtility.HtmlEncode(title);
        switch (family)
        {
            case "related" when random.Next(3) == 0:
                // Yahoo News' related-content module under an article: the label as its title, one linked headline per item.
                var yahoo = string.Concat(otherTitles.Select(o => $"<li class=\"caas-list-item\"><a class=\"caas-link\" href=\"https://news.yahoo.com/{Slug(o)}-{o.Length * 7919 % 1000000:D6}.html\" data-ylk=\"slk:{Slug(o)};elm:hdln;itc:0;sec:content-canvas\">{WebUtility.HtmlEncode(o)}</a></li>"));
                return $"<div class=\"caas-related-content\"><h2 class=\"caas-related-title\">{e}</h2><ul class=\"caas-list caas-list-bullet\">{yahoo}</ul></div>";
            case "related" when random.Next(3) == 0:
                // Naver News' press ranking box: the label as the float title, a strong title per item inside its link.
                var naver = string.Concat(otherTitles.Select(o => $"<li class=\"as_thumb\"><a href=\"https://n.news.naver.com/article/{slug.Length * 37 % 1000:D3}/{o.Length * 2654435761L % 10000000000L:D10}\" class=\"_es_pc_link\" data-clk=\"rnk.press\"><div class=\"list_content\"><strong class=\"list_title\">{WebUtility.HtmlEncode(o)}</strong></div></a></li>"));
                return $"<div class=\"press_ranking_box\"><h4 class=\"ofhd_float_title\">{e}</h4><ul class=\"press_ranking_list\">{naver}</ul></div>";
            case "share" when random.Next(3) == 0:
                // Flipboard's "Flip it" widget: the label, the badge link the script turns into a button, the script.
                return $"<div class=\"flipboard-share\"><p>{e}</p><a data-flip-widget=\"flipit\" href=\"https://flipboard.com/share?v=2&amp;url={url}&amp;title={Uri.EscapeDataString(title)}\"><img src=\"https://cdn.flipboard.com/badges/flipboard_srsw.png\" alt=\"\"></a><script src=\"https://cdn.flipboard.com/web/buttons/js/flbuttons.min.js\" type=\"text/javascript\"></script></div>";
            case "subscribe" when random.Next(3) == 0:
                // Substack's in-post subscribe widget: its data-attrs, the call as the caption, the email field and submit input.
                return $"<div class=\"subscription-widget-wrap-editor\" data-attrs=\"{{&quot;url&quot;:&quot;https://{slug}.substack.com/subscribe?&quot;,&quot;language&quot;:&quot;en&quot;}}\" data-component-name=\"SubscribeWidgetToDOM\"><div class=\"subscription-widget show-subscribe\"><div class=\"preamble\"><p class=\"cta-caption\">{e}</p></div>"
                    + $"<form class=\"subscription-widget-subscribe\"><input type=\"email\" class=\"email-input\" name=\"email\" tabindex=\"-1\"><input type=\"submit\" class=\"button primary\" value=\"→\"><div class=\"fake-input-wrapper\"><div class=\"fake-input\"></div><div class=\"fake-button\"></div></div></form></div></div>";
            case "follow-us" when random.Next(3) == 0:
                // A Google News follow link as publishers paste it: the whole line linked to the publication page, its logo first; no class names.
                return $"<p><a href=\"https://news.google.com/publications/CAAqBwgK{slug.Length * 2654435761L:x8}?hl=en-US&amp;gl=US&amp;ceid=US:en\" target=\"_blank\" rel=\"noopener\"><img src=\"https://ssl.gstatic.com/gnews/logo/google_news_40.png\" alt=\"\" width=\"20\" height=\"20\"> {e}</a></p>";
            case "read-more" when random.Next(3) == 0:
                // An MSN-style continue-reading break: the link to the publisher's page.
                return $"<div class=\"continue-read-break\"><a class=\"continue-reading-link\" href=\"{originalUrl}\" target=\"_blank\" rel=\"noopener\">{e}</a></div>";
            case "source" when random.Next(3) == 0:
                // Yahoo News' provider attribution: the provider's logo linked home, then the line with the site linked.
                return $"<div class=\"caas-attr-meta\"><div class=\"caas-logo\"><a href=\"https://{host}/\" class=\"link caas-attr-provider-logo\" target=\"_blank\" rel=\"nofollow noopener\"><img src=\"https://s.yimg.com/cv/apiv2/social/images/{slug}-logo.png\" alt=\"\" width=\"80\" height=\"24\"></a></div><div class=\"caas-attr-provider\">{e.Replace(s, $"<a href=\"https://{host}/\" class=\"link\" rel=\"nofollow noopener\">{s}</a>", StringComparison.Ordinal)}</div></div>";
            case "comments-closed" when random.Next(3) == 0:
                // Naver News' comment module with comments turned off: the cbox wrapper, the none-message.
                return $"<div class=\"u_cbox\" id=\"cbox_module\" data-cbox-module=\"news{slug.Length * 37 % 1000:D3},{title.Length * 2654435761L % 10000000000L:D10}\"><div class=\"u_cbox_wrap u_cbox_ko u_cbox_type_sort_favorite\"><div class=\"u_cbox_comment_none\"><span class=\"u_cbox_contents_none\">{e}</span></div></div></div>";
            case "separator" when random.Next(3) == 0:
                // An Apple News Format divider component as an export writes it: the ornament in a centred body text.
                return $"<div class=\"component divider\" data-anf-role=\"divider\" data-anf-layout=\"dividerLayout\"><p style=\"text-align:center\">{e}</p></div>";
            case "advertisement" when random.Next(3) == 0:
                // Yahoo News' in-body ad: the label over an empty slot.
                return $"<div class=\"caas-da\"><div class=\"sda-inbody-ad\"><div id=\"sda-INARTICLE-{title.Length % 9 + 1}\" class=\"sda-container\"><span class=\"ad-label\">{e}</span><div class=\"sda-slot\"></div></div></div></div>";
            case "tags" when random.Next(3) == 0:
                // Flipboard topic links under a magazine item: the line with each tag linked to its topic page.
                e = LinkTags(e, tags, tag => $"<a class=\"topic-tag\" href=\"https://flipboard.com/topic/{Slug(tag)}\">");
                return $"<div class=\"topic-tags\"><p>{e}</p></div>";
            case "support" when random.Next(3) == 0:
                // Substack's button block: its JSON in data-attrs, the call as the button's text.
                return $"<p class=\"button-wrapper\" data-attrs=\"{{&quot;url&quot;:&quot;https://{slug}.substack.com/subscribe?&quot;,&quot;action&quot;:null,&quot;class&quot;:null}}\" data-component-name=\"ButtonCreateButton\"><a class=\"button primary\" href=\"https://{slug}.substack.com/subscribe?\"><span>{e}</span></a></p>";
            case "affiliate" when random.Next(3) == 0:
                // A Yahoo-style commerce disclaimer at the top of the body, in italics.
                return $"<div class=\"caas-body-content\"><p class=\"caas-disclaimer\"><em>{e}</em></p></div>";
            case "image-credit" when random.Next(3) == 0:
                // A Yahoo News figure: the image container, the credit as the collapsible caption.
                var yimg = $"https://s.yimg.com/ny/api/res/1.2/{Slug(title).Length * 2654435761L:x12}--/YXBwaWQ9aGlnaGxhbmRlcjt3PTk2MDtoPTU0MA--/https://media.zenfs.com/en/{slug}/{title.Length * 7919:x8}";
                return $"<figure class=\"caas-figure\"><div class=\"caas-figure-with-pb\"><div><div class=\"caas-img-container\" style=\"padding-bottom:56.25%;\"><img class=\"caas-img\" src=\"{yimg}\" alt=\"\" loading=\"lazy\"></div></div></div><figcaption class=\"caption-collapse\">{e}</figcaption></figure>";
            case "listen" when random.Next(3) == 0:
                // An AMP page's audio: the label, then the amp-audio element with the narration.
                return $"<div class=\"amp-audio-wrap\"><p>{e}</p><amp-audio width=\"auto\" height=\"50\" src=\"https://{host}/audio/{Slug(title)}.mp3\" controlsList=\"nodownload\"></amp-audio></div>";
            case "reading-time" when random.Next(3) == 0:
                // A SmartNews-style article header meta: the reading time in its own span.
                return $"<div class=\"article-meta\"><span class=\"article-meta__reading-time\">{e}</span></div>";
            case "paywall" when random.Next(3) == 0:
                // Substack's paywall block: the message, the subscribe link as an arrow.
                return $"<div data-testid=\"paywall\" class=\"paywall\"><div class=\"paywall-content\"><p class=\"paywall-cta\">{e}</p><a class=\"button primary\" href=\"https://{slug}.substack.com/subscribe?simple=true&amp;next={url}\" aria-label=\"subscribe\">→</a></div></div>";
            case "appeared-first-on" when random.Next(3) == 0:
                // A Telegraph (Instant View) page: the note in italics, the title linked to the original, the site to its home page.
                var linked = e.Replace(encodedTitle, $"<a href=\"{originalUrl}\" target=\"_blank\">{encodedTitle}</a>", StringComparison.Ordinal)
                    .Replace(s, $"<a href=\"https://{host}/\" target=\"_blank\">{s}</a>", StringComparison.Ordinal);
                return $"<article id=\"_tl_editor\" class=\"tl_article_content\"><p><i>{linked}</i></p></article>";
            default:
                return null;
        }
    }

    /// <summary>Where a short label ("Label:" or "Label：") ends, or -1.</summary>
    private static int LabelEnd(string text)
    {
        var colon = text.IndexOfAny([':', '：']);
        return colon > 0 && colon <= 30 && colon < text.Length - 1 ? colon : -1;
    }

    /// <summary>Whether html holds only inline markup, so that it can follow a &lt;br&gt; inside a paragraph.</summary>
    private static bool InlineOnly(string html) => !BlockTags.Any(tag => html.Contains(tag, StringComparison.Ordinal));

    private static readonly string[] BlockTags =
        ["<div", "<p", "<ul", "<details", "<figure", "<table", "<h", "<blockquote", "<aside", "<section", "<dl", "<hr", "<footer", "<audio",
         "<nav", "<ol", "<form", "<center", "<amp-", "<address"];

    private static string StripWrapper(string html)
    {
        var inner = html;
        foreach (var tag in new[] { "footer", "div", "p" })
        {
            if (inner.StartsWith($"<{tag}", StringComparison.Ordinal) && inner.EndsWith($"</{tag}>", StringComparison.Ordinal))
                inner = inner[(inner.IndexOf('>', StringComparison.Ordinal) + 1)..^($"</{tag}>".Length)];
        }
        return inner;
    }

    /// <summary>An article paragraph, sometimes with a link (carrying tracking parameters) and emphasis, and sometimes a "[…]" excerpt marker.</summary>
    private string ArticleParagraph(string text, bool excerptMarker, List<string> plantedUrls, List<PlantedBlock> planted)
    {
        var words = text.Split(' ');
        var encoded = words.Select(WebUtility.HtmlEncode).ToArray();
        if (words.Length > 8 && random.Next(4) == 0)
        {
            var start = random.Next(words.Length - 4);
            var url = $"https://example.org/ref/{random.Next(10000)}?utm_source=rss&utm_medium=feed&fbclid=IwAR{random.Next(100000)}";
            plantedUrls.Add(url);
            encoded[start] = $"<a href=\"{WebUtility.HtmlEncode(url)}\">{encoded[start]}";
            encoded[start + 2] += "</a>";
        }
        else if (words.Length > 6 && random.Next(5) == 0)
        {
            encoded[1] = "<strong>" + encoded[1];
            encoded[3] += "</strong>";
        }
        var html = string.Join(' ', encoded);
        if (!excerptMarker)
            return html;
        var marker = random.Next(2) == 0 ? "[…]" : "[...]";
        planted.Add(new PlantedBlock("excerpt-marker", "dev", marker));
        return html + " " + marker;
    }

    /// <summary>An item's title: the first words of its first paragraph.</summary>
    internal static string Title(string firstParagraph)
    {
        var words = firstParagraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(7);
        return string.Join(' ', words).TrimEnd('.', ',', ';', ':');
    }

    private static string Slug(string text) =>
        new string(text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');

    private T Pick<T>(T[] items) => items[random.Next(items.Length)];
}
