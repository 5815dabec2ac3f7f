using FeedHub.Dedup;
using FeedHub.Fingerprinting;

namespace FeedHub.Storage;

/// <summary>The article store: ingest sessions for the pipeline, reads for downstream apps.</summary>
public interface IArticleStore
{
    /// <summary>
    /// Opens the transaction in which one article's dedup decision is made. Stores that run several workers
    /// serialise sessions that share any of <paramref name="lockKeys"/>, so two workers never open two stories
    /// for one cross-post.
    /// </summary>
    Task<IIngestSession> BeginIngestAsync(IReadOnlyCollection<string> lockKeys, CancellationToken cancellationToken);

    /// <summary>Every article, oldest first, streamed.</summary>
    IAsyncEnumerable<ArticleRecord> ExportAsync(DateTimeOffset? since, CancellationToken cancellationToken);

    Task<ArticleRecord?> GetArticleAsync(long id, CancellationToken cancellationToken);

    Task<int> CountArticlesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Articles with no signature in the near-duplicate index (stored before it existed), in id order after
    /// <paramref name="afterId"/>, at most <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<ArticleRecord>> ListUnsignedArticlesAsync(long afterId, int limit, CancellationToken cancellationToken);
}

/// <summary>One transaction on the article store. Nothing is visible to others before <see cref="CommitAsync"/>.</summary>
public interface IIngestSession : IAsyncDisposable
{
    /// <summary>
    /// What ingesting <paramref name="article"/> starts from, read in one round trip: the article its feed already
    /// stored under its identity, whether retention purged that identity, and the dedup candidates
    /// (<see cref="FindCandidatesAsync"/>).
    /// </summary>
    Task<IngestLookup> LookUpAsync(ArticleRecord article, IReadOnlyCollection<long> bandKeys, int maxNear, CancellationToken cancellationToken);

    /// <summary>
    /// Every stored article the incoming one could join, read in one round trip: same canonical URL, same text, the
    /// original it names and the copies that name it, and up to <paramref name="maxNear"/> sharing band keys.
    /// </summary>
    Task<DedupCandidates> FindCandidatesAsync(ArticleRecord article, IReadOnlyCollection<long> bandKeys, int maxNear, CancellationToken cancellationToken);

    Task<ArticleRecord?> FindByIdentityAsync(long feedId, string identityKey, CancellationToken cancellationToken);

    Task<IReadOnlyList<ArticleRecord>> FindByCanonicalUrlAsync(string canonicalUrl, CancellationToken cancellationToken);

    Task<IReadOnlyList<ArticleRecord>> FindByContentHashAsync(string contentHash, CancellationToken cancellationToken);

    /// <summary>Articles that name <paramref name="canonicalUrl"/> as their original.</summary>
    Task<IReadOnlyList<ArticleRecord>> FindByOriginalUrlAsync(string canonicalUrl, CancellationToken cancellationToken);

    /// <summary>True when retention purged this item: it must not come back.</summary>
    Task<bool> IsTombstonedAsync(long feedId, string identityKey, CancellationToken cancellationToken);

    /// <summary>Puts an article's signature and band keys in the near-duplicate index, replacing any it had.</summary>
    Task SaveSignatureAsync(long articleId, TextSignature signature, IReadOnlyCollection<long> bandKeys, CancellationToken cancellationToken);

    /// <summary>
    /// The story's articles, in id order, as the dedup decisions read them: without their raw content, learner blocks
    /// and raw page (<see cref="ArticleRecord.RawContent"/> is empty), which no decision reads and which are the widest columns.
    /// </summary>
    Task<IReadOnlyList<ArticleRecord>> GetStoryMembersAsync(long storyId, CancellationToken cancellationToken);

    /// <summary>
    /// Serialises writers that move articles into or out of these stories, until the transaction ends (stores with
    /// one writer need nothing); returns those of the stories that still exist once locked (another writer may have
    /// merged one away meanwhile).
    /// </summary>
    Task<IReadOnlySet<long>> LockStoriesAsync(IReadOnlyCollection<long> storyIds, CancellationToken cancellationToken);

    /// <summary>Those of the stories that hold an article an operator split out (pinned): they are never merged automatically.</summary>
    Task<IReadOnlySet<long>> FindPinnedStoriesAsync(IReadOnlyCollection<long> storyIds, CancellationToken cancellationToken);

    /// <summary>
    /// Moves every member of <paramref name="absorbedId"/> into <paramref name="survivorId"/>, keeping their join reasons;
    /// the absorbed id stays valid as an alias. The caller elects the survivor's representative afterwards.
    /// </summary>
    Task MergeStoryAsync(long survivorId, long absorbedId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Opens a story for a new article and inserts it as its representative; returns the stored article.</summary>
    Task<ArticleRecord> InsertAsNewStoryAsync(ArticleRecord article, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Inserts a new article into an existing story.</summary>
    Task<ArticleRecord> InsertIntoStoryAsync(ArticleRecord article, long storyId, string reason, double similarity, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Replaces an article's content after its publisher edited it; the story stays.</summary>
    Task UpdateContentAsync(ArticleRecord article, DateTimeOffset now, CancellationToken cancellationToken);

    Task SetRepresentativeAsync(long storyId, long articleId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Sets why a member belongs to its story (null for the member the story is about).</summary>
    Task SetJoinReasonAsync(long articleId, string? reason, double? similarity, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the page's article beside the excerpt: full text, its content hash, and the page's canonical URL, title,
    /// author and date where given (title, author and date only where the feed had none). Marks it fetched, releases the lease.
    /// </summary>
    Task SaveFullTextAsync(long articleId, FullTextContent content, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Sets an article's full-text state without touching its text (pending after an edit, or null: none asked for).</summary>
    Task SetFullTextStatusAsync(long articleId, string? status, DateTimeOffset? dueAt, CancellationToken cancellationToken);

    /// <summary>
    /// Moves every member of <paramref name="sourceStoryId"/> into <paramref name="targetStoryId"/> (the source id stays an
    /// alias): an article whose full text shows it is a copy takes its story's members along.
    /// </summary>
    Task MergeStoryIntoAsync(long sourceStoryId, long targetStoryId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Records an event for webhooks in this transaction (the outbox); it is relayed after commit.</summary>
    Task AppendEventAsync(string eventType, string payloadJson, DateTimeOffset now, CancellationToken cancellationToken);

    Task CommitAsync(CancellationToken cancellationToken);
}

/// <summary>See <see cref="IIngestSession.LookUpAsync"/>.</summary>
public sealed record IngestLookup(ArticleRecord? Known, bool Tombstoned, DedupCandidates Candidates);
