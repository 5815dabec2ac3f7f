namespace FeedHub.Storage;

/// <summary>An API key as stored: its name and the SHA-256 of the key (the key itself is shown once, never stored).</summary>
public sealed record ApiKeyRecord(string Name, string KeyHash, DateTimeOffset CreatedAt);

public interface IApiKeyStore
{
    /// <summary>False when a key of that name exists already.</summary>
    Task<bool> AddApiKeyAsync(string name, string keyHash, DateTimeOffset now, CancellationToken cancellationToken);

    Task<IReadOnlyList<ApiKeyRecord>> ListApiKeysAsync(CancellationToken cancellationToken);

    Task<bool> RevokeApiKeyAsync(string name, CancellationToken cancellationToken);
}
