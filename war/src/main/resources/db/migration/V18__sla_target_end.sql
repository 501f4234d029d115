-- An SLA target can end (the product no longer promises anything in that window): the target and its
-- last value get the instant it ended; reports of the periods before keep what applied then.
ALTER TABLE sla_target ADD COLUMN ended_at TIMESTAMP;
ALTER TABLE sla_target_period ADD COLUMN ended_at TIMESTAMP;
