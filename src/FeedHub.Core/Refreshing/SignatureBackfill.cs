using FeedHub.Dedup;
using FeedHub.Fingerprinting;
using FeedHub.Storage;

namespace FeedHub.Refreshing;

/// <summary>
/// Puts articles that have no signature (stored before the near-duplicate index existed, schema version 2) into
/// the index, a batch a transaction, so that new copies of them are found. Run by `feedhub migrate` after the
/// migrations; a second run finds nothing to do.
/// </summary>
public sealed class SignatureBackfill(IArticleStore store, StoryMatcher matcher)
{
    public async Task<int> RunAsync(int batchSize, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var signed = 0;
        long after = 0;
        while (true)
        {
            var batch = await store.ListUnsignedArticlesAsync(after, batchSize, cancellationToken).ConfigureAwait(false);
            if (batch.Count == 0)
                return signed;
            var session = await store.BeginIngestAsync([], cancellationToken).ConfigureAwait(false);
            await using (session.ConfigureAwait(false))
            {
                foreach (var article in batch)
                {
                    var signature = MinHasher.Sign(article.ContentText);
                    long[] bandKeys = matcher.IsIndexed(signature) ? LshBands.Keys(signature) : [];
                    await session.SaveSignatureAsync(article.Id, signature, bandKeys, cancellationToken).ConfigureAwait(false);
                }
                await session.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
            signed += batch.Count;
            after = batch[^1].Id;
        }
    }
}
