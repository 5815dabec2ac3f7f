namespace FeedHub.Publishing;

/// <summary>What an output feed says about itself; its entries are clean articles, written one at a time.</summary>
public sealed record OutputFeed(string Title, Uri SelfUrl, Uri? HomeUrl, string Id, DateTimeOffset Updated);

/// <summary>Writes a feed entry by entry, so an export streams without holding the store in memory.</summary>
public interface IOutputFeedWriter : IDisposable
{
    void WriteEntry(FeedHub.Storage.ArticleRecord article);

    /// <summary>Closes the document; the writer is done.</summary>
    void Complete();
}
