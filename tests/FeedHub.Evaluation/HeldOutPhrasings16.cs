namespace FeedHub.Evaluation;

/// <summary>
/// The sixteenth held-out set, written on 2026-12-01 between 15:34 and 15:40 UTC by a session that did not open src/
/// nor docs/ (nor README.md nor the core, worker or storage unit tests) and did not look for the cleaning rules or the
/// phrasebook anywhere, from general knowledge of how real sites, CMSs and platforms (Le Monde, Der Spiegel, El País and
/// Corriere della Sera article furniture, Wix Blog, Squarespace Commerce, HubSpot CMS, MailerLite, Flodesk, Disqus,
/// WordPress block-editor query loops), newsletters and aggregators word these lines. It is blind as of its commit: no
/// rule has been changed for it. It avoids the wordings of the dev set and of the first fifteen held-out sets.
/// Two groups, reported apart: other wordings in English and in languages a multilingual phrasebook commonly covers
/// (German, French, Spanish, Portuguese, Italian, Dutch, Polish, Russian, Ukrainian, Turkish, Japanese, Chinese, Korean,
/// Arabic, Persian, Hebrew, Hindi, Vietnamese, Thai, Czech, Hungarian, Romanian, Greek, Swedish); languages a rule
/// writer would be unlikely to cover (Swabian, Réunion Creole, Hinglish (Hindi in Latin script), Moroccan Darija in
/// Arabizi, Balinese, Central Bikol, Kajkavian, Samogitian, Meänkieli, Sheng, Interlingue (Occidental), Singlish).
/// The seventeen kinds of the fifteenth set (separators have no language, so no unlisted group).
/// Other HTML shapes: see <see cref="BoilerplateGenerator"/> (Render16, WrapSixteenth).
/// No phrasebook rule may ever be written from this file: a rule that helps here must be a general one.
/// Some lines share words with another language (Swabian with German, Réunion Creole with French, Hinglish with
/// English, Darija with French and Arabic, Balinese with Indonesian, Bikol with Tagalog, Kajkavian with Slovene and
/// Croatian, Samogitian with Lithuanian, Meänkieli with Finnish, Sheng with Swahili and English, Interlingue with the
/// Romance languages, Singlish with English); they are left as real sites write them.
/// </summary>
internal static class HeldOutPhrasings16
{
    public const string ListedGroup = "held-out-16, listed languages";

    public const string UnlistedGroup = "held-out-16, unlisted languages";

