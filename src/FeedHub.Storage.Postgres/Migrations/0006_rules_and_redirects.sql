-- Per-feed cleaning rules (editors' selectors and patterns, learned boilerplate), the blocks each article was
-- made of (what the learner reads), and permanent redirects waiting for confirmation, with old URLs kept.
ALTER TABLE feedhub.feeds ADD COLUMN remove_selectors TEXT NOT NULL DEFAULT '[]';      -- JSON array of CSS selectors
ALTER TABLE feedhub.feeds ADD COLUMN remove_patterns TEXT NOT NULL DEFAULT '[]';       -- JSON array of regular expressions
ALTER TABLE feedhub.feeds ADD COLUMN learned_blocks TEXT NOT NULL DEFAULT '[]';        -- JSON array of block keys
ALTER TABLE feedhub.feeds ADD COLUMN pending_redirect_url TEXT;
ALTER TABLE feedhub.feeds ADD COLUMN pending_redirect_count INTEGER NOT NULL DEFAULT 0;

ALTER TABLE feedhub.articles ADD COLUMN blocks TEXT NOT NULL DEFAULT '[]';             -- JSON array of block texts

-- A feed that moved (a confirmed 301/308) keeps its old URL here, so adding the old URL finds the same feed.
CREATE TABLE feedhub.feed_aliases (
    url       TEXT   PRIMARY KEY,
    feed_id   bigint NOT NULL REFERENCES feedhub.feeds (id) ON DELETE CASCADE,
    moved_at  timestamptz NOT NULL
);
