-- The read schema for downstream apps (docs/schema.md); SQLite keeps the same views as PostgreSQL.
-- Its cursor column is the row id: one writer at a time, so ids commit in order.
CREATE VIEW story_members AS
SELECT a.story_id,
       a.id                                   AS article_id,
       a.feed_id,
       a.duplicate_reason                     AS reason,
       a.similarity,
       (s.representative_article_id = a.id)   AS is_representative,
       a.fetched_at                           AS joined_at
FROM articles a
JOIN stories s ON s.id = a.story_id;

CREATE VIEW representatives AS
SELECT a.*
FROM articles a
JOIN stories s ON s.representative_article_id = a.id;