    // {t} title, {s} site, {n} network, {k} tag list, {#} hashtags, {h} the site's @handle.
    // Per family: English and the listed languages, then the unlisted ones.
    public static readonly Dictionary<string, (string[] Listed, string[] Unlisted)> Phrasings = new()
    {
        ["appeared-first-on"] = (
            ["This piece was first published by {s} and is republished here under a Creative Commons licence.",
             "“{t}” — originally written for {s}.", "A version of this story, {t}, ran earlier on {s}.",
             "Dieser Text erschien ursprünglich im Angebot von {s}.", "Cet article, « {t} », a d'abord été publié par {s}.",
             "Este texto se publicó originalmente en la web de {s}.", "Questo contributo è apparso in origine su {s}.",
             "Este artigo foi publicado originalmente pelo {s}.", "Dit stuk verscheen eerder bij {s}.",
             "Ten tekst ukazał się pierwotnie w serwisie {s}.", "Матеріал «{t}» вперше опубліковано на {s}.",
             "Bu yazı ilk olarak {s} sitesinde yayımlandı.", "本記事は{s}に掲載された「{t}」を一部編集のうえ転載したものです。",
             "本文首发于{s}，经授权转载。", "이 글은 {s}에 먼저 실린 글입니다.", "نُشر هذا المقال في الأصل على موقع {s}.",
             "این یادداشت نخستین بار در {s} منتشر شد.", "Bài viết “{t}” được đăng lần đầu trên {s}.", "Το κείμενο δημοσιεύτηκε αρχικά στο {s}."],
            ["Dr Artikel „{t}“ isch zerschd uff {s} erschiena.", "Lartik «{t}» la parèt an promié su {s}.",
             "Yeh article pehle {s} par publish hua tha.", "Artikel puniki kapertama kamedalang ring {s}.",
             "An artikulong “{t}” enot na ipinublikar sa {s}.", "Ti articul esset publicat in prim vez in {s}."]),
        ["follow-us"] = (
            ["{s} posts daily on {n}. Tap follow so you don't miss anything", "We're on {n} — come say hi", "More behind the scenes on our {n}: {h}",
             "Du findest {s} auch bei {n}", "Retrouvez toute l'actualité de {s} sur {n}", "Acompáñanos en {n}", "Ci trovi anche su {n}: {h}",
             "Acompanhe o {s} pelo {n}", "Dołącz do społeczności {s} na {n}", "Підписуйтеся на {s} у {n}", "{n} hesabımızı takip edin: {h}",
             "{n}でも最新情報を発信中！", "在{n}上关注{s}", "انضموا إلى متابعي {s} على منصة {n}", "Nhấn theo dõi fanpage {s} trên {n} để nhận tin mới", "ติดตาม {s} ได้ทาง {n}"],
            ["Folged ons uff {n}", "Follow us on {n} lah, got more stuff one", "Humein {n} par follow karein", "Tab3ouna f {n}",
             "Tufollow kwa {n} mse", "Sekėt mumis {n}"]),
        ["subscribe"] = (
            ["Like what you read? Join the {s} mailing list.", "Join 20,000+ readers who get our weekly email",
             "Enter your email to get new essays as they come out", "Newsletter bestellen und nichts mehr verpassen",
             "Inscrivez-vous à la lettre d'information de {s}", "Únete a nuestra lista de correo", "Ogni venerdì le storie migliori di {s} nella tua casella: iscriviti",
             "Assine a newsletter gratuita do {s}", "Meld je aan voor de nieuwsbrief van {s}", "Zapisz się do newslettera {s}",
             "Haftalık e-bültenimize kaydolun, yeni yazılar e-postanıza gelsin", "メルマガ登録はこちら", "每周一封，{s}精选内容免费送达邮箱", "뉴스레터 구독 신청", "اشترك في النشرة البريدية الأسبوعية",
             "Odebírejte novinky e-mailem", "Få {s}s nyhetsbrev varje vecka – helt gratis"],
            ["Abonnier onsern Newsletter", "Abone aou nout lèt-nouvèl", "Hamare newsletter ko subscribe karein", "Daftarang email ragane",
             "Abonna nor bulletin", "Tilaa meän uutiskirjettä"]),
        ["share"] = (
            ["Post to Bluesky", "Email this story to someone", "Share on Threads", "Auf Bluesky teilen", "Envoyer par e-mail", "Compartir por correo",
             "Condividi su Telegram", "Compartilhar no X", "Delen via e-mail", "Udostępnij na Facebooku", "Поделиться ВКонтакте",
             "Поширити у Facebook", "この記事をLINEで友だちに送る", "分享到微信朋友圈", "밴드로 공유하기", "شارك عبر واتساب", "Chia sẻ lên Zalo", "แชร์ไปที่ LINE"],
            ["Teil des mit deine Leit", "Share with your friends also can", "Apne doston ke saath share karein", "Partagiw m3a s7abkom",
             "Shea hii na mabeste", "Dalėkėts sō draugās"]),
        ["read-more"] = (
            ["The complete story continues over at {s} →", "Tap to see the full post on {s}", "Read the rest of {t}", "Hier geht's zum ganzen Text auf {s}", "Lire l'article complet sur {s}",
             "Sigue leyendo la noticia completa en la web de {s}", "Leggi l'articolo integrale", "Continue lendo no {s}", "Lees het volledige artikel", "Czytaj całość na {s}",
             "Полная версия материала — на сайте {s}", "Devamını oku", "記事全文を読む", "点击阅读原文", "전체 기사는 {s}에서 확인하세요", "لقراءة الخبر كاملاً تفضلوا بزيارة {s}", "Xem tiếp bài viết",
             "อ่านต่อคลิก"],
            ["Weiderlesa", "Lir la suit", "Poora padhiye {s} par", "Kml l9raya f {s}", "Waca sanè lianan", "Legi plu in {s}"]),
        ["source"] = (
            ["Hat tip to the team at {s} for the story", "Adapted from reporting by {s}", "Originally seen on {s}", "Mit Agenturmaterial von {s}", "D'après les informations de {s}",
             "Con datos y reportería de {s}", "Fonte originale della notizia: {s}", "Com conteúdo da agência {s}", "Dit nieuws is met toestemming overgenomen uit {s}",
             "Na podstawie materiałów serwisu {s}", "Подготовлено по материалам издания {s}", "Haberin kaynağı: {s}", "出典元：{s}", "消息来源：{s}", "출처={s}",
             "الخبر منقول عن موقع {s} بتصرف", "این خبر با اندکی تلخیص از {s} نقل شده است", "מקור הידיעה: {s}", "इनपुट: {s}", "ที่มาของข่าว: {s}"],
            ["Wo's her isch: {s}", "Sours lartik: {s}", "Khabar ka source: {s}", "Lmasdar: {s}", "Šaltėnis: {s}", "Orígine: {s}"]),
        ["comments-closed"] = (
            ["Comments on this article are now closed.", "Replies are disabled for this post.",
             "This thread has been archived; new comments are not allowed.", "Zu diesem Artikel können keine Leserkommentare mehr abgegeben werden.",
             "Les commentaires de cet article ne sont plus ouverts.", "Este artículo ya no admite comentarios.", "I commenti a questo articolo sono chiusi.",
             "Comentários encerrados para esta matéria.", "Reageren op dit artikel is gesloten.", "Sekcja komentarzy pod tym tekstem została zamknięta.",
             "Комментирование этой статьи закрыто.", "Bu habere yorum yapılamıyor.", "コメントの受付は終了しました。", "本文评论功能已关闭",
             "댓글 작성이 중지된 기사입니다.", "باب التعليق على هذا الموضوع مغلق.", "Bình luận đã bị tắt cho bài viết này."],
            ["Kommentar send zua.", "Komanter lé fermé.", "Comments band kar diye gaye hain.", "L commentaires msdoudin.",
             "Sarado na an mga komento.", "Li comentaries es cludet."]),
        ["related"] = (
            ["Up next from {s}", "Hand-picked stories from the {s} archive", "Readers of this story also read", "Explore more on this topic", "Mehr aus dem Ressort", "Nos articles sur ce thème",
             "También te puede interesar", "Dello stesso argomento", "Leia também no {s}", "Eerder verschenen over dit thema", "Czytaj więcej na ten temat", "Читайте також",
             "İlginizi çekebilir", "同じカテゴリーの新着記事", "看了本文的人还看了", "함께 보면 좋은 글", "قد يعجبك أيضاً من {s}", "Bài cùng chuyên mục", "เรื่องที่คุณอาจสนใจ"],
            ["Des kennt di au intressiera", "Lir osi", "Yeh bhi padhein", "9ra hta hadchi", "Baca mase", "Legi anc"]),
        ["separator"] = (["⁕ ⁕ ⁕", "♪ ♪ ♪", "⟐ ⟐ ⟐", "⊱ ✦ ⊰", "～～～", "✧ ✧ ✧", "⚬ ⚬ ⚬", "⊷ ⊶", "☘ ☘ ☘", "∿∿∿"], []),
        ["advertisement"] = (
            ["Advertisement · Continue reading below", "Partner content", "Werbung – Weiterlesen nach der Anzeige", "Espace partenaire – l'article continue après cette annonce", "Espacio patrocinado", "Contenuto pubblicitario",
             "Conteúdo pago por anunciante", "Advertentie · Het artikel gaat verder onder de advertentie", "Реклама · Продолжение статьи ниже", "Reklam alanı · Haberin devamı aşağıda", "スポンサーリンク（広告）", "推广内容", "AD 배너", "محتوى إعلاني", "تبلیغات", "בשיתוף מסחרי", "विज्ञापन के नीचे खबर जारी है", "บทความนี้ได้รับการสนับสนุน",
             "Διαφημιστικός χώρος", "Conținut susținut de partener"],
            ["Werbong", "Piblisité", "Ad hai, niche padhte rahiye", "Ichhar", "Rėklama", "Reclame"]),
        ["tags"] = (
            ["Explore topics — {k}", "This story covers {k}", "Follow the topics {k}", "Mehr zu den Themen {k}", "Dans la même rubrique : {k}", "Más noticias sobre {k}",
             "Segui i temi {k}", "Mais sobre {k}", "Onderwerpen van dit artikel: {k}", "Tematy wpisu: {k}", "Мітки: {k}", "Konu başlıkları: {k}", "タグ：{k}", "本文标签 {k}",
             "#태그 {k}", "المزيد حول: {k}", "کلیدواژه‌ها: {k}", "Từ khóa bài viết: {k}", "Kapcsolódó témák: {k}", "Join the conversation: {#}"],
            ["Schlagwörtla: {k}", "Bann mo-klé: {k}", "Is post ke tags: {k}", "Lwasamat: {k}", "Mga tatak: {k}", "Mot-claves: {k}"]),
        ["support"] = (
            ["Become a member to support independent journalism", "Chip in to keep {s} free", "Tip the writer on Ko-fi", "Freiwillig zahlen für {s}",
             "Soutenez {s} sur Tipeee", "Colabora con {s} desde 2 € al mes", "Sostieni {s}", "Seja um apoiador mensal do {s}", "Word vriend van {s}",
             "Postaw mi kawę", "Поддержать проект", "Підтримати {s}", "Bize destek olun", "この記事が役に立ったらチップで応援", "赞赏支持", "후원하기",
             "ساهم في استمرار {s}", "حمایت مالی از {s}", "Mời tác giả một ly cà phê"],
            ["Unterstitzed {s}", "Sout {s}", "{s} ko support kijiye", "3awnouna", "Tulungan an {s}", "Pomorite {s} z donacijum"]),
        ["affiliate"] = (
            ["This post contains affiliate links. If you buy something, we may earn a small commission at no extra cost to you.",
             "We independently review everything we recommend. {s} may collect a share of sales.", "Links marked * are affiliate links.",
             "*Affiliate-Link: Wir erhalten eine Provision, der Preis ändert sich für dich nicht.", "Les liens marqués d'un astérisque sont affiliés.",
             "Enlaces de afiliado: podemos recibir una comisión.", "In qualità di Affiliato Amazon riceviamo un guadagno dagli acquisti idonei.",
             "Ao comprar pelos links desta página, o {s} pode receber uma comissão.", "Dit artikel bevat affiliate links.", "Wpis zawiera linki afiliacyjne.",
             "Ссылки в тексте партнёрские: мы получаем процент с покупок.", "Bu içerik satış ortaklığı bağlantıları içerir.", "※本記事にはプロモーションを含みます",
             "本文包含联盟营销链接", "본문 링크를 통해 구매 시 소정의 수수료가 지급될 수 있습니다.",
             "Một số đường dẫn trong bài là liên kết tiếp thị, chúng tôi có thể nhận hoa hồng."],
            ["Do send Affiliate-Links drin.", "Lartik-la néna bann lien afilyé.", "Is post mein affiliate links hain.",
             "Had l'article fih liens d'affiliation.", "Artikel puniki madaging link afiliasi.", "Ti articul contene ligamentes de afiliation."]),
        ["image-credit"] = (
            ["Photograph: Getty Images", "Image: Unsplash", "Illustration: {s}", "Photo by the author", "Bild: dpa", "© Photo d'illustration / AFP",
             "Foto: EFE", "Foto ANSA", "Foto ter illustratie: ANP", "Fot. PAP", "Фото з відкритих джерел", "Fotoğraflar: DHA", "（写真はイメージです）", "图片来源：视觉中国",
             "이미지=클립아트코리아", "الصورة من الأرشيف", "عکس: ایرنا", "צילום אילוסטרציה: שאטרסטוק", "फाइल फोटो", "Ảnh: TTXVN", "Φωτ.: ΑΠΕ-ΜΠΕ"],
            ["Buidle: {s}", "Foto lé pa {s}", "Photo credit: {s} wale", "Tsswira: {s}", "Fotoné: {s}", "Fotografie: {s}"]),
        ["listen"] = (
            ["Hear this story", "Audio version of this article", "Jetzt als Audio: Artikel vorgelesen von einer KI-Stimme", "Version audio de cet article", "Escucha esta noticia narrada",
             "Ascolta la versione audio dell'articolo", "Prefere ouvir? Dê o play", "Laat dit artikel voorlezen", "Odsłuchaj ten tekst", "Прослухати статтю", "Bu haberi sesli dinleyin",
             "この記事を聞く", "点击收听语音版", "AI 음성으로 기사 듣기", "استمع إلى هذه القصة", "شنیدن این مطلب", "Bấm để nghe bài đọc", "ฟังบทความ", "Lyssna på artikeln"],
            ["Dr Artikel aaheera", "Ékout lartik", "Yeh article suniye", "Sme3 l'article", "Dingehang artikel puniki", "Klausītės straipsnė"]),
        ["reading-time"] = (
            ["Read time: 6 minutes", "This article takes about 4 minutes to read", "Lesedauer: ca. 5 Min.", "Temps de lecture : 6 min",
             "Tiempo de lectura: 4 minutos", "Tempo di lettura: 5 minuti", "Tempo de leitura: 6 min", "Je bent ongeveer 4 minuten aan het lezen",
             "Przeczytasz w 5 minut", "Время чтения: 6 минут", "Прочитаєте за 4 хвилини", "Okuma süresi: 5 dakika", "この記事は約6分で読めます",
             "阅读时间约 5 分钟", "예상 읽기 시간 4분", "وقت القراءة: 6 دقائق", "Thời gian đọc: 4 phút", "ใช้เวลาอ่าน 5 นาที", "Doba čtení: 6 minut"],
            ["Lesezeid: 4 Minudda", "Tan pou lir: 5 minit", "Padhne mein 6 minute lagenge", "L9raya: 4 d9aye9", "Sué maca: 5 menit",
             "Témpor de letion: 6 minutes"]),
        ["paywall"] = (
            ["Subscribe to continue reading.", "You've reached your free article limit.", "Sign in or create a free account to keep reading.",
             "Jetzt weiterlesen mit einem Abo", "Il vous reste 78 % de cet article à lire. La suite est réservée aux abonnés.", "Este contenido es exclusivo para suscriptores.",
             "Contenuto riservato agli abbonati.", "Conteúdo exclusivo para assinantes.", "Lees verder met een abonnement",
             "Dalsza część artykułu dostępna dla subskrybentów", "Продолжение доступно только подписчикам",
             "Цей матеріал доступний лише передплатникам", "Bu içerik abonelere özeldir.", "この記事は有料会員限定です",
             "付费内容，订阅后阅读全文", "유료 회원 전용 기사입니다", "لمتابعة القراءة، اشترك الآن", "Nội dung dành cho thành viên trả phí",
             "Ten článek je dostupný pouze pro předplatitele."],
            ["Dr Rescht isch bloß fir Abonnenta.", "Lartik-la lé rézèrvé pou bann aboné.", "Yeh article sirf subscribers ke liye hai.",
             "Had l'article ghir l les abonnés.", "Artikel puniki wantah anggen pelanggan.", "Ti articul es solmen por abonnates."]),
    };
}
