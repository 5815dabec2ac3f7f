namespace FeedHub.Evaluation;

/// <summary>
/// The fifth held-out set, written on 2026-12-01 around 09:15 UTC by a session that had not seen the cleaning rules
/// or the phrasebook (nothing under src/ nor docs/ was opened), from general knowledge of how real sites word these
/// lines, and committed before any rule was changed for it (blind). It avoids the wordings of the dev set and of the
/// first four held-out sets.
/// Two groups, reported apart: other wordings in English and in languages the phrasebook covers or is to cover
/// (here mostly Slovak, Bulgarian, Danish, Norwegian, Hebrew, Persian, Thai, Korean, with some Greek, Vietnamese,
/// Macedonian, Belarusian, Galician, Urdu, Portuguese, Hungarian, Romanian, Swedish); languages no rule will be
/// written in (Luxembourgish, Esperanto, West Frisian, Scottish Gaelic, Kyrgyz, Haitian Creole, Kurmanji Kurdish,
/// Tatar, Faroese, Tajik, Cebuano, Pashto, Breton). The seventeen kinds of the fourth set. Other HTML shapes: see
/// <see cref="BoilerplateGenerator"/> (Render5, WrapFifth).
/// Measured blind once (2026-12-01 09:20 UTC, rules of 253ef58: 79.00 % removed). Then, as planned, that session's
/// third round of phrasebook work was written with its misses in view: since then it is not blind; held-out-6 is
/// the blind set for that round.
/// Some lines share words with another language (Danish and Norwegian, Frisian and Dutch, Luxembourgish and
/// German, Kyrgyz and Russian loanwords); they are left as real sites write them.
/// </summary>
internal static class HeldOutPhrasings5
{
    public const string ListedGroup = "held-out-5, listed languages";

    public const string UnlistedGroup = "held-out-5, unlisted languages";

