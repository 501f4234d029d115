-- The operator board also sorts by resolution due time (soonest first, or last). As for the reported
-- time in V5, each index leads with one filter and ends with the sort column and id, so a page of ids
-- is one index range scan over 1 000 000 incidents, whatever filter is chosen.
CREATE INDEX incident_due ON incident (resolution_due, id);
CREATE INDEX incident_status_due ON incident (status, resolution_due, id);
CREATE INDEX incident_priority_due ON incident (priority_code, resolution_due, id);
CREATE INDEX incident_line_due ON incident (support_line, resolution_due, id);
CREATE INDEX incident_product_due ON incident (product_id, resolution_due, id);
CREATE INDEX incident_breached_due ON incident (breached, resolution_due, id);
