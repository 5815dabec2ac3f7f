namespace FeedHub.Evaluation;

/// <summary>
/// The sixth held-out set, written on 2026-12-01 around 10:10 UTC by a session that had not seen the cleaning rules
/// or the phrasebook (nothing under src/ nor docs/ was opened), from general knowledge of how real sites word these
/// lines, and committed before any rule was changed for it (blind). It avoids the wordings of the dev set and of the
/// first five held-out sets.
/// Two groups, reported apart: other wordings in English and in languages the phrasebook covers (here mostly the big
/// ones: German, French, Spanish, Italian, Portuguese, Russian, Japanese, Chinese, Arabic, Turkish, Indonesian,
/// Polish, Dutch, Vietnamese, Korean); languages no rule will be written in (Occitan, Asturian, Romansh, Sardinian,
/// Upper Sorbian, Tok Pisin, Bislama, Bashkir, Uyghur, Assamese, Shona, Tswana, Chichewa). The seventeen kinds of
/// the fifth set. Other HTML shapes: see <see cref="BoilerplateGenerator"/> (Render6, WrapSixth).
/// Measured blind once (2026-12-01 10:14 UTC, rules of 197f6f1: 85.41 % removed). Then, as planned, that session's
/// fourth round of rule work was written with its misses in view: since then it is not blind; held-out-7 is the
/// blind set for that round.
/// Some lines share words with another language (Occitan, Asturian and Sardinian with Catalan, Spanish and Italian;
/// Bashkir with Russian loanwords); they are left as real sites write them.
/// </summary>
internal static class HeldOutPhrasings6
{
    public const string ListedGroup = "held-out-6, listed languages";

    public const string UnlistedGroup = "held-out-6, unlisted languages";

