namespace FeedHub.Cleaning;

/// <summary>The result of cleaning one item: clean HTML, its text, what the boilerplate said about the original.</summary>
public sealed record CleanedContent
{
    public required string Html { get; init; }
    public required string Text { get; init; }

    /// <summary>The original article's URL, when a boilerplate line names it ("appeared first on", "Read more", "Source").</summary>
    public string? OriginalUrl { get; init; }

    /// <summary>The original site's name or home page, when boilerplate names it.</summary>
    public string? OriginalSite { get; init; }

    /// <summary>What was removed and by which rule, for <c>feedhub clean --explain</c>.</summary>
    public IReadOnlyList<Removal> Removals { get; init; } = [];

    /// <summary>The text of every top-level block, for learning a feed's recurring boilerplate.</summary>
    public IReadOnlyList<string> Blocks { get; init; } = [];

    /// <summary>
    /// Short lines the built-in rules or the sanitizer removed (a form's call, a credit at the edge): the learner
    /// counts a line as seen in an item whether it was kept or removed there.
    /// </summary>
    public IReadOnlyList<string> RemovedBlocks { get; init; } = [];
}

public sealed record Removal(string Rule, string Text);
