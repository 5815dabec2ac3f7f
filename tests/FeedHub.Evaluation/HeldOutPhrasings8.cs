namespace FeedHub.Evaluation;

/// <summary>
/// The eighth held-out set, written on 2026-12-01 between 11:43 and 11:47 UTC by a session that did not open src/
/// nor docs/ (nor README.md nor the core unit tests) and did not look for the cleaning rules or the phrasebook
/// anywhere, from general knowledge of how real sites, WordPress plugins, newsletters and news aggregators word these
/// lines. It was blind as of its commit: no rule had been changed for it then. Measured once, blind, in `8a13d2f`
/// (docs/benchmarks.md, Cleaning, Session 9); its two misses per feed then shaped the next change (a learned label
/// takes the links under it), so it is no longer blind. It avoids the wordings of the dev set and of the first
/// seven held-out sets.
/// Two groups, reported apart: other wordings in English and in languages a multilingual phrasebook commonly covers
/// (German, French, Spanish, Portuguese, Italian, Dutch, Polish, Russian, Ukrainian, Turkish, Japanese, Chinese,
/// Korean, Arabic, Persian, Hebrew, Indonesian, Malay, Vietnamese, Thai, Hindi, Czech, Slovak, Hungarian, Romanian,
/// Bulgarian, Croatian, Serbian, Greek, Swedish, Danish, Norwegian, Finnish, Catalan); languages a rule writer would be
/// unlikely to cover (Corsican, Sicilian, Low German, Scots, Limburgish, Yiddish, Malagasy, Māori, Javanese, Quechua,
/// Guarani, Xhosa). The seventeen kinds of the seventh set (separators have no language, so no unlisted group).
/// Other HTML shapes: see <see cref="BoilerplateGenerator"/> (Render8, WrapEighth).
/// No phrasebook rule may ever be written from this file: a rule that helps here must be a general one.
/// Some lines share words with another language (Corsican and Sicilian with Italian, Low German and Limburgish with
/// German and Dutch, Scots with English, Javanese with Indonesian, Yiddish with German in Hebrew script); they are
/// left as real sites write them.
/// </summary>
internal static class HeldOutPhrasings8
{
    public const string ListedGroup = "held-out-8, listed languages";

    public const string UnlistedGroup = "held-out-8, unlisted languages";

