using AngleSharp.Dom;

namespace FeedHub.Cleaning;

/// <summary>Images that count readers instead of showing anything: 1×1 images, images on tracker hosts, Feedburner's.</summary>
internal sealed class TrackingPixels(IReadOnlySet<string> trackerHosts)
{
    public void Remove(IElement body, List<Removal> removals)
    {
        foreach (var img in DomWalk.Descendants(body, e => e.LocalName == "img"))
        {
            var src = img.GetAttribute("src");
            if (!IsTiny(img.GetAttribute("width")) && !IsTiny(img.GetAttribute("height")) && src is not null && !IsTracker(src))
                continue;
            removals.Add(new Removal("tracking-pixel", src ?? "<img>"));
            var parent = img.ParentElement;
            img.Remove();
            // Feedburner wraps its pixels and flare buttons in links.
            if (parent is { LocalName: "a" } && DomWalk.TextOf(parent) != TextPresence.Visible && !DomShaping.HasMedia(parent))
                parent.Remove();
        }
    }

    private bool IsTracker(string src) =>
        Uri.TryCreate(src, UriKind.Absolute, out var uri)
        && (trackerHosts.Contains(uri.IdnHost)
            || uri.AbsolutePath.StartsWith("/~r/", StringComparison.Ordinal)
            || uri.AbsolutePath.StartsWith("/~ff/", StringComparison.Ordinal));

    private static bool IsTiny(string? dimension) =>
        dimension is not null && int.TryParse(dimension.Trim().TrimEnd('x', 'p'), out var px) && px is >= 0 and <= 1;
}
