-- The board's filter indexes carry every other filter column after the sort column and id. A page
-- with two or more filters (priority P1 and breached, say) is then still one index range scan that
-- checks the other filters in the index itself, without reading a single incident row: over a million
-- incidents a deep page no longer reads thousands of rows to skip the ones that do not match.

DROP INDEX incident_status_reported;
CREATE INDEX incident_status_reported ON incident (status, reported_at, id, priority_code, support_line, product_id, breached);

DROP INDEX incident_status_reported_desc;
CREATE INDEX incident_status_reported_desc ON incident (status, reported_at DESC, id DESC, priority_code, support_line, product_id, breached);

DROP INDEX incident_status_due;
CREATE INDEX incident_status_due ON incident (status, resolution_due, id, priority_code, support_line, product_id, breached);

DROP INDEX incident_priority_reported;
CREATE INDEX incident_priority_reported ON incident (priority_code, reported_at, id, status, support_line, product_id, breached);

DROP INDEX incident_priority_reported_desc;
CREATE INDEX incident_priority_reported_desc ON incident (priority_code, reported_at DESC, id DESC, status, support_line, product_id, breached);

DROP INDEX incident_priority_due;
CREATE INDEX incident_priority_due ON incident (priority_code, resolution_due, id, status, support_line, product_id, breached);

DROP INDEX incident_line_reported;
CREATE INDEX incident_line_reported ON incident (support_line, reported_at, id, status, priority_code, product_id, breached);

DROP INDEX incident_line_reported_desc;
CREATE INDEX incident_line_reported_desc ON incident (support_line, reported_at DESC, id DESC, status, priority_code, product_id, breached);

DROP INDEX incident_line_due;
CREATE INDEX incident_line_due ON incident (support_line, resolution_due, id, status, priority_code, product_id, breached);

DROP INDEX incident_product_reported;
CREATE INDEX incident_product_reported ON incident (product_id, reported_at, id, status, priority_code, support_line, breached);

DROP INDEX incident_product_reported_desc;
CREATE INDEX incident_product_reported_desc ON incident (product_id, reported_at DESC, id DESC, status, priority_code, support_line, breached);

DROP INDEX incident_product_due;
CREATE INDEX incident_product_due ON incident (product_id, resolution_due, id, status, priority_code, support_line, breached);

DROP INDEX incident_breached_reported;
CREATE INDEX incident_breached_reported ON incident (breached, reported_at, id, status, priority_code, support_line, product_id);

DROP INDEX incident_breached_reported_desc;
CREATE INDEX incident_breached_reported_desc ON incident (breached, reported_at DESC, id DESC, status, priority_code, support_line, product_id);

DROP INDEX incident_breached_due;
CREATE INDEX incident_breached_due ON incident (breached, resolution_due, id, status, priority_code, support_line, product_id);
