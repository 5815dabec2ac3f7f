-- Operator tools: merged stories keep their ids as aliases, split articles stay out, purged items leave
-- tombstones so that a feed still listing them does not bring them back.
CREATE TABLE feedhub.story_aliases (
    story_id        bigint      PRIMARY KEY,          -- the id a downstream app may still hold
    merged_into_id  bigint      NOT NULL REFERENCES feedhub.stories (id) ON DELETE CASCADE,
    merged_at       timestamptz NOT NULL
);

-- Set by `feedhub stories split`: the article keeps the story an operator gave it.
ALTER TABLE feedhub.articles ADD COLUMN pinned boolean NOT NULL DEFAULT FALSE;

CREATE TABLE feedhub.tombstones (
    feed_id       bigint      NOT NULL REFERENCES feedhub.feeds (id) ON DELETE CASCADE,
    identity_key  text        NOT NULL,
    purged_at     timestamptz NOT NULL,
    PRIMARY KEY (feed_id, identity_key)
);
CREATE INDEX articles_fetched ON feedhub.articles (fetched_at);
