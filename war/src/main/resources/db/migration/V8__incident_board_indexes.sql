-- The operator board's orders beyond V5's (reported time, oldest first): newest first, and
-- resolution due time, soonest first. Each index leads with one filter and ends with the sort
-- column and id, so a page of ids is one index range scan over 1 000 000 incidents whatever the filter.
-- Derby cannot walk an index backwards: "newest first" needs indexes stored in descending order.
CREATE INDEX incident_reported_desc ON incident (reported_at DESC, id DESC);
CREATE INDEX incident_status_reported_desc ON incident (status, reported_at DESC, id DESC);
CREATE INDEX incident_priority_reported_desc ON incident (priority_code, reported_at DESC, id DESC);
CREATE INDEX incident_line_reported_desc ON incident (support_line, reported_at DESC, id DESC);
CREATE INDEX incident_product_reported_desc ON incident (product_id, reported_at DESC, id DESC);
CREATE INDEX incident_breached_reported_desc ON incident (breached, reported_at DESC, id DESC);
CREATE INDEX incident_due ON incident (resolution_due, id);
CREATE INDEX incident_status_due ON incident (status, resolution_due, id);
CREATE INDEX incident_priority_due ON incident (priority_code, resolution_due, id);
CREATE INDEX incident_line_due ON incident (support_line, resolution_due, id);
CREATE INDEX incident_product_due ON incident (product_id, resolution_due, id);
CREATE INDEX incident_breached_due ON incident (breached, resolution_due, id);
