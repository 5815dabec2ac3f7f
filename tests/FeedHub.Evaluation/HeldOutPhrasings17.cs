namespace FeedHub.Evaluation;

/// <summary>
/// The seventeenth held-out set, written on 2026-12-01 between 15:40 and 15:43 UTC by a session that did not open src/
/// nor docs/ (nor README.md nor the core, worker or storage unit tests) and did not look for the cleaning rules or the
/// phrasebook anywhere, from general knowledge of how aggregators and reading apps (Yahoo News, MSN, Google News
/// Showcase, SmartNews, Flipboard magazines, Apple News Format exports, AMP stories, Telegram Instant View, Substack
/// notes, Naver News), newsletters and the sites they carry word these lines. It is blind as of its commit: no rule has
/// been changed for it. It avoids the wordings of the dev set and of the first sixteen held-out sets.
/// Two groups, reported apart: other wordings in English and in languages a multilingual phrasebook commonly covers
/// (German, French, Spanish, Portuguese, Italian, Dutch, Polish, Russian, Ukrainian, Turkish, Japanese, Chinese in
/// traditional and simplified script, Korean, Arabic, Hebrew, Hindi, Urdu, Indonesian, Thai, Romanian, Greek, Danish,
/// Norwegian, Finnish, Hungarian, Czech); languages a rule writer would be unlikely to cover (Plautdietsch, Antillean
/// Creole (Martinique), Belizean Kriol, Trinidadian Creole, Banjar, Manado Malay, Marwari, Awadhi, Jèrriais, Nahuatl,
/// Toki Pona, Egyptian Arabic in Franco-Arabic script). The seventeen kinds of the sixteenth set (separators have no
/// language, so no unlisted group).
/// Other HTML shapes: see <see cref="BoilerplateGenerator"/> (Render17, WrapSeventeenth).
/// No phrasebook rule may ever be written from this file: a rule that helps here must be a general one.
/// Some lines share words with another language (Plautdietsch with Low German and Dutch, Antillean Creole with French,
/// Belizean Kriol and Trinidadian Creole with English, Banjar and Manado Malay with Indonesian, Marwari and Awadhi with
/// Hindi, Jèrriais with Norman French, Nahuatl with Spanish loanwords, Franco-Arabic with French and English); they are
/// left as real sites write them.
/// </summary>
internal static class HeldOutPhrasings17
{
    public const string ListedGroup = "held-out-17, listed languages";

    public const string UnlistedGroup = "held-out-17, unlisted languages";

