namespace FeedHub.Evaluation;

/// <summary>
/// The fourth held-out set, written on 2026-12-01 around 08:45 UTC by a session that had not seen the cleaning rules
/// or the phrasebook (nothing under src/FeedHub.Core/Cleaning/ nor the cleaning docs was opened), from general
/// knowledge of how real sites word these lines, and committed before any rule was changed for it (blind). It
/// avoids the wordings of the dev set and of the first three held-out sets.
/// Three groups, reported apart: other wordings in English and in languages the phrasebook already covers; the
/// languages about to be added to it (Lithuanian, Latvian, Estonian, Croatian, Serbian in Cyrillic and Latin,
/// Bosnian, Slovenian, Macedonian, Catalan, Galician, Albanian, Afrikaans, Swahili, Tagalog, Bengali, Tamil, Urdu,
/// Belarusian, Azerbaijani); languages no rule will be written in (Icelandic, Irish, Welsh, Basque, Maltese,
/// Georgian, Armenian, Kazakh, Uzbek, Mongolian, Nepali, Sinhala, Khmer, Burmese, Amharic, Hausa, Yoruba, Zulu,
/// Somali, Marathi, Telugu, Gujarati, Kannada, Malayalam, Punjabi). Two kinds the other sets lack: reading-time
/// lines ("n min read") and paywall lines (subscribers only, log in to read). Other HTML shapes: see
/// <see cref="BoilerplateGenerator"/> (Render4, WrapFourth).
/// Measured blind once (2026-12-01 08:53 UTC, rules of 031ba07: 75.64 % removed). Then, as planned, the second round
/// of phrasebook work of that session was written with its misses in view (reading-time and paywall kinds, more
/// wordings): since then it is not blind; held-out-5 is the blind set for that round.
/// Some lines share words with another language (Galician and Portuguese, Bosnian and Croatian, Belarusian and
/// Russian); they are left as real sites write them.
/// </summary>
internal static class HeldOutPhrasings4
{
    public const string ListedGroup = "held-out-4, listed languages";

    public const string NewlyListedGroup = "held-out-4, newly listed languages";

    public const string UnlistedGroup = "held-out-4, unlisted languages";