    // {t} title, {s} site, {n} network, {k} tag list, {#} hashtags, {h} the site's @handle.
    // Per family: English and the listed languages, then the unlisted ones.
    public static readonly Dictionary<string, (string[] Listed, string[] Unlisted)> Phrasings = new()
    {
        ["appeared-first-on"] = (
            ["{t} was originally published by {s}.", "This post, {t}, first ran on the {s} website.", "Originally featured on {s}: {t}",
             "You are reading {t}, a story that first appeared on {s}.", "Dieser Beitrag {t} ist ursprünglich auf {s} erschienen.",
             "Le billet {t} a d’abord été publié sur {s}.", "La publicación {t} apareció originalmente en {s}.",
             "L'articolo {t} è stato pubblicato originariamente su {s}.", "O artigo {t} foi publicado originalmente no {s}.",
             "Статья {t} изначально опубликована на сайте {s}.", "この記事「{t}」は{s}で最初に公開されました。", "本文《{t}》首发于{s}。",
             "ظهرت المقالة {t} أولاً على {s}.", "Tulisan {t} pertama kali terbit di {s}."],
            ["L'article {t} es paregut primièr sus {s}.", "L'artículu {t} espublizóse primero en {s}.", "L'artitgel {t} è cumparì l'emprima giada sin {s}.",
             "Stori {t} i bin kamap pastaim long {s}.", "S'artìculu {t} est essidu in antis in {s}."]),
        ["follow-us"] = (
            ["Follow {h} for more", "Don't miss an update, we're on {n}", "Got {n}? Follow {s} there 👍", "Tap follow on our {n} page",
             "Mehr von {s} gibt es auf {n}", "Rejoignez-nous sur {n}", "Únete a la comunidad de {s} en {n}", "Resta aggiornato: segui {s} su {n}",
             "Siga-nos no {n}", "Следите за новостями {s} в {n}", "{s}の{n}アカウントもチェック！", "欢迎关注{s}的{n}账号",
             "Bizi {n} hesabımızdan takip edin", "Theo dõi {s} trên {n}"],
            ["Slědźće nas na {n}", "Bihainim mipela long {n}", "Titeverei pa {n}", "Re sale morago mo {n}", "Беҙҙе {n} селтәрендә күҙәтегеҙ"]),
        ["subscribe"] = (
            ["Sign up for our daily briefing", "Get {s}'s weekly roundup delivered straight to you", "Like this? You'll love our newsletter. It's free.",
             "Never miss a post: subscribe by email", "Newsletter abonnieren und nichts mehr verpassen", "Recevez chaque semaine le meilleur de {s} par e-mail",
             "Apúntate a nuestra newsletter y recibe las noticias del día", "Ricevi le notizie di {s} via email", "Assine a newsletter do {s}",
             "Подпишитесь на ежедневную рассылку {s}", "ニュースレターを購読する", "订阅{s}每日简报", "E-bültenimize kaydolun",
             "Đăng ký nhận bản tin của chúng tôi", "اشترك في نشرتنا البريدية"],
            ["Abunai noss newsletter", "Suscríbite al nuesu boletín", "Lembetsani kalata yathu yankhani", "Sainim nem bilong kisim nius long imel",
             "Abonatz-vos a nòstra letra d'informacion"]),
        ["share"] = (
            ["Share this post", "Share on: Facebook · Threads · Bluesky", "Tweet · Share · Email", "If you found this helpful, share it!",
             "Beitrag teilen", "Partagez cet article", "Compártelo: Facebook X WhatsApp", "Condividi questo articolo", "Partilhar: Facebook Twitter",
             "Поделитесь статьёй с друзьями", "この記事をシェアする", "分享到：微信 微博", "شارك: فيسبوك تويتر", "Bagikan: Facebook WhatsApp"],
            ["Partejatz: Facebook X", "Comparti: Facebook Twitter", "Abelana: Facebook WhatsApp", "Serem: Facebook WhatsApp",
             "ھەمبەھىرلەش: Facebook Telegram"]),
        ["read-more"] = (
            ["Read the full story", "Continue reading on {s} →", "Full article »", "Click through for the full post", "Mehr lesen »", "En savoir plus",
             "Seguir leyendo", "Leggi l'articolo completo", "Continue a ler", "Подробнее", "もっと読む", "查看原文", "Haberin devamı", "Xem thêm",
             "Przeczytaj cały artykuł"],
            ["Legir la seguida", "Leger dapli", "Leghe de prus", "Ritim moa", "আৰু পঢ়ক"]),
        ["source"] = (
            ["Reprinted with permission from {s}.", "Story by {s}", "Credit: {s}", "Article sourced from {s}", "Übernommen von {s}",
             "Article repris de {s}", "Publicado originalmente por {s}", "Articolo tratto da {s}", "Com informações de {s}", "По материалам {s}",
             "情報提供：{s}", "转载自{s}", "نقلاً عن {s}", "Dikutip dari {s}", "Met dank aan {s}"],
            ["Funtauna: {s}", "Motswedi: {s}", "Dispela stori i kam long {s}", "Žórło: {s}", "Сығанаҡ: {s}"]),
        ["comments-closed"] = (
            ["Comments are now closed for this article.", "This post is closed to new comments.", "Commenting is closed.",
             "We've closed comments on this story.", "Kommentieren ist nicht mehr möglich.", "Il n'est plus possible de commenter cet article.",
             "Comentarios cerrados", "Non è possibile commentare questo articolo.", "Os comentários estão encerrados.", "Обсуждение закрыто.",
             "コメント欄は閉鎖されています。", "本文暂不开放评论", "Komentar ditutup.", "Reageren is niet meer mogelijk."],
            ["Los comentaris son tampats.", "Los comentarios tán zarraos.", "Ils commentaris èn serrads.", "Komentary su zawrjene.",
             "Is cumentos sunt serrados."]),
        ["related"] = (
            ["Related reading", "More like this", "See also:", "Popular on {s}", "Mehr zum Thema", "À lire également", "Noticias relacionadas",
             "Potrebbe interessarti anche", "Leia também:", "Читайте также:", "あわせて読みたい", "延伸阅读", "اقرأ أيضاً",
             "Bunlar da ilginizi çekebilir"],
            ["Legissètz tanben", "Lleer tamién", "Legia era", "Leghe puru", "Ol narapela stori"]),
        ["separator"] = (["❦", "✽ ✽ ✽", "=+=+=", "◦ ◦ ◦", "——— ❁ ———", "♦ ♦ ♦", "⁕⁕⁕", "•—•—•"], []),
        ["advertisement"] = (
            ["Sponsored content", "Paid partnership", "Ad", "This content is paid for by an advertiser", "Gesponserter Beitrag", "Publireportage",
             "Contenido patrocinado", "Contenuto sponsorizzato", "Conteúdo patrocinado", "На правах рекламы", "スポンサーリンク", "广告",
             "محتوى مدعوم", "Artykuł sponsorowany"],
            ["Reclama", "Publicidá", "Wabjenje", "ئېلان", "Publitzidade"]),
        ["tags"] = (
            ["Tagged: {k}", "Filed in: {k}", "Explore more on {k}", "Hashtags: {#}", "Themen: {k}", "Étiquettes : {k}", "Temas: {k}", "Tag: {k}",
             "Palavras-chave: {k}", "Метки: {k}", "キーワード：{k}", "关键词：{k}", "الوسوم: {k}", "Topik: {k}", "Trefwoorden: {k}"],
            ["Mots claus: {k}", "Pleds-clav: {k}", "Klučowe słowa: {k}", "خەتكۈچلەر: {k}", "Etichetas: {k}"]),
        ["support"] = (
            ["Chip in to keep {s} independent", "Make a one-off contribution", "Support our work on Patreon", "Enjoying {s}? Consider supporting us.",
             "Unterstützen Sie unabhängigen Journalismus", "Faites un don à {s}", "Apoya a {s}", "Fai una donazione a {s}", "Contribua com o {s}",
             "Помочь проекту {s}", "{s}を応援する", "赞赏支持{s}", "{s}'a destek ol", "Wpłać darowiznę na {s}"],
            ["Sostenètz {s}", "Sofita {s}", "Sustegnai {s}", "Helpim {s}", "Podpěrajće {s}"]),
        ["affiliate"] = (
            ["This page contains affiliate links; we may be compensated if you make a purchase.", "Links marked with * are affiliate links.",
             "{s} participates in affiliate programs and may earn a commission.",
             "We independently review everything we recommend. When you buy through our links, we may earn a commission.",
             "Dieser Artikel enthält Affiliate-Links.", "Cet article contient des liens affiliés.", "Este artículo contiene enlaces de afiliados.",
             "Questo articolo contiene link di affiliazione.", "Este artigo pode conter links afiliados.", "Статья содержит партнёрские ссылки.",
             "※本記事にはアフィリエイト広告が含まれています。", "本文包含联盟营销链接。", "Artikel ini mengandung tautan afiliasi."],
            ["Aqueste article conten de ligams afiliats.", "Esti artículu contién enllaces d'afiliáu.", "Quest artitgel cuntegna colliaziuns d'affiliaziun.",
             "Tutón nastawk wobsahuje partnerske wotkazy.", "Custu artìculu cuntenet ligòngios de afiliatzione."]),
        ["image-credit"] = (
            ["Photo by Jordan Reyes on Unsplash", "Header image via Wikimedia Commons", "(Photo: Marco Bertorello/AFP)", "Picture: PA Wire",
             "Foto: picture alliance/dpa", "Photo d'illustration © AFP", "Imagen de archivo: EFE", "Foto di repertorio: ANSA", "Foto: Agência Brasil",
             "Фото: ТАСС", "写真：共同通信", "图／新华社", "صورة: أرشيفية", "Fotoğraf: AA"],
            ["Fòto: {s}", "Maletg: {s}", "سۈرەت: {s}", "Semeya: {s}", "Piksa: {s}"]),
        ["listen"] = (
            ["Listen to this post", "🔊 Listen (3 min)", "Listen to an audio version of this article", "Click play to hear this story",
             "Diesen Artikel vorlesen lassen", "Version audio de l'article", "Versión en audio", "Ascolta la versione audio", "Ouvir artigo",
             "Прослушать статью", "この記事を音声で聞く", "收听本文", "استمع إلى المقال"],
            ["Escotatz l'article", "Escucha l'artículu", "Tadlai l'artitgel", "Posłuchajće sej nastawk", "Ascurta s'artìculu"]),
        ["reading-time"] = (
            ["5 mins read", "Est. read: 6 min", "⏳ 3-minute read", "Time to read: 4 min", "Lesedauer: 4 Minuten", "Lecture : 5 min", "Lectura de 4 min",
             "Tempo di lettura: 3 minuti", "Tempo de leitura: 4 min", "Время чтения: 5 минут", "読了時間：約3分", "阅读时间：5分钟",
             "Okuma süresi: 4 dakika", "Waktu membaca: 3 menit"],
            ["4 minutas de lectura", "Tiempu de llectura: 3 min", "Temp da lectura: 5 minutas", "Čas čitanja: 4 min.", "ئوقۇش ۋاقتى: 3 مىنۇت"]),
        ["paywall"] = (
            ["To read this article in full, please subscribe.", "Members only: log in to read more",
             "This story is available exclusively to {s} Premium members.", "Continue reading with a subscription", "Jetzt weiterlesen mit {s} Plus",
             "Il vous reste 70 % de cet article à lire. La suite est réservée aux abonnés.", "Para seguir leyendo, suscríbete",
             "Per continuare a leggere abbonati a {s}", "Para continuar lendo, assine o {s}", "Чтобы прочитать материал полностью, оформите подписку",
             "この記事は有料会員限定です。", "本文为付费内容，订阅后阅读全文", "Word abonnee om dit artikel te lezen"],
            ["Aqueste article es reservat als abonats.", "Esti conteníu ye namái pa suscriptores.", "Quest artitgel è mo per abunents.",
             "Tutón nastawk je jenož za abonentow.", "Custu artìculu est isceti pro is abbonados."]),
    };
}