    // {t} title, {s} site, {n} network, {k} tag list, {#} hashtags, {h} the site's @handle.
    // Per family: English and the listed languages, then the unlisted ones.
    public static readonly Dictionary<string, (string[] Listed, string[] Unlisted)> Phrasings = new()
    {
        ["appeared-first-on"] = (
            ["This story was syndicated from {s}; the original, “{t}”, is on their site.", "{t} | First published by our partner {s}",
             "Editor's note: this article originally ran on {s} and is shared here with permission.",
             "Der Artikel „{t}“ wurde zuerst von unserem Partner {s} veröffentlicht.", "Article initialement paru chez notre partenaire {s}.",
             "Artículo publicado originalmente por nuestro medio aliado {s}.", "Pubblicato per la prima volta sul sito del nostro partner {s}.",
             "Reportagem publicada originalmente no site parceiro {s}.", "Dit artikel werd eerst gepubliceerd door partner {s}.",
             "Tekst „{t}” ukazał się najpierw na łamach {s}.", "Статья «{t}» изначально вышла в издании {s}.",
             "Вперше цей текст з'явився на сайті {s}.", "Bu haber ilk kez ortağımız {s} tarafından yayımlandı.",
             "この記事は提携メディア{s}で最初に公開されました。", "本文原載於合作媒體{s}。", "이 기사는 제휴 매체 {s}에서 처음 보도됐습니다.",
             "ظهر هذا التقرير أولاً في {s}.", "הכתבה „{t}” פורסמה לראשונה ב{s}.", "यह लेख सबसे पहले {s} पर प्रकाशित हुआ था।",
             "یہ مضمون پہلے {s} پر شائع ہوا۔", "Artikel “{t}” sebelumnya tayang di {s}."],
            ["Dise Artikel „{t}“ es toeeascht bie {s} rutjekomen.", "Atik-lasa «{t}» té paret an premyé asou {s}.",
             "Dis stoari mi fers kom owt pan {s}.", "Dis story did first come out on {s}, yuh hear.", "Tulisan ini bahari tabit di {s}.",
             "Ni artikel pertama kali kaluar di {s}.", "Ēk lekh pailā {s} mein chhapyo ho.", "I artikel el 3ala {s} awel ma nazal."]),
        ["follow-us"] = (
            ["Add {s} as a preferred source on {n}", "Get the {s} app or find us on {n}", "Follow this publisher on {n} for more stories like this",
             "Tippe auf Folgen, um {s} bei {n} zu abonnieren", "Ajoutez {s} à vos sources favorites sur {n}",
             "Marca {s} como fuente preferida en {n}", "Aggiungi {s} alle tue fonti su {n}", "Adicione o {s} às suas fontes no {n}",
             "Voeg {s} toe aan je favoriete bronnen in {n}", "Dodaj {s} do ulubionych źródeł w {n}", "Добавьте {s} в избранные источники {n}",
             "{s}'ı {n} üzerinden takip etmek için tıklayın", "{n}で{s}をフォローして最新記事をチェック", "在{n}追蹤{s}，不錯過任何新聞",
             "네이버 뉴스에서 {s} 구독하기", "أضف {s} إلى مصادرك المفضلة على {n}", "ताज़ा अपडेट के लिए {s} का {n} पेज लाइक करें", "Følg {s} på {n} og få nyhederne først"],
            ["Folgt ons opp {n}", "Suiv nou asou {n}", "Fala wi pan {n}", "Tun in to we on {n}", "Ikuti kami di {n} lah, dangsanak",
             "Toki o kute e mi lon {n}"]),
        ["subscribe"] = (
            ["Get the morning roundup from {s} — free, every weekday", "Want this in your inbox? Sign up below.",
             "Subscribe to {s} to get new posts and support the work", "Holen Sie sich den kostenlosen Morgen-Newsletter von {s}",
             "Recevez chaque matin l'essentiel de l'actualité par courriel", "Recibe cada mañana el resumen de {s}",
             "Ogni mattina le notizie di {s} nella tua email", "Cadastre-se para receber o resumo diário do {s}",
             "Ontvang elke ochtend het nieuws van {s} in je mailbox", "Codzienny przegląd wiadomości {s} — zapisz się",
             "Получайте утреннюю сводку {s} на почту", "Щоранку найважливіше від {s} — на вашу пошту", "Günün özeti her sabah e-postanızda",
             "{s}の最新記事をメールで受け取る", "免費訂閱{s}每日新聞信", "매일 아침 {s} 뉴스레터 받아보기",
             "احصل على ملخص {s} اليومي في بريدك", "קבלו את הניוזלטר היומי של {s}", "Dapatkan rangkuman berita pagi dari {s} lewat email",
             "Få morgenbrevet fra {s} i innboksen hver dag"],
            ["Bestal dän Niesbreef fonn {s}", "Enskri pou risivwè nouvel {s}", "Sain op fi wi niuzletta", "Sign up nah fuh we newsletter",
             "Langganan kabar {s} lewat email", "Mek {s} ko newsletter mangaaiye"]),
        ["share"] = (
            ["Share to your Flipboard magazine", "Flip it", "Send this story", "Share via AirDrop or Messages", "Artikel verschicken",
             "Partager l'article", "Enviar esta noticia", "Invia l'articolo", "Mandar esta notícia pelo WhatsApp", "Deel dit verhaal", "Wyślij znajomemu",
             "Переслать новость в Telegram", "Надіслати у Viber", "Haberi paylaş", "ツイートする", "分享至 LINE", "카카오톡으로 기사 보내기",
             "שלחו את הכתבה לחברים", "ارسال به تلگرام", "इस खबर को व्हाट्सऐप पर भेजें", "Bagikan lewat WhatsApp", "Κοινοποίησε το άρθρο"],
            ["Deel dit met dien Frind", "Patajé atik-la", "Sen dis tu yu fren dem", "Pass dis on to yuh pardner", "Bagikan ka kawal",
             "Ab3at el article da l s7abak"]),
        ["read-more"] = (
            ["View original article on {s}", "Continue reading on the {s} website", "Open in browser to read the full story",
             "Zum Originalartikel auf {s}", "Voir l'article original", "Ver nota completa en {s}", "Apri l'articolo originale su {s}",
             "Acesse a matéria completa no site do {s}", "Bekijk het originele artikel", "Przejdź do pełnego artykułu", "Открыть оригинал статьи",
             "Відкрити статтю на сайті {s}", "Haberin tamamı için tıklayın", "この続きは{s}のサイトでお読みいただけます", "前往{s}閱讀全文", "원문 기사 보기",
             "لقراءة المقال كاملاً اضغط هنا", "पूरी खबर पढ़ने के लिए यहां क्लिक करें", "مکمل خبر پڑھنے کے لیے یہاں کلک کریں",
             "Baca berita lengkapnya di {s}", "Les hele saken hos {s}"],
            ["Wieda lase opp {s}", "Li rès atik-la asou {s}", "Ríid di res pan {s}", "Read de whole ting on {s}", "Baca lanjutannya di {s}",
             "Kamal el 2eraya 3ala {s}"]),
        ["source"] = (
            ["Article provided by {s} via our content network", "Powered by {s}", "From {s}, a News Showcase partner", "Bereitgestellt von {s}", "Fourni par {s}",
             "Proporcionado por {s}", "Fornito da {s}", "Fornecido por {s}", "Aangeboden door {s}", "Dostarczone przez {s}",
             "Предоставлено {s}", "Надано {s}", "İçerik sağlayıcı: {s}", "提供：{s}", "內容提供：{s}", "제공: {s}", "مقدم من {s}",
             "הכתבה מתפרסמת בשיתוף {s}", "सौजन्य: {s}", "بشکریہ {s}", "Disediakan oleh {s}", "Levert av {s}"],
            ["Jejäft fonn {s}", "Sa sòti asou {s}", "Kom fahn {s}", "Dis come from {s}", "Dari {s}", "Ēk khabar {s} sūn"]),
        ["comments-closed"] = (
            ["Commenting is unavailable for this story.", "Conversations are turned off for this article.",
             "The publisher has turned off comments on this story.", "Für diesen Beitrag steht die Kommentarfunktion nicht zur Verfügung.",
             "L'espace de discussion n'est pas disponible pour cet article.", "Los comentarios no están disponibles en esta nota.",
             "Per questo articolo i commenti non sono disponibili.", "Comentários indisponíveis para esta reportagem.",
             "Reacties zijn uitgeschakeld door de uitgever.", "Komentarze pod tym artykułem są niedostępne.",
             "Обсуждение этой новости недоступно.", "Коментарі до цієї новини вимкнено.", "Bu habere yorum yapma özelliği kapatılmıştır.",
             "この記事へのコメントは受け付けていません", "本新聞不開放留言", "언론사 요청으로 이 기사는 댓글 서비스를 제공하지 않습니다.",
             "التعليقات غير متاحة لهذا الخبر.", "מערכת התגובות אינה פעילה בכתבה זו.", "इस खबर पर टिप्पणियां बंद हैं।", "Kommentarfeltet er lukket for denne artikel."],
            ["Kommentoare send too.", "Pa ni komantè pou atik-lasa.", "Nobadi kyaa kament pan dis wan.", "Comments shut down fuh dis one.",
             "Komentar kada kawa lagi.", "El comments ma2fola."]),
        ["related"] = (
            ["More for you", "What others are reading on {s}", "Top stories from {s}", "More stories from this publisher", "Weitere Nachrichten aus der Region", "À découvrir aussi sur {s}",
             "Sigue informándote con {s}", "Altre notizie", "Mais notícias", "Ook interessant", "Więcej informacji", "Главное сейчас", "Що ще почитати",
             "Gündemdeki haberler", "この媒体の他の記事", "熱門新聞", "언론사 주요 뉴스", "الأكثر قراءة", "עוד כתבות", "ये खबरें भी ज़रूर पढ़ें",
             "Berita terkait lainnya", "Mest læste"],
            ["Mea to lase", "Lòt atik", "Moa stoari", "Other tings to read", "Baca jua", "Ēk bhī vāncho"]),
        ["separator"] = (["⸻ ✱ ⸻", "❋ ❋ ❋", "⟡ ◆ ⟡", "⟢ ⟣", "┅┅┅┅", "✵ ✵ ✵", "☼ ☼ ☼", "⦿ ⦿ ⦿", "⫷ ⫸", "⩩ ⩩ ⩩"], []),
        ["advertisement"] = (
            ["Ad Feedback", "Advertisement — the story continues after this message", "Content from our sponsor", "Anzeige · Der Artikel wird unterhalb fortgesetzt",
             "L'article continue après la publicité", "La noticia continúa tras la publicidad", "L'articolo prosegue sotto l'annuncio",
             "Continua após a publicidade", "Het artikel gaat verder na deze advertentie", "Dalsza część artykułu pod reklamą",
             "Статья продолжается после рекламы", "Продовження статті після реклами", "Haberin devamı reklamdan sonra", "記事の続きは広告の後で",
             "廣告，請繼續往下閱讀", "본문 중간 광고", "تابع القراءة بعد الإعلان", "הכתבה נמשכת אחרי הפרסומת", "विज्ञापन के बाद खबर जारी",
             "Reclamă · Articolul continuă mai jos", "Hirdetés – a cikk lent folytatódik"],
            ["Reklaum", "Piblisité · Atik-la ka kontinyé anba", "Advataizment", "Ad break, story continue below", "Iklan, baca tarus di bawah",
             "E3lan, kamel ta7t"]),
        ["tags"] = (
            ["Mentioned in this story: {k}", "Topics we're following: {k}", "Keywords for this story: {k}", "In diesem Beitrag geht es um {k}", "Thèmes associés : {k}",
             "En esta nota se habla de {k}", "In questo articolo: {k}", "Neste artigo: {k}", "In dit artikel: {k}", "W tym artykule: {k}",
             "В этой статье: {k}", "Теми статті: {k}", "Bu haberde: {k}", "この記事のキーワード：{k}", "相關主題：{k}", "관련 키워드 {k}",
             "موضوعات ذات صلة: {k}", "תגיות הכתבה: {k}", "इस खबर से जुड़े विषय: {k}", "Topik terkait: {k}", "Emner i denne artikel: {k}",
             "#hashtag {#}"],
            ["Dit jeit om: {k}", "Sijé: {k}", "Tapiks: {k}", "Dis story bout: {k}", "Pasal: {k}", "El mawadee3: {k}"]),
        ["support"] = (
            ["Upgrade to paid to support {s}", "Pledge your support", "Leave a tip for {s}", "Unterstützen Sie {s} mit einem Abo", "Je fais un don pour soutenir {s}",
             "Contribuye a {s}", "Supporta {s} con un contributo", "Faça um Pix para o {s}", "Word lid van {s}", "Wesprzyj {s} wpłatą",
             "Задонатить {s}", "Донат для {s}", "{s}'a bağış yapın", "投げ銭で{s}を応援", "小額贊助{s}，支持獨立媒體", "{s}에 후원금 보내기",
             "تبرّع لـ{s}", "הצטרפו לחברי המועדון של {s}", "{s} को आर्थिक सहयोग दें", "Dukung {s} lewat Saweria", "Støt {s} med et bidrag"],
            ["Unjastett {s}", "Soutni {s}", "Help {s} out", "Gih {s} a lil support", "Bantui {s}", "Sa3ed {s}"]),
        ["affiliate"] = (
            ["{s} may receive compensation for some links to products and services on this website.",
             "Products featured are independently selected; we may earn money when you buy through our links.",
             "Shopping links may earn us a commission.", "Mit einem Sternchen gekennzeichnete Links sind Provisionslinks.",
             "Cet article contient des liens commerciaux.", "Si compras a través de los enlaces, {s} puede obtener una comisión.",
             "Acquistando tramite i link presenti, {s} potrebbe ricevere una commissione.", "Compras feitas pelos links podem gerar comissão ao {s}.",
             "Bij aankopen via links in dit artikel ontvangt {s} een vergoeding.", "Artykuł zawiera linki partnerskie.",
             "В статье есть реферальные ссылки.", "Деякі посилання в тексті — партнерські.", "Bu yazıdaki bağlantılar üzerinden yapılan alışverişlerden komisyon alabiliriz.",
             "本記事はアフィリエイト広告を利用しています", "本文含聯盟行銷連結", "링크를 통해 구매하면 {s}가 수수료를 받을 수 있습니다.",
             "قد نحصل على عمولة من مشترياتك عبر الروابط.", "Artikel ini memuat tautan afiliasi.", "Artiklen indeholder affiliate-links."],
            ["Dise Sied haft Affiliate-Links.", "Atik-lasa ni lyen afilyé.", "Dis pej gat afiliet lingk.", "If yuh buy tru dese links, we get a lil something.",
             "Tulisan ini ada link afiliasi.", "El article da fih affiliate links."]),
        ["image-credit"] = (
            ["Photo supplied to {s}", "(Image credit: Getty Images)", "Picture supplied", "Foto: imago images", "Photo : Reuters",
             "Imagen: Archivo", "Foto di repertorio LaPresse", "Foto: Reprodução", "Foto ter illustratie: Hollandse Hoogte", "Zdjęcie ilustracyjne: Shutterstock", "Фото из архива редакции",
             "Фото: соцмережі", "Fotoğraf: İHA", "（写真：{s}提供）", "圖／中央社", "사진은 기사 내용과 무관함", "صورة أرشيفية", "צילום ארכיון",
             "तस्वीर: सोशल मीडिया", "تصویر: سوشل میڈیا", "Foto: Antara", "Foto: Scanpix"],
            ["Bilt: {s}", "Foto: {s} ba nou", "Pikcha: {s}", "Pic from {s}", "Gambar matan {s}", "Sora: {s}"]),
        ["listen"] = (
            ["Listen to this story with Apple News+", "Voice is AI-generated", "Play narrated version", "Beitrag vorlesen lassen",
             "Écoutez la version lue", "Oír la noticia", "Leggi ad alta voce", "Ouvir texto em áudio", "Voorlezen", "Odtwórz artykuł",
             "Прослушать новость голосом", "Слухати новину", "Sesli oku", "音声読み上げ", "語音朗讀", "본문 듣기", "استماع للخبر", "להאזנה לכתבה לחצו כאן",
             "इस खबर को सुनें", "اس خبر کو آڈیو میں سنیں", "Putar audio artikel", "Lytt til saken"],
            ["Heat dise Artikel", "Kouté atik-la", "Lisn tu dis stoari", "Hear dis story", "Dangarakan kabar ini", "Esma3 el article"]),
        ["reading-time"] = (
            ["6-min read", "Reading time · 4 min", "It takes 5 minutes to read this", "Lesezeit 4 Minuten", "Lecture 6 min.", "4 min de lectura",
             "Tempo di lettura 5 min", "Leitura: 6 min", "Leestijd 5 min", "5 minut czytania", "Читается за 4 минуты", "6 хвилин читання",
             "6 dk okuma", "読了時間の目安：5分", "閱讀約 4 分鐘", "읽는 시간 6분", "دقائق القراءة: 5", "4 דקות קריאה",
             "पढ़ने का समय: 6 मिनट", "Waktu baca 5 menit", "Lesetid: 4 min"],
            ["Lasetiet: 5 Minuute", "Tan pou li: 4 minit", "Ridin taim: 6 minit", "Bout 5 minutes read", "Waktu mambaca: 4 menit",
             "Wa2t el 2eraya: 6 da2aye2"]),
        ["paywall"] = (
            ["To continue reading, subscribe to {s}", "This story is available exclusively to subscribers.", "Unlock this article with a subscription",
             "Dieser Artikel ist nur mit Abo lesbar.", "Pour lire la suite, abonnez-vous", "Suscríbete para seguir leyendo esta noticia",
             "Questo articolo è per gli abbonati: scopri l'offerta", "Assine o {s} e continue a leitura", "Om verder te lezen, word abonnee",
             "Aby czytać dalej, wykup dostęp", "Чтобы читать дальше, оформите подписку", "Щоб читати далі, оформіть підписку",
             "Devamını okumak için abone olun", "続きは会員登録で読めます", "訂閱後即可閱讀全文", "구독하고 전체 기사 읽기",
             "لمواصلة القراءة اشترك في {s}", "להמשך קריאה הירשמו למינוי", "आगे पढ़ने के लिए सब्सक्राइब करें", "Untuk melanjutkan membaca, berlangganan",
             "Resten av saken er for abonnenter"],
            ["Dise Artikel es bloos fa Abonnente.", "Pou li rès-la, abòné-w.", "Dis stoari da onli fi sobskraiba.",
             "Dis one is fuh subscribers only.", "Tulisan ini gasan palanggan haja.", "El article da lel moshtarkeen bas."]),
    };
}
