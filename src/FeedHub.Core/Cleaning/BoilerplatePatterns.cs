using System.Text.RegularExpressions;

namespace FeedHub.Cleaning;

/// <summary>
/// The built-in phrasebook of boilerplate that publishers, WordPress plugins and re-posters add, in the languages
/// feeds are commonly written in. Each pattern matches the whole text of one short block.
/// </summary>
internal static partial class BoilerplatePatterns
{
    /// <summary>Blocks longer than this are article text, whatever they start with.</summary>
    public const int MaxBlockLength = 320;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // Yoast SEO / WordPress: "The post X appeared first on Y." and its translations.
    [GeneratedRegex(@"^(?:the (?:post|article|entry)|this (?:post|article)|der beitrag|der artikel|l['’‘]article|l['’‘]articolo|la entrada|el art[ií]culo|el post|o post|a postagem|o artigo|het bericht|het artikel|запись|статья|wpis|artykuł|inlägget|indlægget|innlegget)\s+(?<title>.{1,400}?)\s+(?:appeared first on|was first published on|first appeared on|was originally published on|erschien zuerst auf|ist zuerst auf|est apparu en premier sur|a été publié en premier sur|est apparu en premier sur|proviene da|sembra essere il primo su|è apparso per primo su|è stato pubblicato per la prima volta su|se public[oó] primero en|apareci[oó] primero en|aparece primero en|apareceu primeiro em|foi publicado primeiro em|verscheen eerst op|впервые появилась на|впервые опубликована на|pojawił się pierwszy raz na|dukkede først op på|dök upp först på|dukket først opp på)\s+(?<site>.{1,200}?)\s*[.!]?$", Options)]
    public static partial Regex AppearedFirst();

    // "Please follow X on Google News", "Follow us on Twitter and Facebook", "Join our Telegram channel".
    [GeneratedRegex(@"^(?:please\s+|do\s+|don['’]t forget to\s+|be sure to\s+)?(?:follow|like|join|find|add|connect with|stay (?:connected|updated) (?:with|on))\b.{0,80}?\b(?:on|via|at|in)\s+(?:google news|google|twitter|x|facebook|instagram|telegram|linkedin|youtube|whatsapp|threads|mastodon|bluesky|tiktok|pinterest|reddit|flipboard|social media)\b.{0,60}$|^(?:please\s+)?join (?:us|our)\b.{0,60}\b(?:channel|group|community|server|page)\b.{0,40}$", Options)]
    public static partial Regex FollowUs();

    [GeneratedRegex(@"^(?:folgen sie uns|folge uns|suivez-nous|suivez nous|síguenos|siguenos|siga-nos|segue-nos|seguici|volg ons|подписывайтесь на|подпишитесь на|obserwuj nas|следите за нами)\b.{0,120}$", Options)]
    public static partial Regex FollowUsTranslated();

    // Newsletters and subscriptions.
    [GeneratedRegex(@"^(?:(?:please\s+)?(?:subscribe|sign up|signup|register)\b.{0,60}\b(?:newsletter|mailing list|inbox|updates|alerts|podcast|channel|feed|our site)\b.{0,80}|get (?:the latest|our|the best|breaking).{0,60}\b(?:in|to|delivered to) your inbox|(?:abonnieren sie|abonniere|abonnez-vous|suscr[ií]bete|iscriviti|assine|abonneer|подпишитесь)\b.{0,100}|(?:enjoyed|liked|like) this (?:article|post|story)\?.{0,120})[.!]?$", Options)]
    public static partial Regex Subscribe();

    // Share bars: "Share this:", "Like this:", "Click to share on Twitter (Opens in new window)".
    [GeneratedRegex(@"^(?:share(?: this| on| via| the article| this article| this post)?|like this|tweet(?: this)?|email this|print this|teilen|partager|compartir|condividi|compartilhe|delen|поделиться)\s*[:!.]?(?:\s*(?:facebook|twitter|x|linkedin|whatsapp|telegram|email|e-mail|pinterest|reddit|print|tumblr|pocket|more|click to share on \S+(?: \(opens in new window\))?)[\s,|•·]*)*$|^click to (?:share|email|print) (?:on |this )?.{0,80}$", Options)]
    public static partial Regex Share();

    // "[Read More]", "Continue reading →", "Read the full story", translations; with an optional trailing title.
    [GeneratedRegex(@"^[\[\(«]?\s*(?:read more|read the (?:full|rest of the|whole|complete|original) (?:article|story|post|report|piece)|continue reading|keep reading|read on|read full (?:article|story|post)|full (?:article|story)|view (?:the )?(?:full )?(?:article|post)|more…|more\.\.\.|\(more…\)|weiterlesen|mehr lesen|zum artikel|lire la suite|lire l['’]article|leer m[aá]s|seguir leyendo|sigue leyendo|continua a leggere|leggi tutto|leggi l['’]articolo|lees verder|lees meer|ler mais|continuar lendo|leia mais|читать далее|читать полностью|подробнее|czytaj dalej|czytaj więcej|devamını oku|läs mer|læs mere|les mer)\b.{0,160}?[\]\)»]?\s*[→»›>.…]*$", Options)]
    public static partial Regex ReadMore();

