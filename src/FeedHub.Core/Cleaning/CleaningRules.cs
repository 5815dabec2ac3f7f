namespace FeedHub.Cleaning;

/// <summary>A feed's own rules: editors' selectors and patterns, and the blocks learned as that feed's boilerplate.</summary>
public sealed record CleaningRules
{
    public static readonly CleaningRules None = new();

    /// <summary>CSS selectors whose elements are removed.</summary>
    public IReadOnlyList<string> RemoveSelectors { get; init; } = [];

    /// <summary>Regular expressions; a block whose whole text matches one is removed.</summary>
    public IReadOnlyList<string> RemovePatterns { get; init; } = [];

    /// <summary>Normalized texts of blocks learned as this feed's boilerplate (see <see cref="BlockKey"/>).</summary>
    public IReadOnlySet<string> LearnedBlocks { get; init; } = new HashSet<string>();
}
