using AngleSharp.Dom;

namespace FeedHub.Extraction;

/// <summary>
/// Serialises the chosen container: dropped blocks' elements, silent elements (scripts, forms' controls, hidden
/// parts) and every attribute but a few are removed, links and images made absolute. The document is changed.
/// </summary>
internal static class ArticleHtml
{
    private static readonly HashSet<string> KeptAttributes = new(StringComparer.Ordinal)
    {
        "href", "src", "alt", "title", "colspan", "rowspan", "datetime", "cite", "lang", "dir",
    };

    public static string Build(ContentSelector.Selection selection, Uri pageUrl)
    {
        var container = selection.Container;
        var keep = new HashSet<IElement>();
        foreach (var block in selection.Kept)
            for (IElement? e = block.Owner; e is not null && e != container; e = e.ParentElement)
                if (!keep.Add(e))
                    break;

        var remove = new HashSet<IElement>();
        foreach (var block in selection.Dropped)
        {
            var outermost = block.Owner;
            for (IElement? e = block.Owner; e is not null && e != container; e = e.ParentElement)
                if (!keep.Contains(e))
                    outermost = e;
                else
                    break;
            if (outermost != container && !keep.Contains(outermost))
                remove.Add(outermost);
        }
        foreach (var element in remove)
            element.Remove();

        foreach (var element in container.QuerySelectorAll("*").ToList())
        {
            if (element.ParentElement is null)
                continue;
            if (BlockSegmenter.IsSilent(element) && element.LocalName is not ("video" or "audio"))
            {
                element.Remove();
                continue;
            }
            foreach (var attribute in element.Attributes.Select(a => a.Name).ToList())
                if (!KeptAttributes.Contains(attribute))
                    element.RemoveAttribute(attribute);
            Absolutize(element, "href", pageUrl);
            Absolutize(element, "src", pageUrl);
        }
        return container.InnerHtml.Trim();
    }

    private static void Absolutize(IElement element, string attribute, Uri pageUrl)
    {
        var value = element.GetAttribute(attribute);
        if (string.IsNullOrWhiteSpace(value))
            return;
        if (Uri.TryCreate(pageUrl, value.Trim(), out var absolute) && absolute.Scheme is "http" or "https" or "mailto")
            element.SetAttribute(attribute, absolute.AbsoluteUri);
        else
            element.RemoveAttribute(attribute);
    }
}