    // {t} title, {s} site, {n} network, {k} tag list, {#} hashtags, {h} the site's @handle.
    // Per family: English and the listed languages, then the unlisted ones.
    public static readonly Dictionary<string, (string[] Listed, string[] Unlisted)> Phrasings = new()
    {
        ["appeared-first-on"] = (
            ["{t} was first posted on {s}", "{t} is republished with permission from {s}.", "The article {t} was originally posted on the {s} blog.",
             "Cross-posted from {s}: {t}", "Príspevok {t} sa prvýkrát objavil na {s}.", "Публикацията {t} се появи първо на {s}.",
             "Indlægget {t} blev først bragt på {s}.", "Innlegget {t} dukket først opp på {s}.", "הפוסט {t} הופיע לראשונה ב-{s}.",
             "نوشته {t} اولین بار در {s} پدیدار شد.", "บทความ {t} เผยแพร่ครั้งแรกที่ {s}", "{t} 글이 {s}에 처음 게재되었습니다.",
             "Το άρθρο {t} δημοσιεύτηκε αρχικά στο {s}."],
            ["De Bäitrag {t} ass fir d'éischt op {s} erschien.", "La afiŝo {t} unue aperis ĉe {s}.", "It berjocht {t} ferskynde earst op {s}.",
             "Nochd am post {t} an toiseach air {s}.", "Atik {t} la te parèt an premye sou {s}."]),
        ["follow-us"] = (
            ["Catch us on {n} for behind-the-scenes updates", "Are you on {n}? So are we: {h}", "Get {s} headlines in your {n} feed",
             "📣 Our {n} page is where the conversation happens", "Buďte s nami aj na {n}", "Последвайте ни в {n}", "Følg {s} på {n}",
             "Lik oss på {n} og få siste nytt", "הצטרפו לערוץ ה-{n} שלנו", "ما را در {n} دنبال کنید", "ติดตามเราได้ที่ {n}",
             "{n}에서 {s}를 팔로우하세요", "Следете нè на {n}", "Segue a {s} en {n}", "ہمیں {n} پر فالو کریں"],
            ["Suivéiert eis op {n}", "Fylg okkum á {n}", "Sekvu nin ĉe {n}", "Me li ser {n} bişopînin", "Безне {n}да күзәтегез"]),
        ["subscribe"] = (
            ["Get stories like this in your inbox every morning. Sign up below.", "Newsletter: the day's top headlines, free",
             "Be the first to know. Subscribe to breaking-news alerts from {s}", "Join thousands of readers who get {s} by email",
             "Prihláste sa na odber nášho newslettera", "Абонирайте се за нашия бюлетин", "Tilmeld dig vores nyhedsbrev", "Meld deg på nyhetsbrevet vårt",
             "הירשמו לניוזלטר שלנו", "در خبرنامه ما عضو شوید", "สมัครรับจดหมายข่าวของเรา", "{s} 뉴스레터를 이메일로 받아보세요",
             "Падпішыцеся на нашу рассылку", "Receba as principais notícias do dia no seu e-mail"],
            ["Abonnéiert eisen Newsletter", "Abonnearje op ús nijsbrief", "Abonu nian novaĵleteron", "Koumanantit d'hol lizher-kelaouiñ",
             "Clàraich airson ar cuairt-litir"]),
        ["share"] = (
            ["Send to a friend", "Share: Reddit · Pinterest · Email", "Enjoyed this piece? Please pass it along.", "Copy link · Email · Print",
             "Zdieľajte: Facebook Twitter", "Сподели: Facebook Viber", "Del artiklen: Facebook LinkedIn", "Del saken på Facebook",
             "שתפו את הכתבה: Facebook WhatsApp", "اشتراک‌گذاری: تلگرام توییتر", "แชร์บทความนี้", "공유하기: 카카오톡 페이스북", "Сподели на Facebook"],
            ["Deelen: Facebook WhatsApp", "Kunhavigu: Facebook X", "Бөлүшүү: Facebook Telegram", "Pataje: Facebook WhatsApp", "Diel dit artikel"]),
        ["read-more"] = (
            ["Keep reading ›", "Read on at {s}", "There's more: click through to {s}", "Continue to full post", "Čítajte ďalej", "Прочетете още",
             "Læs mere", "Les hele saken", "להמשך קריאה", "بیشتر بخوانید", "อ่านต่อ", "기사 전문 보기", "Ler máis"],
            ["Weiderliesen", "Legu pli", "Les meira", "Дәвамын укыгыз", "Padayon sa pagbasa"]),
        ["source"] = (
            ["Courtesy of {s}", "Sources: {s}, wire reports", "This report was first produced by {s}.", "Content provided by {s}",
             "Zdroj informácií: {s}", "Източник: {s}", "Kilde: {s}", "Saken ble først publisert av {s}", "자료 제공: {s}", "ข้อมูลจาก {s}",
             "Крыніца: {s}", "באדיבות {s}", "به نقل از {s}", "Theo {s}"],
            ["Quell: {s}", "Fonto: {s}", "Çavkanî: {s}", "سرچينه: {s}", "Tùs: {s}"]),
        ["comments-closed"] = (
            ["Comments are disabled.", "Commenting is not available on this story.", "This discussion has ended.",
             "Comments have been turned off for this post.", "Komentáre sú vypnuté.", "Коментарите са изключени.",
             "Det er ikke muligt at kommentere denne artikel.", "Kommentarfeltet er stengt.", "התגובות סגורות.", "امکان ارسال دیدگاه وجود ندارد.",
             "ปิดการแสดงความคิดเห็น", "댓글 작성이 제한되었습니다.", "Коментарите се затворени."],
            ["D'Kommentarer sinn zou.", "Komentoj estas fermitaj.", "Reagearje is net mear mooglik.", "Комментарийлер жабык.", "Kòmantè yo fèmen."]),
        ["related"] = (
            ["You might also enjoy", "Similar stories", "Trending now", "Read next:", "Mohlo by vás zaujímať", "Още по темата", "Læs også",
             "Les også:", "כתבות נוספות", "مطالب مرتبط", "บทความที่เกี่ยวข้อง", "함께 보면 좋은 기사", "Чытайце таксама"],
            ["Liest och", "Rilataj artikoloj", "Lês ek", "Мақолаҳои марбут", "Sgeulachdan co-cheangailte"]),
        ["separator"] = (["· · ·", "⋆ ⋆ ⋆", "◇◇◇", "-o-o-o-", "※ ※ ※", "——◦——", "#####", "∗∗∗"], []),
        ["advertisement"] = (
            ["Sponsored post", "Advertiser content from {s}", "Article continues after this ad", "ADVERTORIAL", "Inzercia", "Платена публикация",
             "Annonce", "Annonsørinnhold", "פרסומת", "آگهی", "โฆษณา", "스폰서 콘텐츠", "Szponzorált tartalom"],
            ["Reklamm", "Reklamo", "Advertinsje", "Sanas-reic", "Lýsing"]),
        ["tags"] = (
            ["Related topics: {k}", "Categories: {k}", "Topics covered: {k}", "Posted under {k}", "Značky: {k}", "Етикети: {k}", "Emner: {k}",
             "Stikkord: {k}", "תגיות: {k}", "برچسب‌ها: {k}", "แท็ก: {k}", "키워드: {k}", "Тагови: {k}"],
            ["Schlësselwierder: {k}", "Etikedoj: {k}", "Trefwurden: {k}", "Тегдер: {k}", "Etikèt: {k}"]),
        ["support"] = (
            ["Donate to {s}", "Your support makes this work possible. Give what you can.", "Support us on Ko-fi",
             "Love {s}? Back us with a monthly contribution.", "Podporte {s}", "Подкрепете {s}", "Støt {s}", "Gi en gave til {s}", "תמכו ב{s}",
             "از {s} حمایت کنید", "สนับสนุน {s}", "{s} 후원하기", "Fai unha doazón a {s}"],
            ["Ënnerstëtzt {s}", "Subtenu {s}", "Stypje {s}", "Piştgiriya {s} bikin", "Cuir taic ri {s}"]),
        ["affiliate"] = (
            ["We may receive a commission if you buy something through links on this page.",
             "Affiliate disclosure: {s} earns money when you click some links.", "This article includes sponsored links.",
             "Products are independently selected; {s} may earn from purchases.", "Článok obsahuje affiliate odkazy.",
             "Тази статия съдържа партньорски връзки.", "Indlægget indeholder affiliate-links.", "Denne artikkelen inneholder annonselenker.",
             "הכתבה כוללת קישורי שותפים.", "این مطلب شامل لینک‌های همکاری در فروش است.", "บทความนี้มีลิงก์แอฟฟิลิเอต",
             "이 글에는 제휴 링크가 포함되어 있습니다.", "Ao comprar pelos links, o {s} pode ganhar comissão."],
            ["Dësen Artikel enthält Affiliate-Linken.", "Ĉi tiu artikolo enhavas filiajn ligilojn.", "Dit artikel befettet affiliate-keppelings.",
             "Tha ceanglaichean cleamhnach san artaigil seo.", "Atik sa a gen lyen afilye."]),
        ["image-credit"] = (
            ["Photo courtesy of {s}", "Pictured above: file photo", "Top photo: Reuters/Kim Hong-Ji", "Images: Getty", "Foto: TASR", "Снимка: БТА",
             "Foto: Ritzau Scanpix", "Foto: NTB", "צילום: פלאש 90", "عکس: ایسنا", "ภาพ: {s}", "사진=연합뉴스", "Φωτογραφία: Eurokinissi"],
            ["Bildo: {s}", "Ofbylding: {s}", "Wêne: {s}", "Сүрөт: {s}", "Dealbh: {s}"]),
        ["listen"] = (
            ["Listen now", "Audio: hear this article", "This article is also available as audio", "▶ Play audio (4 min)", "Vypočujte si článok",
             "Чуйте статията", "Lyt til artiklen", "Hør saken", "האזינו לכתבה", "این خبر را بشنوید", "ฟังบทความนี้", "오디오로 듣기",
             "Ascultă articolul"],
            ["Den Artikel nolauschteren", "Aŭskultu la artikolon", "Harkje nei dit artikel", "Èist ris an artaigil seo", "Макаланы угуу"]),
        ["reading-time"] = (
            ["Read time: 7 min", "8 minute read", "Takes about 5 minutes to read", "Approx. reading time: 4 minutes", "Čas čítania: 4 min.",
             "Време за четене: 3 мин.", "Læsetid: 4 min.", "Lesetid: 3 minutter", "זמן קריאה: 4 דקות", "زمان مطالعه: ۵ دقیقه",
             "ใช้เวลาอ่าน 3 นาที", "읽는 데 3분", "Χρόνος ανάγνωσης: 4 λεπτά"],
            ["Liesdauer: 4 Minutten", "Legotempo: 5 minutoj", "Lêstiid: 3 minuten", "Окуу убактысы: 4 мүнөт", "Ùine leughaidh: 5 mionaidean"]),
        ["paywall"] = (
            ["Subscribe to continue reading", "You've reached your free article limit this month.", "Premium story. Become a member for full access.",
             "The rest of this article is available to {s} subscribers.", "Tento článok je dostupný len pre predplatiteľov.",
             "Съдържанието е достъпно само за абонати.", "Denne artikel er kun for abonnenter.",
             "Denne saken er for abonnenter. Logg inn for å lese videre.", "הכתבה זמינה למנויים בלבד", "ادامه این مطلب فقط برای مشترکان قابل مشاهده است.",
             "เนื้อหานี้สำหรับสมาชิกเท่านั้น", "유료 회원 전용 기사입니다.", "Den här artikeln är endast för prenumeranter."],
            ["Dësen Artikel ass just fir Abonnenten.", "Ĉi tiu artikolo estas nur por abonantoj.", "Dit artikel is allinnich foar abonnees.",
             "Do fho-sgrìobhadairean a-mhàin", "Бул макала жазылуучулар үчүн гана."]),
    };
}
