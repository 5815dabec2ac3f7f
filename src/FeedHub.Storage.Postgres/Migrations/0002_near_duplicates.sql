-- FeedHub schema v2 on PostgreSQL: the near-duplicate index (the same tables and meanings as on SQLite).
-- article_signatures: one MinHash signature per article (128 + 16 little-endian uint32 values), and its counts.
-- article_bands: the locality-sensitive band keys of each signature; articles that share a key are candidates.
CREATE TABLE feedhub.article_signatures (
    article_id    bigint  PRIMARY KEY REFERENCES feedhub.articles (id) ON DELETE CASCADE,
    signature     bytea   NOT NULL,
    word_count    integer NOT NULL,
    shingle_count integer NOT NULL
);

CREATE TABLE feedhub.article_bands (
    band_key   bigint NOT NULL,
    article_id bigint NOT NULL REFERENCES feedhub.articles (id) ON DELETE CASCADE,
    PRIMARY KEY (band_key, article_id)
);
CREATE INDEX article_bands_article ON feedhub.article_bands (article_id);
