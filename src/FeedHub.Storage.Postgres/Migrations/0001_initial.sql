-- FeedHub schema v1 on PostgreSQL. The downstream meaning of every column is in docs/schema.md.
CREATE TABLE feedhub.feeds (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    url              text        NOT NULL UNIQUE,
    title            text,
    enabled          boolean     NOT NULL DEFAULT TRUE,
    status           text        NOT NULL DEFAULT 'new',
    last_status_code integer,
    last_error       text,
    error_count      integer     NOT NULL DEFAULT 0,
    last_polled_at   timestamptz,
    next_poll_at     timestamptz NOT NULL,
    disabled_reason  text,
    etag             text,
    last_modified    text,
    body_hash        text,
    failing_since    timestamptz,
    lease_until      timestamptz,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL
);
CREATE INDEX feeds_due ON feedhub.feeds (next_poll_at) WHERE enabled;

CREATE TABLE feedhub.stories (
    id                        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    representative_article_id bigint,
    created_at                timestamptz NOT NULL,
    updated_at                timestamptz NOT NULL
);

CREATE TABLE feedhub.articles (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    feed_id          bigint      NOT NULL REFERENCES feedhub.feeds (id) ON DELETE CASCADE,
    identity_key     text        NOT NULL,
    guid             text,
    url              text,
    canonical_url    text,
    title            text,
    author           text,
    published_at     timestamptz,
    fetched_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    raw_content      text        NOT NULL,
    content_html     text        NOT NULL,
    content_text     text        NOT NULL,
    content_hash     text        NOT NULL,
    original_url     text,
    original_site    text,
    story_id         bigint      NOT NULL REFERENCES feedhub.stories (id),
    duplicate_reason text,
    similarity       double precision,
    CONSTRAINT articles_identity UNIQUE (feed_id, identity_key)
);
CREATE INDEX articles_canonical_url ON feedhub.articles (canonical_url);
CREATE INDEX articles_content_hash ON feedhub.articles (content_hash);
CREATE INDEX articles_original_url ON feedhub.articles (original_url) WHERE original_url IS NOT NULL;
CREATE INDEX articles_story ON feedhub.articles (story_id);
CREATE INDEX articles_updated ON feedhub.articles (updated_at, id);

ALTER TABLE feedhub.stories ADD CONSTRAINT stories_representative
    FOREIGN KEY (representative_article_id) REFERENCES feedhub.articles (id) DEFERRABLE INITIALLY DEFERRED;