    // {t} title, {s} site, {n} network, {k} tag list, {#} hashtags, {h} the site's @handle.
    // Per family: English and the listed languages, then the newly listed ones, then the unlisted ones.
    public static readonly Dictionary<string, (string[] Listed, string[] NewlyListed, string[] Unlisted)> Phrasings = new()
    {
        ["appeared-first-on"] = (
            ["The post {t} first appeared on {s}.", "{t} is a post from: {s}", "{t} originally appeared on {s}.",
             "Der Artikel {t} wurde zuerst auf {s} veröffentlicht.", "Cet article {t} est paru initialement sur {s}.",
             "El artículo {t} fue publicado originalmente en {s}.", "Сообщение {t} появились сначала на {s}.", "Запис {t} з'явився спочатку на {s}.",
             "Artykuł {t} pochodzi z serwisu {s}.", "{t} ilk olarak {s} sitesinde yayınlandı.", "投稿 {t} は {s} に最初に表示されました。",
             "文章 {t} 最先出现在 {s}。"],
            ["Postitus {t} avaldati algselt veebilehel {s}.", "A entrada {t} publicouse primeiro en {s}.", "Tekst {t} je prvobitno objavljen na portalu {s}.",
             "Објавата {t} најпрво се појави на {s}.", "Запіс {t} упершыню з'явіўся на {s}.", "{t} yazısı ilk dəfə {s} saytında dərc olunub.",
             "یہ تحریر {t} سب سے پہلے {s} پر شائع ہوئی۔"],
            ["Færslan {t} birtist fyrst á {s}.", "Ymddangosodd y post {t} gyntaf ar {s}.", "{t} sarrera {s} webgunean argitaratu zen lehenik.",
             "პოსტი {t} პირველად გამოქვეყნდა {s}-ზე.", "{t} पोस्ट पहिलो पटक {s} मा प्रकाशित भयो।", "Il-post {t} deher l-ewwel fuq {s}."]),
        ["follow-us"] = (
            ["For breaking news, follow {h} on {n}", "🔔 Turn on notifications: {s} on {n}", "Find more of our reporting on {n}",
             "Besuchen Sie {s} auch auf {n}!", "Retrouvez toute l’actualité de {s} sur {n}", "Únete a nuestro canal de {n} y recibe las noticias al instante",
             "Acompanhe o {s} no {n}", "Подписывайтесь на наш канал в {n}", "تابعونا على {n}", "Gabung saluran {n} {s} untuk update berita terkini",
             "हमें {n} पर फॉलो करें"],
            ["Budite u tijeku, zapratite nas na {n}", "Uneix-te al nostre canal de {n}", "Prisijunkite prie mūsų {n} kanalo", "Падпісвайцеся на наш {n}",
             "I-follow ang {s} sa {n}", "Jiunge nasi kwenye {n}", "{n}-এ আমাদের সঙ্গে যুক্ত থাকুন", "Bizi {n}-da izləyin"],
            ["Lean muid ar {n}", "Հետևեք մեզ {n}-ում", "Бізді {n} желісінде оқыңыз", "आम्हाला {n} वर फॉलो करा", "በ{n} ይከተሉን", "Nagala soco {n}"]),
        ["subscribe"] = (
            ["Start your day with {s}. Get the newsletter →", "Join the list: new posts by email, no spam",
             "Enter your email address to follow this blog and receive notifications of new posts by email.",
             "Jetzt zum kostenlosen Newsletter anmelden", "Inscrivez-vous gratuitement à la lettre d’information de {s}",
             "Recibe cada mañana las noticias más importantes en tu correo", "Meld je aan voor onze nieuwsbrief", "Zapisz się na newsletter {s}",
             "Подпишитесь на нашу рассылку, чтобы не пропустить главное", "メールマガジンの登録はこちら", "뉴스레터 구독하기"],
            ["Примајте најважније вести на свој имејл", "Apúntate ao noso boletín", "Претплатете се на нашиот билтен", "Saņem jaunākās ziņas e-pastā",
             "Pokea habari zetu kila siku kupitia barua pepe", "ہمارے نیوز لیٹر کے لیے سائن اپ کریں", "தினசரி செய்திகளை மின்னஞ்சலில் பெற பதிவு செய்யுங்கள்"],
            ["Skráðu þig á póstlistann okkar", "Harpidetu gure buletinera", "Манай мэдээллийн товхимолд бүртгүүлээрэй", "අපගේ පුවත් ලිපියට දායක වන්න",
             "Forúkọsílẹ̀ fún ìwé ìròyìn wa"]),
        ["share"] = (
            ["Share via: WhatsApp | Telegram | Email", "Like this? Share it with your friends", "Tweet this · Post to Facebook · Copy link",
             "Artikel teilen: WhatsApp E-Mail", "Comparte esta noticia en tus redes", "Condividi: Facebook WhatsApp", "Compartilhe: Facebook Twitter WhatsApp",
             "Поделиться: ВКонтакте Telegram", "Udostępnij: Facebook X", "شارك هذا المقال", "แชร์: Facebook LINE"],
            ["Pasidalinkite su draugais", "Jaga artiklit: Facebook WhatsApp", "Delite ta članek", "Podijelite na društvenim mrežama",
             "I-share ang balitang ito: Facebook Twitter", "இந்தச் செய்தியைப் பகிருங்கள்", "Xəbəri paylaş: Facebook WhatsApp", "Comparte esta nova"],
            ["Rhannu'r stori hon: Facebook X", "გააზიარე: Facebook Twitter", "Կիսվել: Facebook Telegram", "Ulashish: Telegram Facebook",
             "ចែករំលែក៖ Facebook Telegram", "Yabelana ngale ndaba"]),
        ["read-more"] = (
            ["Read the rest of this entry »", "(more…)", "Tap to read the full story on {s}", "Zum vollständigen Artikel",
             "Lire l’article complet sur {s}", "Sigue leyendo en {s}", "Leggi tutto", "Continue lendo", "Czytaj dalej", "ادامه مطلب", "阅读全文"],
            ["Cijeli članak pročitajte ovdje", "Turpināt lasīt", "Опширније", "Vazhdo leximin", "Endelea kusoma", "বিস্তারিত পড়ুন", "مزید پڑھیں",
             "Чытаць далей"],
            ["Lesa meira", "Léigh tuilleadh", "Կարդալ ավելին", "ఇంకా చదవండి", "Karanta cikakken labarin", "ဆက်ဖတ်ရန်"]),
        ["source"] = (
            ["Syndicated from {s}", "This article is republished from {s} under a Creative Commons license.", "Original story: {s}",
             "Mit Material von {s}", "D’après {s}", "Con información de {s}", "Źródło: {s}", "引用元：{s}", "מקור: {s}", "منبع: {s}", "ที่มา: {s}"],
            ["Parengta pagal {s}", "Povzeto po {s}", "Preuzeto sa {s}", "Преземено од {s}", "Amb informació de {s}", "Mula sa {s}", "தகவல்: {s}",
             "Met erkenning aan {s}"],
            ["Ffynhonnell: {s}", "წყარო: {s}", "Дереккөз: {s}", "ምንጭ፦ {s}", "Isha: {s}", "මූලාශ්‍රය: {s}"]),
        ["comments-closed"] = (
            ["Sorry, the comment form is closed at this time.", "You must be logged in to post a comment.",
             "The comment section for this story has been closed.", "Die Kommentarfunktion für diesen Artikel wurde deaktiviert.",
             "Les commentaires sont désactivés pour cet article.", "Este artículo no admite comentarios.", "I commenti sono chiusi.",
             "Możliwość komentowania została wyłączona.", "Комментарии закрыты.", "Kommentarer er lukket.", "评论已关闭。"],
            ["Komentuoti negalima.", "Komentiranje je onemogućeno.", "Komentari su isključeni.", "Os comentarios están pechados.",
             "Huwezi kutoa maoni kwa sasa.", "Каментарыі закрытыя.", "Şərhlər bağlıdır.", "تبصرے بند ہیں۔"],
            ["Lokað hefur verið fyrir athugasemdir.", "Iruzkinak itxita daude.", "Il-kummenti huma magħluqa.", "Մեկնաբանությունները փակ են։",
             "टिप्पणीहरू बन्द छन्।"]),
        ["related"] = (
            ["Recommended for you", "If you liked this, try these:", "More from {s}", "Das könnte Sie auch interessieren", "Sur le même sujet",
             "Te puede interesar", "Veja também", "По теме:", "Zobacz także", "Tin liên quan", "관련 기사"],
            ["Taip pat skaitykite", "Iesakām izlasīt", "Loe ka", "Pročitajte i ovo", "Lexo edhe", "També et pot interessar", "আরও খবর", "Basahin din"],
            ["Scéalta gaolmhara", "Tengdar fréttir", "Mavzuga oid", "ബന്ധപ്പെട്ട വാർത്തകൾ", "ਸੰਬੰਧਿਤ ਖ਼ਬਰਾਂ", "આ પણ વાંચો"]),
        ["separator"] = (["_____", "+ + +", "oOo", "❖ ❖ ❖", "=====", "○○○", "~*~", "▬▬▬"], [], []),
        ["advertisement"] = (
            ["Paid content", "Ad Feature", "Content continues below", "Werbung", "Contenu sponsorisé", "Publicidad", "Pubblicità", "Publicidade",
             "Реклама", "Quảng cáo", "Iklan"],
            ["Užsakomasis turinys", "Sadarbības materiāls", "Sponzorirani članak", "Contido patrocinado", "Рэклама", "اشتہار", "Plaćeni sadržaj"],
            ["Auglýsing", "Hysbyseb", "რეკლამა", "Գովազդ", "Сурталчилгаа", "ពាណិជ្ជកម្ម"]),
        ["tags"] = (
            ["Tagged with: {k}", "Keywords: {k}", "This entry was tagged {k}. Bookmark the permalink.", "Schlagwörter: {k}", "Mots-clés : {k}",
             "Etiquetas: {k}", "Argomenti: {k}", "Marcadores: {k}", "Tagi: {k}", "Štítky: {k}", "标签：{k}", "Tagar: {#}"],
            ["Raktažodžiai: {k}", "Atslēgvārdi: {k}", "Märksõnad: {k}", "Кључне речи: {k}", "Fjalë kyçe: {k}", "Sleutelwoorde: {k}", "বিষয়: {k}",
             "Paraules clau: {k}"],
            ["Efnisorð: {k}", "Etiketak: {k}", "ტეგები: {k}", "टॅग्स: {k}", "Тегтер: {k}"]),
        ["support"] = (
            ["If you value our reporting, please consider making a donation.", "Become a {s} patron on Patreon", "Help keep {s} free for everyone →",
             "Jetzt {s} unterstützen", "Soutenez {s} : faites un don", "Hazte socio de {s}", "Sostieni il giornalismo di {s}", "Apoie o {s}",
             "Steun {s} met een donatie", "Поддержите {s}", "Wesprzyj {s}"],
            ["Tapk {s} rėmėju", "Toeta meid annetusega", "Doniraj i podrži nezavisno novinarstvo", "Поддржете го {s}", "Fes-te soci de {s}",
             "{s} کی مدد کریں", "Падтрымайце {s}", "{s}-a dəstək olun"],
            ["Cefnogwch {s}", "Tacaigh le {s}", "Աջակցեք {s}-ին", "{s}-г дэмжээрэй", "Sekela i-{s}"]),
        ["affiliate"] = (
            ["As an Amazon Associate, we earn from qualifying purchases.", "{s} may get a small share of sales from links on this page.",
             "Some of the products featured here are from partners who compensate us.",
             "Hinweis: Bei Käufen über die mit * gekennzeichneten Links erhalten wir eine kleine Provision.",
             "Lien affilié : {s} touche une commission en cas d’achat.", "Si compras a través de estos enlaces, {s} puede recibir una comisión.",
             "In qualità di affiliato Amazon, {s} riceve un guadagno dagli acquisti idonei.", "Este post contém links de afiliados.",
             "Via de links in dit artikel ontvangen wij een kleine vergoeding.", "Materiał zawiera linki afiliacyjne.",
             "이 포스팅은 쿠팡 파트너스 활동의 일환으로, 이에 따른 일정액의 수수료를 제공받습니다."],
            ["Pirkdami per šias nuorodas, paremiate mus.", "Ako kupite putem ovih poveznica, možemo zaraditi proviziju.",
             "Este artigo inclúe ligazóns de afiliados.", "Artikkel sisaldab partnerlinke.", "Makala hii ina viungo vya washirika.",
             "Maaaring kumita kami ng komisyon mula sa mga link sa artikulong ito.", "Оваа статија содржи партнерски врски.",
             "اس مضمون میں ایفیلیئٹ لنکس شامل ہیں۔"],
            ["Þessi grein inniheldur samstarfstengla.", "Mae'r erthygl hon yn cynnwys dolenni cyswllt.", "Artikulu honek afiliazio estekak ditu.",
             "Dan l-artiklu fih links affiljati.", "სტატია შეიცავს პარტნიორულ ბმულებს."]),
        ["image-credit"] = (
            ["Photograph: Sam Lee for {s}", "Illustration: Maya Chen", "Main image: AP Photo/Evan Vucci", "Bildquelle: {s}", "Crédit photo : AFP",
             "Crediti immagine: {s}", "Imagem: Reprodução/{s}", "Beeld: ANP", "Fot. PAP/Leszek Szymański", "写真：ロイター", "图片来源：{s}"],
            ["Nuotr. BNS", "Attēls: {s}", "Snimio: Ivan Horvat", "Фотографија: МИА", "Fotografia: ACN", "Foto ilustruese", "Фота: {s}", "تصویر: {s}"],
            ["Mynd: {s}", "Llun: {s}", "ფოტო: {s}", "ፎቶ፦ {s}", "Լուսանկարը՝ {s}"]),
        ["listen"] = (
            ["Hear this story read aloud · 6:12", "Voiced by Amazon Polly", "Press play to listen to this article", "Artikel anhören", "Écouter cet article",
             "Escucha esta noticia", "Ascolta l'articolo", "Ouça esta reportagem", "Слушать новость", "Haberi dinle", "기사 듣기"],
            ["Slušaj vijest", "Kuula artiklit", "Escoita esta noticia", "Слушни ја веста", "Sikiliza habari hii", "یہ خبر سنیں", "Xəbəri dinlə",
             "Слухаць артыкул"],
            ["Gwrandewch ar yr erthygl hon", "Мақаланы тыңдау", "ఈ వార్త వినండి", "ಈ ಸುದ್ದಿಯನ್ನು ಕೇಳಿ", "ഈ വാർത്ത കേൾക്കാം"]),
        ["reading-time"] = (
            ["4 min read", "Reading time: 6 minutes", "⏱ Est. reading time: 3 min", "Lesezeit: 5 Min.", "Temps de lecture : 4 min",
             "Tiempo de lectura: 3 minutos", "Lettura: 3 min", "Leitura: 5 min", "⏱ 6 минут на чтение", "Czas czytania: 3 min",
             "この記事は約5分で読めます", "Waktu baca 2 menit"],
            ["Skaitymo laikas: 4 min.", "3 min lasīšanai", "Vrijeme čitanja: 5 min", "4 minute branja", "Temps de lectura: 3 min", "Читање: 2 мин.",
             "পড়তে সময় লাগবে ৩ মিনিট", "Dakika 3 kusoma"],
            ["Lestími: 4 mín.", "Irakurketa denbora: 3 min", "კითხვის დრო: 5 წუთი", "वाचन वेळ: ४ मिनिटे", "Ընթերցման ժամանակը՝ 3 րոպե"]),
        ["paywall"] = (
            ["This article is for subscribers only. Log in or subscribe to keep reading.", "Already a subscriber? Sign in",
             "Unlock this story with a {s} subscription", "Dieser Inhalt ist exklusiv für Abonnenten.", "Article réservé aux abonnés",
             "Contenido exclusivo para suscriptores", "Questo contenuto è riservato agli abbonati", "Conteúdo exclusivo para assinantes",
             "Dit is een premium artikel. Log in om verder te lezen.", "Ten artykuł jest dostępny tylko dla prenumeratorów",
             "Материал доступен только подписчикам"],
            ["Straipsnis skirtas tik prenumeratoriams", "Artikkel on ainult tellijatele", "Sadržaj je dostupan samo pretplatnicima",
             "Za branje celotnega članka se prijavite", "Contingut exclusiu per a subscriptors", "Lai turpinātu lasīt, kļūsti par abonentu",
             "Содржината е достапна само за претплатници"],
            ["Aðeins fyrir áskrifendur", "I danysgrifwyr yn unig", "Do shíntiúsóirí amháin", "სტატია ხელმისაწვდომია მხოლოდ გამომწერებისთვის",
             "Միայն բաժանորդների համար"]),
    };
}
