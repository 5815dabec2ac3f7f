using AngleSharp.Dom;

namespace FeedHub.Extraction;

/// <summary>
/// A run of text between two block boundaries (a paragraph, a heading, a list item, a cell, text around a
/// &lt;br&gt;), with what the extractor needs to judge it.
/// </summary>
internal sealed class TextBlock
{
    public required IElement Owner { get; init; }
    public required string Text { get; init; }

    /// <summary>Characters other than white space: the length that counts.</summary>
    public required int Length { get; init; }
    public required int LinkLength { get; init; }

    /// <summary>Ancestors whose tag, role or class mark them as navigation, ads, comments, sharing, … (outermost first).</summary>
    public required IReadOnlyList<IElement> MarkedAncestors { get; init; }

    /// <summary>The outermost marked ancestor that is not a wrapper of most of the page (see ContentSelector).</summary>
    public IElement? BoilerplateAncestor { get; set; }

    /// <summary>The block's text occurs in the page's JSON-LD articleBody.</summary>
    public bool InDeclaredBody { get; set; }

    public double LinkDensity => Length == 0 ? 0 : (double)LinkLength / Length;

    public bool IsHeading => Owner.LocalName is ['h', >= '1' and <= '6'];
}
