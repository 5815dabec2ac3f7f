-- The claim (one per dispatch) that holds a feed's lease. A poll job polls and records only feeds its claim still
-- holds, so a job that Hangfire runs again after its worker died cannot overwrite the poll of the worker that took
-- the feed over.
ALTER TABLE feeds ADD COLUMN lease_token TEXT;
