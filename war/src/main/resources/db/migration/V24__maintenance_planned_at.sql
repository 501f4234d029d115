-- Planned means announced: maintenance counts as planned (left out of availability) only when it was
-- recorded as planned at least portal.maintenance.notice-hours before it starts.
-- planned_at: when the window was recorded as planned (created planned, or changed to planned);
-- null while it is unplanned. recorded_afterwards: it was created at or after its start (history
-- import, back-fill); such a window is taken as given, and marked wherever it is excluded.
ALTER TABLE maintenance_window ADD COLUMN planned_at TIMESTAMP;
ALTER TABLE maintenance_window ADD COLUMN recorded_afterwards BOOLEAN DEFAULT FALSE NOT NULL;

-- The start as it is now is the best the table knows of the start it had when it was created.
UPDATE maintenance_window SET recorded_afterwards = TRUE WHERE created_at >= starts_at;

-- Existing planned windows: planned since they were created, unless the audit log shows a change from
-- unplanned to planned; then since the last such change (that is when it was recorded as planned).
UPDATE maintenance_window SET planned_at = created_at WHERE planned = TRUE;
UPDATE maintenance_window SET planned_at = (
        SELECT MAX(a.occurred_at) FROM audit_entry a
        WHERE a.entity_type = 'MaintenanceWindow' AND a.action = 'UPDATE'
          AND a.entity_id = TRIM(CAST(maintenance_window.id AS CHAR(20)))
          AND a.before_state LIKE '%"planned":false%' AND a.after_state LIKE '%"planned":true%')
    WHERE planned = TRUE AND EXISTS (
        SELECT 1 FROM audit_entry a
        WHERE a.entity_type = 'MaintenanceWindow' AND a.action = 'UPDATE'
          AND a.entity_id = TRIM(CAST(maintenance_window.id AS CHAR(20)))
          AND a.before_state LIKE '%"planned":false%' AND a.after_state LIKE '%"planned":true%');
