using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html;

namespace FeedHub.Parsing;

/// <summary>
/// Keeps document type declarations away from the XML parser. A declaration with an internal subset or entity
/// declarations (billion laughs, external entities) is refused. A plain external DOCTYPE, as RSS 0.91 feeds carry,
/// is dropped unread, and the HTML named entities such feeds rely on become numeric references.
/// </summary>
/// <remarks>
/// A DOCTYPE may only stand in the prolog, before the root element; only the prolog is examined, so an article
/// that talks about <c>&lt;!ENTITY</c> in its escaped content is not refused. A DOCTYPE anywhere later is not
/// well-formed XML and the parser rejects it without reading it.
/// </remarks>
public static partial class DtdGuard
{
    public static string Apply(string xml)
    {
        var doctype = FindDoctype(xml, out _);
        if (doctype is not var (start, length))
            return xml;
        var declaration = xml.AsSpan(start, length);
        if (declaration.Contains('[') || declaration.Contains("<!ENTITY", StringComparison.OrdinalIgnoreCase))
            throw new FeedParseException("The feed has a DOCTYPE with an internal subset or entity declarations; refused (entity expansion is a denial-of-service vector).");
        if (!ExternalDoctypePattern().IsMatch(declaration))
            throw new FeedParseException("The feed has a declaration before its root element that is not a plain DOCTYPE; refused.");

        var withoutDoctype = string.Concat(xml.AsSpan(0, start), xml.AsSpan(start + length));
        return ReplaceHtmlEntities(withoutDoctype);
    }

    /// <summary>
    /// Whether the prolog at the start of <paramref name="head"/> holds a DOCTYPE or another declaration: null when
    /// the head ends inside the prolog and <paramref name="complete"/> says there is more to read.
    /// </summary>
    public static bool? PrologHasDeclaration(string head, bool complete)
    {
        if (FindDoctype(head, out var reachedRoot) is not null)
            return true;
        return reachedRoot || complete ? false : null;
    }

    /// <summary>The position of the DOCTYPE in the prolog, or null when the root element comes first.</summary>
    private static (int Start, int Length)? FindDoctype(string xml, out bool reachedRoot)
    {
        reachedRoot = false;
        var i = 0;
        while (i < xml.Length)
        {
            var lt = xml.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= xml.Length)
                return null;
            var rest = xml.AsSpan(lt);
            if (rest.StartsWith("<?", StringComparison.Ordinal))
                i = Skip(xml, lt, "?>");
            else if (rest.StartsWith("<!--", StringComparison.Ordinal))
                i = Skip(xml, lt, "-->");
            else if (rest.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase))
                return (lt, DoctypeLength(xml, lt));
            else if (rest.StartsWith("<!", StringComparison.Ordinal))
                return (lt, DoctypeLength(xml, lt)); // some other declaration before the root: refuse it below
            else
            {
                reachedRoot = true; // the root element: the prolog is over
                return null;
            }
            if (i < 0)
                return null;
        }
        return null;
    }

    private static int Skip(string xml, int from, string end)
    {
        var close = xml.IndexOf(end, from, StringComparison.Ordinal);
        return close < 0 ? -1 : close + end.Length;
    }

    /// <summary>Up to the closing '>' of the declaration, past an internal subset in brackets.</summary>
    private static int DoctypeLength(string xml, int start)
    {
        var depth = 0;
        for (var i = start + 2; i < xml.Length; i++)
        {
            var c = xml[i];
            if (c == '[')
                depth++;
            else if (c == ']')
                depth--;
            else if (c == '>' && depth <= 0)
                return i + 1 - start;
        }
        return xml.Length - start;
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

    // <!DOCTYPE rss>, or with a PUBLIC or SYSTEM identifier, and nothing else.
    [GeneratedRegex(@"^<!DOCTYPE\s+[\w:.-]+(\s+(SYSTEM|PUBLIC)(\s+(""[^""]*""|'[^']*')){1,2})?\s*>$", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalDoctypePattern();

    [GeneratedRegex(@"&([A-Za-z][A-Za-z0-9]{1,31});")]
    private static partial Regex NamedEntityPattern();
}
