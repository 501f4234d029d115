-- The status page asks for open outages (ended_at IS NULL) on every view: without this index
-- Derby reads every outage ever recorded to find them.
CREATE INDEX outage_end ON outage (ended_at);
