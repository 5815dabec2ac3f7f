using FeedHub.Parsing;
using FeedHub.Testing;

namespace FeedHub.Core.Tests.Parsing;

/// <summary>
/// Every captured feed in Fixtures/real-feeds parses, with its format, its item count, the feed's title and one
/// item title (one with non-ASCII characters where the feed has any) read right. The expected titles were checked
/// against an independent XML parser (Python's ElementTree), except where the file's declaration lies, and there
/// against the bytes. Rows marked "captured double-encoded" hold UTF-8 that was already mojibake when CodeHollow
/// captured it ("Ã©" for "é" in the bytes themselves): the right text is the one the bytes spell, unchanged.
/// </summary>
public sealed class FixtureFeedTests
{
    private static readonly Uri FeedUrl = new("https://feeds.example/feed");

    [Theory]
    [InlineData("codehollow/AtomBattleNet.xml", "atom", 11, "StarCraft® II", "Recap: StarCraft II What’s Next 2019 Panel")]
    [InlineData("codehollow/AtomSpecialCharacters.xml", "atom", 1, "Active questions tagged nmea - Stack Overflow", "Decode NMEA bytes received via external GPS bluetooth device")]
    [InlineData("codehollow/AtomTheVerge.xml", "atom", 10, "The Verge - Front Pages", "I played Battlefield on Razerâ€™s three-screen laptop")] // captured double-encoded
    [InlineData("codehollow/AtomVergeAllPosts.xml", "atom", 10, "The Verge - All Posts", "I played Battlefield on Razerâ€™s three-screen laptop")] // captured double-encoded
    [InlineData("codehollow/AtomYoutubeInvestmentPunk.xml", "atom", 15, "Investment Punk Academy by Gerald Hörhan", "Zukunft von Vertretern I Kernfusion I Musikgeschäft #ASKTHEPUNK 71")]
    [InlineData("codehollow/Rss091FullSample.xml", "rss-0.91", 1, "Scripting News", "stuff")]
    [InlineData("codehollow/Rss091Stadtfeuerwehr.xml", "rss-0.91", 15, "Stadtfeuerwehr Weiz - Einsätze", "[10.08.2018 - 10:44 Uhr] Ölbindearbeiten")]
    [InlineData("codehollow/Rss092FullSample.xml", "rss-0.92", 22, "Dave Winer: Grateful Dead", "")]
    [InlineData("codehollow/Rss10FeedWebResourceSample.xml", "rss-1.0", 2, "XML.com", "Processing Inclusions with XSLT")]
    [InlineData("codehollow/Rss10Minutos20.xml", "rss-1.0", 15, "20minutos.es", "EEUU dice que Putin ordenÃ³ ciberataques por su \"clara\" preferencia por Trump")] // captured double-encoded
    [InlineData("codehollow/Rss10Minutos20Catalans.xml", "rss-1.0", 15, "CataluÃ±a", "Los Reyes Magos piden a los barceloneses que acojan a los niÃ±os que huyen de las guerras")] // captured double-encoded
    [InlineData("codehollow/Rss10OrfAt.xml", "rss-1.0", 50, "news.ORF.at", "US-Band New Edition mit Stern auf „Walk of Fame“ geehrt")]
    [InlineData("codehollow/Rss20BreakingNews.xml", "rss-2.0", 10, "Business: BreakingNews.ie", "The MoD is spending Â£30 million on building a futuristic laser weapon")] // captured double-encoded
    [InlineData("codehollow/Rss20CityDog.xml", "rss-2.0", 10, "Новости - citydog.by", "Группа «Серебряная свадьба» ушла в бессрочный отпуск")]
    [InlineData("codehollow/Rss20CodeHollowCom.xml", "rss-2.0", 10, "codehollow", "Working with Azure functions (part 2 – C#)")]
    [InlineData("codehollow/Rss20ContentWindCom.xml", "rss-2.0", 1, "ContentWind", "Wachstum Influencer Marketing")]
    [InlineData("codehollow/Rss20CTVNews.xml", "rss-2.0", 10, "CTVNews.ca - Top Stories - Public RSS", "Florida shooting suspect struggled with mental health: family")]
    [InlineData("codehollow/Rss20DailyMail.xml", "rss-2.0", 0, "World News Articles | Mail Online", "")]
    [InlineData("codehollow/Rss20DaStandardAt.xml", "rss-2.0", 34, "daStandard.at", "Diskussion - \"FlÃ¼chtlingskrise ist Medienkrise\"")] // captured double-encoded
    [InlineData("codehollow/Rss20DerBrutkasten.xml", "rss-2.0", 10, "derbrutkasten.com", "Startup-Paket: Die FÃ¶rderprogramme sind gestartet")] // captured double-encoded
    [InlineData("codehollow/Rss20FazNet.xml", "rss-2.0", 13, "Aktuell - FAZ.NET", "KÃ¤ltewelle in Europa: FlÃ¼chtlinge und Obdachlose erfrieren")] // captured double-encoded
    [InlineData("codehollow/Rss20FeedWebResourceSample.xml", "rss-2.0", 9, "Scripting News", "")]
    [InlineData("codehollow/Rss20FinanzenNet.xml", "rss-2.0", 15, "Analysen Ticker - www.finanzen.net", "NVIDIA Buy")]
    [InlineData("codehollow/Rss20HubSpot.xml", "rss-2.0", 50, "HubSpot Marketing Blog", "Why Digital Marketing? The Essential Guide to Marketing Your Brand OnlineÂ [Free Ebook]")] // captured double-encoded
    [InlineData("codehollow/Rss20IndianExpress.xml", "rss-2.0", 200, "World – The Indian Express", "Pakistan’s former army chief joins Saudi-led military coalition")]
    [InlineData("codehollow/Rss20ISO88591Intranet30.xml", "rss-2.0", 30, "intranet30", "SVART MÅNAD - DÖDSOLYCKA i Vetlanda")]
    [InlineData("codehollow/Rss20ItunesSample.xml", "rss-2.0", 4, "All About Everything", "Shake Shake Shake Your Spices")]
    [InlineData("codehollow/Rss20JapanTimes.xml", "rss-2.0", 118, "Japan Times latest articles", "‘Trump shock’ after Toyota tweet reverberates as Japan business community reacts with concern")]
    [InlineData("codehollow/Rss20JapanToday.xml", "rss-2.0", 20, "Japan Today: Japan News and Discussion", "National â€º Publisher ordered to suspend publication of book on Nippon Kaigi")] // captured double-encoded
    [InlineData("codehollow/Rss20JungeGruender.xml", "rss-2.0", 6, "", "So unterstÃ¼tzt dich die Startup Initiative von lexoffice beim Aufbau deines Unternehmens")] // captured double-encoded
    [InlineData("codehollow/Rss20LeFigaro.xml", "rss-2.0", 50, "LE FIGARO - Le Figaro - Culture : CinÃ©ma, thÃ©Ã¢tre, arts, expositions, musique et tÃ©lÃ©vision", "Â«En Ã©crivant j'ai eu le sentiment de reprendre possession de la vie de mon pÃ¨re, Bernard MarisÂ»")] // captured double-encoded
    [InlineData("codehollow/Rss20LeFil.xml", "rss-2.0", 30, "Le fil info Culture du JDD", "Le JDD et France Inter crÃ©ent un Prix du livre Ã©tranger")] // captured double-encoded
    [InlineData("codehollow/Rss20LeMonde.xml", "rss-2.0", 18, "Le Monde.fr - ActualitÃ©s et Infos en France et dans le monde", "Piratage imputÃ© Ã la Russie : Poutine mis en cause, Trump minimise")] // captured double-encoded
    [InlineData("codehollow/Rss20LeParisien.xml", "rss-2.0", 30, "Le Parisien - A la une", "Neige et pluie verglaÃ§ante : alerte Ã©tendue Ã 37 dÃ©partements")] // captured double-encoded
    [InlineData("codehollow/Rss20MassaNews.xml", "rss-2.0", 50, "Massa News - Curitiba e regiÃ£o", "Marcha das Vadias protesta contra feminicÃ\u00ADdio")] // captured double-encoded
    [InlineData("codehollow/Rss20MicrosoftBotFranework.xml", "rss-2.0", 10, "Bot Framework Blog", "Microsoft Bot Framework November Update â€“ Cross Platform Emulator App, Enhanced Direct Line REST API, Updated SDKs, Card Types and new Azure Bot Service (Preview)")] // captured double-encoded
    [InlineData("codehollow/Rss20MoscowTimes.xml", "rss-2.0", 50, "The Moscow Times - News, Business, Culture & Multimedia from Russia", "Russian State TV Praises Trump for Avoiding ‘Democracy’ in Inauguration Speech")]
    [InlineData("codehollow/Rss20NuusInAfrikaans.xml", "rss-2.0", 5, "Die Nuus in Afrikaans – Koerant.co.za", "Dr Bennie Cilliers moordverhoor vandag voortgesit in Rondgaande hof")]
    [InlineData("codehollow/Rss20NYTimes.xml", "rss-2.0", 33, "NYT > Home Page", "Recovery Finally Yields Big Gains for Average Worker’s Pay")]
    [InlineData("codehollow/Rss20Reuters.xml", "rss-2.0", 10, "Reuters: World News", "Iraq says deal reached over withdrawal of Turkish forces from Bashiqa")]
    [InlineData("codehollow/Rss20RomaNews.xml", "rss-2.0", 10, "Romanews", "Primavera Inter. Vecchi: “La Roma Ã¨ forte, non dobbiamo fare errori”")] // captured double-encoded
    [InlineData("codehollow/Rss20RomaToday.xml", "rss-2.0", 25, "RomaToday", "Ospedale Bambin GesÃ¹: la Santa Sede conferma la fiducia a Mariella Enoc")] // captured double-encoded
    [InlineData("codehollow/Rss20Spiegel.xml", "rss-2.0", 17, "SPIEGEL ONLINE - Nachrichten", "Polizeieinsatz in KÃ¶lner Silvesternacht: Alles richtig gemacht. Alles?")] // captured double-encoded
    [InlineData("codehollow/Rss20TheMirror.xml", "rss-2.0", 25, "mirror - World news", "EuroMillions results: Tonight's winning numbers for Â£31 million jackpot on Friday, January 6")] // captured double-encoded
    [InlineData("codehollow/Rss20ThomasMaurer.xml", "rss-2.0", 10, "Thomas Maurer", "Speaking at Microsoft TechDaysÂ 2017 Switzerland")] // captured double-encoded
    [InlineData("codehollow/Rss20TrendingTopics.xml", "rss-2.0", 10, "TrendingTopics.at", "Ein Defi fÃ¼r die Hosentasche: Wie das Grazer Startup liimtec Leben retten will")] // captured double-encoded
    [InlineData("codehollow/Rss20YandexRussia.xml", "rss-2.0", 15, "Ð¯Ð½Ð´ÐµÐºÑ\u0081.Ð\u009DÐ¾Ð²Ð¾Ñ\u0081Ñ‚Ð¸: ÐœÐ¾Ñ\u0081ÐºÐ²Ð°", "Ð’ ÐœÐ¾Ñ\u0081ÐºÐ²Ðµ Ð¸Ð·-Ð·Ð° Ñ\u0081Ð¸Ð»ÑŒÐ½Ñ‹Ñ… Ð¼Ð¾Ñ€Ð¾Ð·Ð¾Ð² Ð¾Ð±ÑŠÑ\u008FÐ²Ð»ÐµÐ½ Â«Ð¾Ñ€Ð°Ð½Ð¶ÐµÐ²Ñ‹Ð¹Â» ÑƒÑ€Ð¾Ð²ÐµÐ½ÑŒ Ð¾Ð¿Ð°Ñ\u0081Ð½Ð¾Ñ\u0081Ñ‚Ð¸")] // captured double-encoded
    [InlineData("miniflux/encoding/invalid-prolog.xml", "atom", 1, "테스트 피드", "Café")]
    [InlineData("miniflux/encoding/iso-8859-1.xml", "rss-2.0", 0, "Café", "")]
    [InlineData("miniflux/encoding/koi8r.xml", "rss-2.0", 2, "Пример RSS ленты", "Первая новость")]
    [InlineData("miniflux/encoding/utf8-incorrect-prolog.xml", "atom", 1, "테스트 피드", "Café")]
    [InlineData("miniflux/encoding/utf8.xml", "atom", 1, "테스트 피드", "Café")]
    [InlineData("miniflux/encoding/windows-1252-incorrect-prolog.xml", "rss-2.0", 0, "Euro €", "")]
    [InlineData("miniflux/encoding/windows-1252.xml", "rss-2.0", 0, "Euro €", "")]
    [InlineData("miniflux/parser/encoding_ISO-8859-1.xml", "rss-2.0", 40, "Golem.de", "Machine Learning: Von KI erstelltes Porträt für 432.500 US.Dollar versteigert")]
    [InlineData("miniflux/parser/encoding_WINDOWS-1251.xml", "rss-2.0", 50, "iBash.Org.Ru", "Цитата #17703")]
    [InlineData("miniflux/parser/large_atom.xml", "atom", 25, "Artificial truth", "Book review: Locksport - A Hacker’s Guide to Lockpicking, Impressioning, and Safe Cracking")]
    [InlineData("miniflux/parser/large_rss.xml", "rss-2.0", 25, "Artificial truth", "Book review: Locksport - A Hacker’s Guide to Lockpicking, Impressioning, and Safe Cracking")]
    [InlineData("miniflux/parser/no_encoding_ISO-8859-1.xml", "rss-2.0", 10, "Flux RSS du magazine de psychologie Le Cercle Psy", "Masters en Psycho : une simplificationet#8230; très complexe")]
    [InlineData("miniflux/parser/rdf_UTF8.xml", "rss-1.0", 60, "heise online News", "OLED-TVs: Vorsichtsmaßnahmen gegen Einbrennen")]
    [InlineData("miniflux/parser/small_atom.xml", "atom", 20, "Recent Commits to v2:main", "Parse podcast categories")]
    [InlineData("miniflux/parser/urdu_UTF8.xml", "rss-2.0", 26, "BBC News اردو - پاکستان کے لیے امریکی امداد کی بہار و خزاں", "امریکی عسکری امداد کی بندش کی وجوہات: انڈیا سے جنگ، جوہری پروگرام اور اب دہشت گردوں کی پشت پناہی")]
    [InlineData("miniflux/xml/koi8r.xml", "rss-2.0", 2, "Пример RSS ленты", "Первая новость")]
    public void Parse_ReadsTheCapturedFeed(string file, string format, int items, string feedTitle, string itemTitle)
    {
        var feed = FeedParser.Parse(FixtureFiles.Bytes(["real-feeds", .. file.Split('/')]), contentType: null, FeedUrl);

        feed.Format.Should().Be(format);
        feed.Items.Should().HaveCount(items);
        (feed.Title ?? "").Should().Be(feedTitle);
        if (items > 0)
            feed.Items.Select(i => i.Title ?? "").Should().Contain(itemTitle);
        var titles = string.Concat(feed.Items.Select(i => i.Title)) + feed.Title;
        titles.Should().NotContain("\uFFFD", "no title may lose characters to a wrong decoding");
    }

    [Theory]
    [InlineData("miniflux/encoding/iso-8859-1.html")]
    [InlineData("miniflux/encoding/iso-8859-1-meta-after-1024.html")]
    [InlineData("miniflux/encoding/utf8.html")]
    [InlineData("miniflux/encoding/utf8-meta-after-1024.html")]
    [InlineData("miniflux/sanitizer/miniflux_github.html")]
    [InlineData("miniflux/sanitizer/miniflux_wikipedia.html")]
    public void Parse_RefusesAnHtmlPage(string file)
    {
        var parse = () => FeedParser.Parse(FixtureFiles.Bytes(["real-feeds", .. file.Split('/')]), "text/html", FeedUrl);

        parse.Should().Throw<FeedParseException>().WithMessage("*HTML page*");
    }

    [Theory]
    [InlineData("miniflux/xml/iso88591.xml")]
    [InlineData("miniflux/xml/iso88591_utf8_mismatch.xml")]
    public void Parse_RefusesXmlThatIsNotAFeed(string file)
    {
        var parse = () => FeedParser.Parse(FixtureFiles.Bytes(["real-feeds", .. file.Split('/')]), null, FeedUrl);

        parse.Should().Throw<FeedParseException>();
    }
}
