-- The near-duplicate index moves into the signature rows: a GIN index over article_signatures.band_keys replaces
-- the article_bands table. The same keys, the same lookups, the same meaning.
--
-- Each new article wrote 40 band rows: 40 heap tuples, each with its own WAL record, and 40 B-tree entries. The
-- keys were already in the signature row (migration 0013), so the GIN index finds the same articles with no rows
-- of their own: a new article's keys go in with its signature row, and an article's keys go with that row.
--
-- fastupdate is off: with a pending list, every lookup would also read the list (up to 4 MB) of keys not merged
-- yet, and the ingest looks up as often as it inserts.
CREATE INDEX article_signatures_band_keys ON feedhub.article_signatures USING gin (band_keys) WITH (fastupdate = off);

CREATE OR REPLACE FUNCTION feedhub.delete_article_index_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM feedhub.article_signatures WHERE article_id = OLD.id;
    RETURN OLD;
END
$$;

DROP TABLE feedhub.article_bands;
