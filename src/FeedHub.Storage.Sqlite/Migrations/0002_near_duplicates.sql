-- FeedHub schema v2 on SQLite: the near-duplicate index (the same tables and meanings as on PostgreSQL).
-- article_signatures: one MinHash signature per article (128 + 16 little-endian uint32 values), and its counts.
-- article_bands: the locality-sensitive band keys of each signature; articles that share a key are candidates.
CREATE TABLE article_signatures (
    article_id    INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    signature     BLOB    NOT NULL,
    word_count    INTEGER NOT NULL,
    shingle_count INTEGER NOT NULL
);

CREATE TABLE article_bands (
    band_key   INTEGER NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (band_key, article_id)
) WITHOUT ROWID;
CREATE INDEX article_bands_article ON article_bands (article_id);
