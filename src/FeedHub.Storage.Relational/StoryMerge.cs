using System.Data.Common;

namespace FeedHub.Storage.Relational;

/// <summary>
/// Moves every member of one story into another; the absorbed id (and every id that was already an alias of it)
/// stays valid as an alias of the survivor. Members keep their join reasons. Used by the operator's merge and by
/// the ingest when an article bridges two stories.
/// </summary>
internal static class StoryMerge
{
    /// <summary>The advisory lock key of a story (writers that move members in or out of it take it).</summary>
    public static string LockKey(long storyId) => "story:" + storyId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static async Task MoveAsync(DbConnection connection, DbTransaction transaction, string p, long survivorId, long absorbedId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        DbParam[] ids = [DbParam.Long("t", survivorId), DbParam.Long("s", absorbedId)];
        await Db.ExecuteAsync(connection, transaction, $"UPDATE {p}articles SET story_id = @t WHERE story_id = @s", cancellationToken, ids).ConfigureAwait(false);
        // Ids that pointed at the absorbed story now point at the survivor; the absorbed story's own id becomes an alias.
        await Db.ExecuteAsync(connection, transaction, $"UPDATE {p}story_aliases SET merged_into_id = @t WHERE merged_into_id = @s", cancellationToken, ids).ConfigureAwait(false);
        await Db.ExecuteAsync(connection, transaction, $"INSERT INTO {p}story_aliases (story_id, merged_into_id, merged_at) VALUES (@s, @t, @now)",
            cancellationToken, [.. ids, DbParam.Time("now", now)]).ConfigureAwait(false);
        await Db.ExecuteAsync(connection, transaction, $"DELETE FROM {p}stories WHERE id = @s", cancellationToken, ids).ConfigureAwait(false);
        await Db.ExecuteAsync(connection, transaction, $"UPDATE {p}stories SET updated_at = @now WHERE id = @t",
            cancellationToken, [.. ids, DbParam.Time("now", now)]).ConfigureAwait(false);
    }
}