    // "Source: X", "Via: X", "Originally published at X", "This article first appeared on X".
    [GeneratedRegex(@"^(?:(?:source|sources|quelle|quellen|fuente|fuentes|fonte|fontes|bron|источник|źródło|kaynak|kilde|källa|via|credit|photo source|image source)\s*[:：\-–—]\s*.{1,200}|(?:this (?:article|story|post|piece|content) (?:was |is )?(?:originally |first )?(?:published|appeared|posted|reproduced|republished)|originally (?:published|posted|appeared)|first (?:published|appeared)|republished|reprinted|cross-?posted|reposted|syndicated)\b.{0,40}\b(?:at|on|in|by|from|with permission)\b.{1,200})$", Options)]
    public static partial Regex SourceLine();

    [GeneratedRegex(@"^(?:comments (?:are|have been) (?:closed|disabled)|comments closed|no comments(?: yet)?|leave a (?:comment|reply)|be the first to comment|post a comment|\d+ comments?|join the (?:discussion|conversation)|kommentare sind (?:geschlossen|deaktiviert)|les commentaires sont (?:fermés|désactivés)|los comentarios están cerrados|i commenti sono chiusi|comentários (?:encerrados|fechados)|reacties zijn gesloten|комментарии закрыты)\b.{0,80}$", Options)]
    public static partial Regex Comments();

    [GeneratedRegex(@"^(?:related(?: posts| articles| stories| reading| content| news)?|you (?:may|might) also (?:like|enjoy|be interested in)|read also|also read|see also|more (?:from|on|stories|news)\b.{0,40}|recommended(?: for you| reading| stories)?|popular (?:posts|stories)|trending(?: now)?|ähnliche (?:beiträge|artikel)|das könnte sie auch interessieren|lesen sie auch|mehr zum thema|articles similaires|à lire aussi|lire aussi|art[ií]culos relacionados|te puede interesar|lee también|articoli correlati|leggi anche|artigos relacionados|leia também|gerelateerde (?:berichten|artikelen)|lees ook|похожие (?:статьи|записи)|читайте также)\s*[:：]?(?:\s.{0,160})?$", Options)]
    public static partial Regex Related();

    [GeneratedRegex(@"^(?:advertisement|advertising|sponsored(?: content)?|ad|ads|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|advertentie|реклама)(?:\s*[-–—:|]\s*.{1,40})?$", Options)]
    public static partial Regex Advertisement();

    // A block of no letters or digits at all: "—–", "***", "- - -", "• • •", and whatever other symbols a theme uses.
    [GeneratedRegex(@"^[\p{P}\p{S}\s]+$")]
    public static partial Regex Separator();

    // "Label: <a>Site</a>" in any language: a label of one to three short words, a colon, then (mostly) a link.
    [GeneratedRegex(@"^(?=.{2,20}[:：])\p{L}[\p{L}\p{M}'’]*(?: [\p{L}\p{M}'’]+){0,2}\s?[:：]\s*\S.{0,120}$")]
    public static partial Regex LabelledLink();

    // Names of social networks: brands, the same in every language.
    [GeneratedRegex(@"\b(?:facebook|twitter|x|linkedin|whatsapp|telegram|instagram|pinterest|reddit|tumblr|threads|bluesky|mastodon|tiktok|youtube|flipboard|vk|xing|email|e-mail|google news)\b", Options)]
    public static partial Regex NetworkName();

    // A call to action that mentions a newsletter: a loanword in most European languages.
    [GeneratedRegex(@"newsletter|\bnews ?letter\b|\binbox\b", Options)]
    public static partial Regex NewsletterWord();

    // "Label: Name" credit lines: one word, a colon, a short capitalised name ("Photo: Reuters", "Source: Le Monde").
    [GeneratedRegex(@"^\p{L}[\p{L}\p{M}]{1,15}\s?[:：]\s*\p{Lu}[\p{L}\p{M}\p{N}'’&.\-]*(?:\s+[\p{L}\p{M}\p{N}'’&.:\-]+){0,4}$")]
    public static partial Regex CreditLine();

    // An excerpt marker at the end of a paragraph: "[…]", "[...]", "…", "(…)".
    [GeneratedRegex(@"\s*(?:\[\s*(?:…|\.\.\.|&hellip;)\s*\]|\(\s*(?:…|\.\.\.)\s*\)|\[\s*more\s*\])\s*$", Options)]
    public static partial Regex TrailingExcerptMarker();
}
