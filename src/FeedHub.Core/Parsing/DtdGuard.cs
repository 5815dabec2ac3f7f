using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html;

namespace FeedHub.Parsing;

/// <summary>
/// Keeps document type declarations away from the XML parser. A declaration with an internal subset or entity
/// declarations (billion laughs, external entities) is refused. A plain external DOCTYPE, as RSS 0.91 feeds carry,
/// is dropped unread, and the HTML named entities such feeds rely on become numeric references.
/// </summary>
public static partial class DtdGuard
{
    public static string Apply(string xml)
    {
        var doctype = DoctypePattern().Match(xml);
        if (!doctype.Success)
        {
            if (xml.Contains("<!ENTITY", StringComparison.OrdinalIgnoreCase))
                throw new FeedParseException("The feed declares XML entities; refused (entity expansion is a denial-of-service vector).");
            return xml;
        }
        if (doctype.Value.Contains('[', StringComparison.Ordinal) || xml.Contains("<!ENTITY", StringComparison.OrdinalIgnoreCase))
            throw new FeedParseException("The feed has a DOCTYPE with an internal subset or entity declarations; refused (entity expansion is a denial-of-service vector).");

        var withoutDoctype = xml.Remove(doctype.Index, doctype.Length);
        return ReplaceHtmlEntities(withoutDoctype);
    }

    private static readonly HashSet<string> XmlEntities = ["amp", "lt", "gt", "quot", "apos"];

    private static string ReplaceHtmlEntities(string xml) =>
        NamedEntityPattern().Replace(xml, match =>
        {
            var name = match.Groups[1].Value;
            if (XmlEntities.Contains(name))
                return match.Value;
            var symbol = HtmlEntityProvider.Resolver.GetSymbol(name + ";");
            if (string.IsNullOrEmpty(symbol))
                return "&amp;" + name + ";";
            var builder = new StringBuilder();
            foreach (var rune in symbol.EnumerateRunes())
                builder.Append("&#").Append(rune.Value).Append(';');
            return builder.ToString();
        });

    // The DOCTYPE, with an optional internal subset in brackets.
    [GeneratedRegex(@"<!DOCTYPE(?:[^\[>]*\[[\s\S]*?\]\s*>|[^>]*>)", RegexOptions.IgnoreCase)]
    private static partial Regex DoctypePattern();

    [GeneratedRegex(@"&([A-Za-z][A-Za-z0-9]{1,31});")]
    private static partial Regex NamedEntityPattern();
}
