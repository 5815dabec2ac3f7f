-- Full text for truncated items (issue 9): a per-feed setting, the page's article stored beside the feed's own
-- excerpt (content_html / content_text keep what the feed gave), its fetch state, and a robots.txt cache.

-- NULL: inherit (the config file's Cleaning:FeedRules entry, else FullText:Enabled); TRUE / FALSE: set by an operator.
ALTER TABLE feedhub.feeds ADD COLUMN full_text boolean;

-- NULL: never asked for (not truncated, or the feed does not allow it);
-- pending | fetched | no-content | robots-disallowed | error.
ALTER TABLE feedhub.articles ADD COLUMN full_text_status text;
ALTER TABLE feedhub.articles ADD COLUMN full_text_error text;            -- why no-content / error / why it waits
ALTER TABLE feedhub.articles ADD COLUMN full_text_html text;             -- the page's article, cleaned with the feed's rules
ALTER TABLE feedhub.articles ADD COLUMN full_text_text text;
ALTER TABLE feedhub.articles ADD COLUMN full_text_raw text;              -- extracted, before the feed's rules (re-cleaning)
ALTER TABLE feedhub.articles ADD COLUMN full_text_fetched_at timestamptz;
ALTER TABLE feedhub.articles ADD COLUMN full_text_etag text;             -- the page's validators, for a conditional re-fetch
ALTER TABLE feedhub.articles ADD COLUMN full_text_last_modified text;
ALTER TABLE feedhub.articles ADD COLUMN full_text_attempts integer NOT NULL DEFAULT 0;
ALTER TABLE feedhub.articles ADD COLUMN full_text_due_at timestamptz;    -- a pending fetch is due then
ALTER TABLE feedhub.articles ADD COLUMN full_text_lease_until timestamptz; -- claimed by a worker until then
CREATE INDEX articles_full_text_due ON feedhub.articles (full_text_due_at) WHERE full_text_status = 'pending';

-- robots.txt per origin (scheme://host:port). state: rules (body applies) | allow-all (4xx) | unreachable (5xx,
-- network: everything disallowed until expires_at, then asked again).
CREATE TABLE feedhub.robots_txt (
    origin      text        PRIMARY KEY,
    state       text        NOT NULL,
    body        text        NOT NULL DEFAULT '',
    status_code integer,
    fetched_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL
);

-- `SELECT a.*` in a view is expanded when the view is made: replace it so it shows the new columns (they come
-- after the old ones, so views an operator built on it keep working).
CREATE OR REPLACE VIEW feedhub.representatives AS
SELECT a.*
FROM feedhub.articles a
JOIN feedhub.stories s ON s.representative_article_id = a.id;

-- What downstream apps usually want: the whole article (the full text when fetched, else the feed's content),
-- with the feed's own excerpt beside it.
CREATE VIEW feedhub.article_bodies AS
SELECT a.id                                                                           AS article_id,
       a.story_id,
       CASE WHEN a.full_text_status = 'fetched' THEN a.full_text_html ELSE a.content_html END AS content_html,
       CASE WHEN a.full_text_status = 'fetched' THEN a.full_text_text ELSE a.content_text END AS content_text,
       a.content_html                                                                 AS excerpt_html,
       a.content_text                                                                 AS excerpt_text,
       a.full_text_status,
       a.full_text_error,
       a.full_text_fetched_at
FROM feedhub.articles a;

DO $$
BEGIN
    GRANT SELECT ON feedhub.representatives, feedhub.article_bodies, feedhub.robots_txt TO feedhub_reader;
EXCEPTION WHEN undefined_object OR insufficient_privilege THEN
    NULL; -- no reader role here (see 0003)
END $$;
