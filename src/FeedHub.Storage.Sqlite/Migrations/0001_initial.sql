-- FeedHub schema v1 on SQLite: the same tables and meanings as on PostgreSQL (docs/schema.md).
-- Times are stored as ISO 8601 text in UTC, which sorts in time order.
CREATE TABLE feeds (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    url              TEXT    NOT NULL UNIQUE,
    title            TEXT,
    enabled          BOOLEAN NOT NULL DEFAULT TRUE,
    status           TEXT    NOT NULL DEFAULT 'new',
    last_status_code INTEGER,
    last_error       TEXT,
    error_count      INTEGER NOT NULL DEFAULT 0,
    last_polled_at   TEXT,
    next_poll_at     TEXT    NOT NULL,
    disabled_reason  TEXT,
    etag             TEXT,
    last_modified    TEXT,
    body_hash        TEXT,
    failing_since    TEXT,
    lease_until      TEXT,
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL
);
CREATE INDEX feeds_due ON feeds (next_poll_at) WHERE enabled;

CREATE TABLE stories (
    id                        INTEGER PRIMARY KEY AUTOINCREMENT,
    representative_article_id INTEGER REFERENCES articles (id) DEFERRABLE INITIALLY DEFERRED,
    created_at                TEXT NOT NULL,
    updated_at                TEXT NOT NULL
);

CREATE TABLE articles (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    feed_id          INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
    identity_key     TEXT    NOT NULL,
    guid             TEXT,
    url              TEXT,
    canonical_url    TEXT,
    title            TEXT,
    author           TEXT,
    published_at     TEXT,
    fetched_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL,
    raw_content      TEXT    NOT NULL,
    content_html     TEXT    NOT NULL,
    content_text     TEXT    NOT NULL,
    content_hash     TEXT    NOT NULL,
    original_url     TEXT,
    original_site    TEXT,
    story_id         INTEGER NOT NULL REFERENCES stories (id),
    duplicate_reason TEXT,
    similarity       REAL,
    CONSTRAINT articles_identity UNIQUE (feed_id, identity_key)
);
CREATE INDEX articles_canonical_url ON articles (canonical_url);
CREATE INDEX articles_content_hash ON articles (content_hash);
CREATE INDEX articles_original_url ON articles (original_url) WHERE original_url IS NOT NULL;
CREATE INDEX articles_story ON articles (story_id);
CREATE INDEX articles_updated ON articles (updated_at, id);
