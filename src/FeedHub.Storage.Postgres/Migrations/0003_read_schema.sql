-- The read schema for downstream apps (docs/schema.md): a commit-safe cursor column, the story membership view,
-- a read-only role, and NOTIFY on channel feedhub_articles.

-- The id of the transaction that inserted the article. Cursor pages order by (ingest_xact, id) and only show
-- articles whose transaction is older than every transaction still running, so a page never skips an article
-- that commits later.
ALTER TABLE feedhub.articles ADD COLUMN ingest_xact bigint NOT NULL DEFAULT (pg_current_xact_id()::text::bigint);
CREATE INDEX articles_stream ON feedhub.articles (ingest_xact, id);

CREATE VIEW feedhub.story_members AS
SELECT a.story_id,
       a.id                                   AS article_id,
       a.feed_id,
       a.duplicate_reason                     AS reason,
       a.similarity,
       (s.representative_article_id = a.id)   AS is_representative,
       a.fetched_at                           AS joined_at
FROM feedhub.articles a
JOIN feedhub.stories s ON s.id = a.story_id;

CREATE VIEW feedhub.representatives AS
SELECT a.*
FROM feedhub.articles a
JOIN feedhub.stories s ON s.representative_article_id = a.id;

-- Tell listeners in the same database about every new article: payload {"id":…, "storyId":…, "feedId":…}.
CREATE FUNCTION feedhub.notify_article() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('feedhub_articles', json_build_object('id', NEW.id, 'storyId', NEW.story_id, 'feedId', NEW.feed_id)::text);
    RETURN NEW;
END $$;
CREATE TRIGGER articles_notify AFTER INSERT ON feedhub.articles FOR EACH ROW EXECUTE FUNCTION feedhub.notify_article();

-- A role for apps that read the store directly (GRANT feedhub_reader TO your_app_user). Roles are per cluster:
-- created once, and skipped with a notice where the migrating user may not create roles.
DO $$
BEGIN
    BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'feedhub_reader') THEN
            CREATE ROLE feedhub_reader NOLOGIN;
        END IF;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL; -- another database of this cluster created it at the same moment
    END;
    GRANT USAGE ON SCHEMA feedhub TO feedhub_reader;
    GRANT SELECT ON ALL TABLES IN SCHEMA feedhub TO feedhub_reader;
    ALTER DEFAULT PRIVILEGES IN SCHEMA feedhub GRANT SELECT ON TABLES TO feedhub_reader;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'feedhub_reader was not created: the migrating user may not create roles';
END $$;
