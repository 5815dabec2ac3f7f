-- API keys for the REST API and output feeds: only the SHA-256 of each key is kept.
CREATE TABLE feedhub.api_keys (
    name       text        PRIMARY KEY,
    key_hash   text        NOT NULL UNIQUE,
    created_at timestamptz NOT NULL
);
-- Readers of the store have no business with key hashes.
DO $$
BEGIN
    REVOKE ALL ON feedhub.api_keys FROM feedhub_reader;
EXCEPTION WHEN undefined_object OR insufficient_privilege THEN
    NULL;
END $$;
