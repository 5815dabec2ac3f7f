-- The category a feed was filed under in an OPML list (its enclosing outline), kept for OPML export.
ALTER TABLE feeds ADD COLUMN category TEXT;
