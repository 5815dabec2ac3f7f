-- API keys for the REST API and output feeds: only the SHA-256 of each key is kept.
CREATE TABLE api_keys (
    name       TEXT PRIMARY KEY,
    key_hash   TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);
