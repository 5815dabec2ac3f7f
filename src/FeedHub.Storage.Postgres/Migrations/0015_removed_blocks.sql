-- The short lines the built-in rules removed from each article (a sign-up form's call, a credit line at the edge),
-- beside the blocks it kept: the learner counts a feed's line as seen in an item wherever the rules removed it
-- there, and learns it when some item kept it. JSON array of texts; NULL for articles stored before (they teach
-- what they kept, as before).
ALTER TABLE feedhub.articles ADD COLUMN removed_blocks text;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
        ALTER TABLE feedhub.articles ALTER COLUMN removed_blocks SET COMPRESSION lz4;
    END IF;
END
$$;

-- `SELECT a.*` in a view is expanded when the view is made: replace it so it shows the new column.
CREATE OR REPLACE VIEW feedhub.representatives AS
SELECT a.*
FROM feedhub.articles a
JOIN feedhub.stories s ON s.representative_article_id = a.id;
