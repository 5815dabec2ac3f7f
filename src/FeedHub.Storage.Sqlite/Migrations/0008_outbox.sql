-- Events for webhooks, written in the same transaction as the article they describe (so none is lost when a
-- worker dies after committing), then relayed to Hangfire delivery jobs.
CREATE TABLE outbox (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    event_type  TEXT NOT NULL,            -- article.created | story.updated
    payload     TEXT NOT NULL,            -- JSON
    created_at  TEXT NOT NULL,
    relayed_at  TEXT                     -- null until delivery jobs were enqueued for it
);
CREATE INDEX outbox_pending ON outbox (id) WHERE relayed_at IS NULL;
