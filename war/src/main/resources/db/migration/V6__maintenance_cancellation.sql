-- Maintenance is cancelled, not deleted: the row stays so feeds and calendars that already carry it
-- can show it as cancelled. A cancelled window counts nowhere (availability, status, banners).
-- sequence is the iCalendar SEQUENCE: bumped on every change that matters to a calendar.
-- changed_at is when it was last created, changed or cancelled (the Atom feed's "updated").
ALTER TABLE maintenance_window ADD COLUMN cancelled_at TIMESTAMP;
ALTER TABLE maintenance_window ADD COLUMN cancelled_by VARCHAR(200);
ALTER TABLE maintenance_window ADD COLUMN sequence_no INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE maintenance_window ADD COLUMN changed_at TIMESTAMP;
UPDATE maintenance_window SET changed_at = created_at;
