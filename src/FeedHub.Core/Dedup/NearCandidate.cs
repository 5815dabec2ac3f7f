using FeedHub.Fingerprinting;
using FeedHub.Storage;

namespace FeedHub.Dedup;

/// <summary>A stored article the band index found for an incoming one, with its signature and the band keys they share.</summary>
public sealed record NearCandidate(ArticleRecord Article, TextSignature Signature, int SharedBands);
