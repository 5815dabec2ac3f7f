-- Full text for truncated items (issue 9): a per-feed setting, the page's article stored beside the feed's own
-- excerpt (content_html / content_text keep what the feed gave), its fetch state, and a robots.txt cache.

-- NULL: inherit (the config file's Cleaning:FeedRules entry, else FullText:Enabled); TRUE / FALSE: set by an operator.
ALTER TABLE feeds ADD COLUMN full_text BOOLEAN;

-- NULL: never asked for (not truncated, or the feed does not allow it);
-- pending | fetched | no-content | robots-disallowed | error.
ALTER TABLE articles ADD COLUMN full_text_status TEXT;
ALTER TABLE articles ADD COLUMN full_text_error TEXT;
ALTER TABLE articles ADD COLUMN full_text_html TEXT;
ALTER TABLE articles ADD COLUMN full_text_text TEXT;
ALTER TABLE articles ADD COLUMN full_text_raw TEXT;
ALTER TABLE articles ADD COLUMN full_text_fetched_at TEXT;
ALTER TABLE articles ADD COLUMN full_text_etag TEXT;
ALTER TABLE articles ADD COLUMN full_text_last_modified TEXT;
ALTER TABLE articles ADD COLUMN full_text_attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN full_text_due_at TEXT;
ALTER TABLE articles ADD COLUMN full_text_lease_until TEXT;
CREATE INDEX articles_full_text_due ON articles (full_text_due_at) WHERE full_text_status = 'pending';

CREATE TABLE robots_txt (
    origin      TEXT    PRIMARY KEY,
    state       TEXT    NOT NULL,
    body        TEXT    NOT NULL DEFAULT '',
    status_code INTEGER,
    fetched_at  TEXT    NOT NULL,
    expires_at  TEXT    NOT NULL
);

-- SQLite expands `a.*` when the view is read, so `representatives` shows the new columns as it is.
CREATE VIEW article_bodies AS
SELECT a.id                                                                           AS article_id,
       a.story_id,
       CASE WHEN a.full_text_status = 'fetched' THEN a.full_text_html ELSE a.content_html END AS content_html,
       CASE WHEN a.full_text_status = 'fetched' THEN a.full_text_text ELSE a.content_text END AS content_text,
       a.content_html                                                                 AS excerpt_html,
       a.content_text                                                                 AS excerpt_text,
       a.full_text_status,
       a.full_text_error,
       a.full_text_fetched_at
FROM articles a;
