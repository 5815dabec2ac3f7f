-- The short lines the built-in rules removed from each article (a sign-up form's call, a credit line at the edge),
-- beside the blocks it kept: the learner counts a feed's line as seen in an item wherever the rules removed it
-- there, and learns it when some item kept it. JSON array of texts; NULL for articles stored before.
-- SQLite expands `a.*` when a view is read, so `representatives` shows the new column as it is.
ALTER TABLE articles ADD COLUMN removed_blocks TEXT;