    // {t} title, {s} site, {n} network, {k} tag list, {#} hashtags, {h} the site's @handle.
    // Per family: English and the listed languages, then the unlisted ones.
    public static readonly Dictionary<string, (string[] Listed, string[] Unlisted)> Phrasings = new()
    {
        ["appeared-first-on"] = (
            ["The story {t} was first published by our friends at {s}.", "{t} — originally written for {s}",
             "Enjoyed {t}? It ran first on {s}, where you'll find more like it.", "This copy of {t} is syndicated; the original lives on {s}.",
             "{t} (erstmals veröffentlicht bei {s})", "Cet article, {t}, a été publié à l'origine sur {s}.",
             "{t} fue publicado por primera vez en el blog de {s}.", "Il contenuto {t} è apparso inizialmente su {s}.",
             "Publikacja {t} ukazała się pierwotnie w serwisie {s}.", "Материал {t} впервые опубликован на {s}.",
             "「{t}」は{s}に初出の記事です。", "本文〈{t}〉原刊於{s}。", "Artikeln {t} publicerades ursprungligen på {s}.",
             "Artikel {t} mula-mula disiarkan di {s}."],
            ["L'articulu {t} hè statu publicatu prima nant'à {s}.", "De Bidrag {t} is toeerst op {s} rutkamen.",
             "This airticle, {t}, wis first pitten oot on {s}.", "Artikel {t} pisanan dimuat ing {s}.",
             "Navoaka voalohany tao amin'ny {s} ny lahatsoratra {t}."]),
        ["follow-us"] = (
            ["Psst… {s} is on {n} too. Follow along!", "We're now on {n} ➜ {h}", "Get our latest posts on {n}: search for {h}",
             "Got a minute? Follow {s} on {n} and join the conversation", "{s} gibt's auch auf {n} – jetzt folgen!",
             "Abonnez-vous à notre compte {n} pour ne rien manquer", "¿Ya nos sigues en {n}? Búscanos como {h}",
             "Metti mi piace alla pagina {n} di {s}", "Curta a página do {s} no {n}", "Blijf op de hoogte via ons {n}-account",
             "{n}에서 {s}의 새 소식을 만나보세요", "انضموا إلى قناتنا على {n}", "{s} को {n} पर फॉलो करें और जुड़े रहें",
             "กดติดตาม {s} ได้ที่ {n}"],
            ["Sicutàtini supra {n}", "פאלגט אונדז אויף {n}", "Whāia mai a {s} ki {n}", "Ehapykuehóke {s} {n}-pe", "Silandele ku-{n}"]),
        ["subscribe"] = (
            ["Get the {s} newsletter — it's free and lands every weekday.", "Sign up for our email updates and never miss a story",
             "📬 One email a week, unsubscribe anytime. Join our newsletter", "Love this? Get more in your inbox — subscribe to {s}",
             "Bleiben Sie informiert: Melden Sie sich für den {s}-Newsletter an", "Inscrivez-vous à notre newsletter pour recevoir nos derniers articles",
             "Recibe nuestro boletín semanal en tu email", "Iscriviti gratis alla newsletter di {s}",
             "Inscreva-se na nossa newsletter e receba as novidades por e-mail", "Ontvang onze nieuwsbrief elke week gratis in je inbox",
             "{s}のメルマガに登録して最新情報を受け取る", "订阅邮件，第一时间获取最新文章", "Få nyhederne fra {s} direkte i din indbakke",
             "برای دریافت تازه‌ترین مطالب در خبرنامه ثبت‌نام کنید"],
            ["Bestell uns Naarichtenbreef – dat kost nix", "Sign up tae oor newsletter an get the news in yer inbox",
             "Misoratra anarana hahazo ny vaovaonay amin'ny mailaka", "Abonneer dich op os nuujsbreef", "Langganan nawala {s} lumantar email"]),
        ["share"] = (
            ["Share this story with your friends", "Share on X · Facebook · Reddit · Email", "Tell your friends 👉 WhatsApp · Telegram",
             "Found it useful? Share it:", "Jetzt teilen: WhatsApp Facebook X", "Partager sur : Facebook LinkedIn E-mail",
             "Comparte en: WhatsApp Telegram", "Condividi su: Facebook X Telegram", "Compartilhe esta matéria", "Deel dit artikel: Facebook X LinkedIn",
             "シェアする: X Facebook LINE はてな", "Haberi paylaş: Facebook X WhatsApp", "Поділитися: Facebook Telegram Viber",
             "แชร์ไปยัง: Facebook LINE"],
            ["Sparte: Facebook X", "Share this airticle: Facebook WhatsApp", "Rakinakuy: Facebook WhatsApp", "Tohaina: Facebook X",
             "טיילט זיך: Facebook WhatsApp"]),
        ["read-more"] = (
            ["Read the full post on {s} ›", "Finish reading “{t}” over at {s}", "Want the rest? It's on {s} →", "Read more of “{t}”",
             "Den ganzen Beitrag lesen", "La suite sur {s} →", "Lee la noticia completa en {s}", "Continua la lettura su {s}",
             "Leia a matéria completa", "Lees het volledige artikel op {s}", "Читать полностью на {s}", "全文を読む »", "اقرأ المزيد على {s}",
             "Les resten av saken hos {s}"],
            ["Liggìti u restu", "Wiederlesen op {s}", "Emoñe'ẽve", "Funda ngaphezulu", "Pānuitia te roanga"]),
        ["source"] = (
            ["This story is part of a content-sharing partnership with {s}.", "Original article: {s}", "Via {s} (used with permission)", "Shared from {s}",
             "Dieser Text erschien zuerst bei {s}.", "Cet article est une republication de {s}.", "Artículo original publicado en {s}",
             "Fonte originale: {s}", "Matéria originalmente publicada no {s}", "Dit artikel verscheen eerder op {s}.",
             "Bu haber {s} kaynaklıdır.", "原文来源：{s}", "Artikel ini telah tayang di {s}.", "Članak je izvorno objavljen na portalu {s}."],
            ["Surgente: {s}", "Born: {s}", "קוואל: {s}", "Loharano: {s}", "Mātāpuna: {s}"]),
        ["comments-closed"] = (
            ["Comments on this article are closed.", "This thread is closed for replies.", "Sorry, comments are no longer accepted on this post.",
             "Responses are closed for this post.", "Die Kommentare zu diesem Beitrag sind geschlossen.", "Les commentaires sont clos.",
             "Comentarios desactivados para esta entrada.", "I commenti per questo articolo sono disattivati.", "Comentários encerrados.",
             "Komentarze są wyłączone.", "Комментирование этой записи отключено.", "この記事へのコメントは締め切りました。",
             "לא ניתן להגיב על כתבה זו", "Diskusia k článku je uzavretá."],
            ["Comments is shut for this post.", "Reacties zien gesloete.", "Komentar wis ditutup.", "Izimvo zivaliwe.", "Oñemboty umi ñe'ẽ."]),
        ["related"] = (
            ["Related articles", "You may also be interested in", "Latest from {s}:", "Related stories", "Weitere Artikel zum Thema",
             "Articles similaires", "También te puede gustar", "Articoli correlati", "Posts relacionados", "Похожие записи", "猜你喜欢",
             "مطالب پیشنهادی", "Свързани статии", "ข่าวที่เกี่ยวข้อง"],
            ["Articuli ligati", "Articuli ca ponnu ntirissari", "פארבונדענע ארטיקלען", "Kaykunatapas ñawinchay", "Lahatsoratra mifandraika"]),
        ["separator"] = (["⁘ ⁘ ⁘", "◈◈◈", "─── ✦ ───", "❃ ❃ ❃", "☙ ❧", "⊹⊹⊹", "•·•·•·•", "▫ ▫ ▫"], []),
        ["advertisement"] = (
            ["Scroll down to continue reading", "From our sponsors", "Presented in partnership with our sponsors", "Sponsored · Learn more", "Weiter nach der Anzeige",
             "La suite après la publicité", "Contenido publicitario", "Continua a leggere dopo la pubblicità", "Continue a ler após o anúncio",
             "Partnerský obsah", "Партнерский материал", "広告の後に記事が続きます", "Nội dung tài trợ", "Artiklen fortsætter efter annoncen"],
            ["Warbung", "Publicità", "רעקלאמע", "Pānui whakatairanga", "Intengiso"]),
        ["tags"] = (
            ["Topics in this story: {k}", "Tagged as {k}", "See more stories about {k}", "Trending: {#}", "Tags zu diesem Artikel: {k}",
             "Thèmes : {k}", "Más sobre: {k}", "Parole chiave: {k}", "Assuntos: {k}", "Onderwerpen: {k}", "Рубрики: {k}", "関連タグ：{k}",
             "Anahtar kelimeler: {k}", "נושאים קשורים: {k}"],
            ["Tagged wi: {k}", "Tembung kunci: {k}", "Teny fototra: {k}", "Ñe'ẽ tenondegua: {k}", "Paroli chiavi: {k}"]),
        ["support"] = (
            ["If you enjoyed this, consider buying {s} a coffee ☕", "Support {s} with a small monthly donation",
             "Reader-funded journalism needs you. Donate today.", "Become a {s} supporter from just $3 a month",
             "Gefällt Ihnen {s}? Dann unterstützen Sie uns mit einer Spende.", "Soutenez le journalisme indépendant de {s}",
             "Colabora con {s}: tu apoyo nos hace independientes", "Sostienici con un piccolo contributo", "Apoie o jornalismo independente do {s}",
             "Word lid van {s} en steun onafhankelijke journalistiek", "Postaw {s} kawę", "{s}에 후원해주세요", "Ủng hộ {s}",
             "Sokong kami dengan derma"],
            ["Sustenite {s}", "Gie {s} a haund wi a wee donation", "שטיצט {s}", "Yanapay {s}-ta", "Xhasa i-{s}"]),
        ["affiliate"] = (
            ["This post may contain affiliate links, which means we may receive a small commission if you click and make a purchase.",
             "Heads up: we earn from qualifying purchases made via links in this article.",
             "Note: {s} may be paid when you buy through the retailer links below.", "* = affiliate link",
             "Transparenz: Die mit einem Sternchen markierten Links sind Affiliate-Links.", "Cet article peut contenir des liens d'affiliation rémunérés.",
             "Algunos enlaces de este artículo son de afiliado.", "Alcuni link presenti sono link di affiliazione.",
             "Este conteúdo contém links de parceiros; podemos receber comissão.", "Wpis zawiera linki partnerskie.",
             "この記事にはプロモーションを含みます。", "本文含有推广链接", "Bu yazı satış ortaklığı bağlantıları içerir.",
             "Ez a bejegyzés affiliate linkeket tartalmaz."],
            ["In düssen Artikel sünd Affiliate-Links.", "This post haes affiliate links in it.", "Artikel iki ngemot link afiliasi.",
             "Dit artikel haet affiliate-links.", "He hononga hoa pakihi kei roto i tēnei tuhinga."]),
        ["image-credit"] = (
            ["Photo: AFP via Getty Images", "Credit: Shutterstock/{s}", "Image source: {s}", "Lead image by Chris Park for {s}",
             "Bild: IMAGO/Sven Simon", "Photo : Ludovic Marin / AFP", "Foto: Europa Press", "Foto: LaPresse", "Foto: Divulgação",
             "Фото: РИА Новости", "사진=뉴스1", "الصورة: رويترز", "Фото: Танјуг", "Imatge: {s}"],
            ["בילד: {s}", "Sary: {s}", "Whakaahua: {s}", "Ta'anga: {s}", "Fotu: {s}"]),
        ["listen"] = (
            ["🔊 Play the narrated version", "Play this story (audio, 5 min)", "Prefer audio? Tap play.", "Narrated by AI · Listen",
             "Artikel vorlesen", "Écouter l'article (4 min)", "Escuchar artículo", "Ouça esta notícia", "Luister naar dit artikel",
             "Posłuchaj artykułu", "音声で聴く", "点击收听", "Ascultă știrea", "Ακούστε το άρθρο"],
            ["Höör di den Artikel an", "Hark tae this airticle", "Ascultate l'articulu", "Mamela eli nqaku", "Rungokna artikel iki"]),
        ["reading-time"] = (
            ["Reading time: about 4 min", "A 5-minute read", "6 minutes to read", "🕒 3 min", "Lesezeit ca. 6 Min.", "4 minutes de lecture",
             "Lectura: 5 min", "Tempo di lettura stimato: 4 minuti", "Leestijd: 4 minuten", "Przeczytasz w 4 min", "読了目安：4分",
             "预计阅读时间 4 分钟", "Tahmini okuma süresi: 5 dk", "4 perc olvasás"],
            ["לייען־צייט: 4 מינוט", "Fotoana famakiana: 4 minitra", "Wā pānui: 4 meneti", "Ñawinchana pacha: 4 minutu", "Leesteed: 4 minute"]),
        ["paywall"] = (
            ["Subscribe now to read the full article.", "This content is for {s} members only. Join today or log in.",
             "Keep reading with a free account: register in seconds.", "You're out of free articles. Subscribe from €1 a month.",
             "Dieser Artikel ist nur mit {s}+ verfügbar.", "Pour lire la suite, abonnez-vous à {s}.", "Hazte suscriptor para seguir leyendo",
             "Abbonati per leggere l'articolo completo", "Conteúdo restrito a assinantes do {s}", "Dit artikel is alleen beschikbaar voor abonnees.",
             "Pełna treść artykułu dostępna jest dla subskrybentów.", "Продолжение доступно только по подписке", "Lue koko artikkeli tilaamalla {s}",
             "הכתבה המלאה למנויי {s} בלבד"],
            ["Stu articulu hè riservatu à l'abbunati.", "Düsse Artikel is blots för Abonnenten.", "This airticle is for subscribers ainlie.",
             "Kay qillqaqa suscriptorkunallapaqmi.", "Eli nqaku lelababhalisileyo kuphela."]),
    };
}
