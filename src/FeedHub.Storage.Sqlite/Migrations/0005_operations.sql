-- Operator tools: merged stories keep their ids as aliases, split articles stay out, purged items leave
-- tombstones so that a feed still listing them does not bring them back.
CREATE TABLE story_aliases (
    story_id        INTEGER PRIMARY KEY,
    merged_into_id  INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    merged_at       TEXT    NOT NULL
);

ALTER TABLE articles ADD COLUMN pinned BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE tombstones (
    feed_id       INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
    identity_key  TEXT    NOT NULL,
    purged_at     TEXT    NOT NULL,
    PRIMARY KEY (feed_id, identity_key)
);
CREATE INDEX articles_fetched ON articles (fetched_at);
